// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The figures of the librarian's status screen: version, running since, free disk space and the
// size of the kiosk's databases in its data directory. Read when refresh() is called (the
// screen opens, "Refresh"), never polled.
#pragma once

#include <QDateTime>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace Mist {

class KioskStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // The kiosk's data directory (where settings.json and the databases are).
    Q_PROPERTY(QString dataDir READ dataDir WRITE setDataDir NOTIFY changed)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QDateTime runningSince READ runningSince CONSTANT)
    // Bytes (a double for QML; -1 when unknown).
    Q_PROPERTY(double diskFreeBytes READ diskFreeBytes NOTIFY changed)
    Q_PROPERTY(double databaseBytes READ databaseBytes NOTIFY changed)

public:
    explicit KioskStatus(QObject *parent = nullptr);

    [[nodiscard]] QString dataDir() const { return m_dataDir; }
    void setDataDir(const QString &dir);
    [[nodiscard]] static QString version();
    [[nodiscard]] static QDateTime runningSince();
    [[nodiscard]] double diskFreeBytes() const { return double(m_diskFree); }
    [[nodiscard]] double databaseBytes() const { return double(m_databases); }

    Q_INVOKABLE void refresh();
    // "12.3 GB", "850 MB": sizes as a person reads them.
    [[nodiscard]] Q_INVOKABLE static QString formatBytes(double bytes);

Q_SIGNALS:
    void changed();

private:
    QString m_dataDir;
    qint64 m_diskFree = -1;
    qint64 m_databases = 0;
};

} // namespace Mist
