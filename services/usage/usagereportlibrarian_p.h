// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The running count behind UsageReport::Librarian while build() reads the month.
#pragma once

#include "usagereport.h"

namespace Mist {

struct UsageReport::LibrarianTally
{
    qint64 trainingsHeld = 0;
    qint64 participants = 0;
    qint64 unlisted = 0;
    QHash<QString, Count> changes;
};

} // namespace Mist
