// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// How the stores put values into SQLite and name their connections, written once so every
// database of the kiosk reads the same way.
#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace Mist::SqlValues {

// A time as ISO 8601 UTC text with milliseconds (sorts as it reads); NULL for an invalid time.
[[nodiscard]] QVariant fromTime(const QDateTime &time);
// The reverse: an invalid QDateTime for NULL or unreadable text.
[[nodiscard]] QDateTime toTime(const QVariant &value);

// QSqlDatabase connection names are process-wide: two stores (the kiosk's, a worker's, mistctl's)
// must never share one by accident. "mist.<prefix>.<n>".
[[nodiscard]] QString uniqueConnectionName(QStringView prefix);

} // namespace Mist::SqlValues
