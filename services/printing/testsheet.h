// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The printer test sheet an admin prints first after set-up (`mistctl print test-page`): one A4
// page with the library's name, the kiosk's id, the date and a QR code of the same facts.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Mist {

// libraryName: the Latin-script (English) name; the sheet uses a standard PDF font.
[[nodiscard]] QByteArray printerTestSheet(
    const QString &libraryName, const QString &kioskId, const QDateTime &when);

} // namespace Mist
