// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The kiosk's anonymous id: a random UUID made the first time it is needed and kept in
// <data-dir>/kiosk-id, so exports from several kiosks of a region can be told apart without
// naming the library or the machine.
#pragma once

#include <QString>

namespace Mist {

class KioskIdentity
{
public:
    static constexpr QStringView fileName = u"kiosk-id";

    // The id kept in dataDir, made (and saved) now if there is none or it is unreadable. If it
    // cannot be saved, a fresh id is returned for this run and a warning is logged.
    [[nodiscard]] static QString load(const QString &dataDir);
};

} // namespace Mist
