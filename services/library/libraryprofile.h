// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The library this kiosk stands in, as citizens see it: its name on the attract screen, and
// where to find it and when it is open there and beside a service's "go in person" card. The
// values come from the settings (librarian mode's Library screen, `mistctl library set`, or the
// configuration file); what a librarian typed is shown as plain text only.
#pragma once

#include <QObject>
#include <QString>

namespace Mist {

class LibraryProfile : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString nameUk READ nameUk NOTIFY changed)
    Q_PROPERTY(QString nameEn READ nameEn NOTIFY changed)
    Q_PROPERTY(QString address READ address NOTIFY changed)
    Q_PROPERTY(QString hours READ hours NOTIFY changed)
    Q_PROPERTY(QString hromada READ hromada NOTIFY changed)
public:
    explicit LibraryProfile(QObject *parent = nullptr);

    [[nodiscard]] QString nameUk() const { return m_nameUk; }
    [[nodiscard]] QString nameEn() const { return m_nameEn; }
    void setNames(const QString &nameUk, const QString &nameEn);

    // Where it is, when it is open, the hromada it serves; empty when not set.
    [[nodiscard]] QString address() const { return m_address; }
    [[nodiscard]] QString hours() const { return m_hours; }
    [[nodiscard]] QString hromada() const { return m_hromada; }
    void setDetails(const QString &address, const QString &hours, const QString &hromada);

    // The name in language ("uk" or "en"); the Ukrainian name where there is no English one.
    [[nodiscard]] Q_INVOKABLE QString name(const QString &language) const;

Q_SIGNALS:
    void changed();

private:
    QString m_nameUk;
    QString m_nameEn;
    QString m_address;
    QString m_hours;
    QString m_hromada;
};

} // namespace Mist
