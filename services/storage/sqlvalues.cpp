// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "sqlvalues.h"

#include <atomic>

using namespace Qt::StringLiterals;

namespace Mist::SqlValues {

QVariant fromTime(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime toTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QString uniqueConnectionName(QStringView prefix)
{
    static std::atomic<int> counter {0};
    return u"mist.%1.%2"_s.arg(prefix).arg(++counter);
}

} // namespace Mist::SqlValues
