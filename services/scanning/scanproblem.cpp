// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// SaneScanner's problem names, apart from the rest of the class: the kiosk and mistctl log them,
// but only mist-scan-helper links libsane (sanescanner.cpp, in mist_sane).
#include "sanescanner.h"

using namespace Qt::StringLiterals;

namespace Mist {

QString SaneScanner::problemName(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return u"none"_s;
    case Problem::NoScanner:
        return u"no-scanner"_s;
    case Problem::Busy:
        return u"busy"_s;
    case Problem::Jammed:
        return u"jammed"_s;
    case Problem::NoPaper:
        return u"no-paper"_s;
    case Problem::CoverOpen:
        return u"cover-open"_s;
    case Problem::Cancelled:
        return u"cancelled"_s;
    case Problem::Failed:
        break;
    }
    return u"failed"_s;
}

} // namespace Mist
