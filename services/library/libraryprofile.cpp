// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "libraryprofile.h"

using namespace Qt::StringLiterals;

namespace Mist {

LibraryProfile::LibraryProfile(QObject *parent)
    : QObject(parent)
{ }

void LibraryProfile::setNames(const QString &nameUk, const QString &nameEn)
{
    if (nameUk == m_nameUk && nameEn == m_nameEn)
        return;
    m_nameUk = nameUk;
    m_nameEn = nameEn;
    Q_EMIT changed();
}

void LibraryProfile::setDetails(
    const QString &address, const QString &hours, const QString &hromada)
{
    if (address == m_address && hours == m_hours && hromada == m_hromada)
        return;
    m_address = address;
    m_hours = hours;
    m_hromada = hromada;
    Q_EMIT changed();
}

QString LibraryProfile::name(const QString &language) const
{
    if (language == "en"_L1 && !m_nameEn.isEmpty())
        return m_nameEn;
    return m_nameUk;
}

} // namespace Mist
