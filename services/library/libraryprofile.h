// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The library this kiosk stands in: the name citizens see on the attract screen. Librarians
// edit it later from the admin screens; for now it comes from the configuration file.
#pragma once

#include <QObject>
#include <QString>

namespace Mist {

class LibraryProfile : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString nameUk READ nameUk NOTIFY changed)
    Q_PROPERTY(QString nameEn READ nameEn NOTIFY changed)
public:
    explicit LibraryProfile(QObject *parent = nullptr);

    [[nodiscard]] QString nameUk() const { return m_nameUk; }
    [[nodiscard]] QString nameEn() const { return m_nameEn; }
    void setNames(const QString &nameUk, const QString &nameEn);

    // The name in language ("uk" or "en"); the Ukrainian name where there is no English one.
    [[nodiscard]] Q_INVOKABLE QString name(const QString &language) const;

Q_SIGNALS:
    void changed();

private:
    QString m_nameUk;
    QString m_nameEn;
};

} // namespace Mist
