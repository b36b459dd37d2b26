// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The figures of the librarian's status screen: version, running since, free disk space and the
// size of the kiosk's databases in its data directory; the last directory and schedule updates
// and the link health (from the running kiosk's services); sessions today and this month and
// the trainings recorded this month (from the usage log, as the monthly report counts them).
// Read when refresh() is called (the screen opens, "Refresh"), never polled. Made in QML, it
// reads once, when all its properties are set (QQmlParserStatus): a setter that read and said
// "changed" while the screen was being made looped the bindings that show the figures.
#pragma once

#include "directory/directoryupdater.h"
#include "schedule/schedulemodel.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QQmlParserStatus>
#include <QtQml/qqmlregistration.h>

namespace Mist {

class KioskStatus
    : public QObject
    , public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    // The kiosk's data directory (where settings.json and the databases are).
    Q_PROPERTY(QString dataDir READ dataDir WRITE setDataDir NOTIFY changed)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QDateTime runningSince READ runningSince CONSTANT)
    // Bytes (a double for QML; -1 when unknown).
    Q_PROPERTY(double diskFreeBytes READ diskFreeBytes NOTIFY changed)
    Q_PROPERTY(double databaseBytes READ databaseBytes NOTIFY changed)
    // The running kiosk's directory (DirectoryService) and schedule (Schedule); may be null.
    Q_PROPERTY(Mist::DirectoryUpdater *directory READ directory WRITE setDirectory NOTIFY changed)
    Q_PROPERTY(Mist::ScheduleModel *schedule READ schedule WRITE setSchedule NOTIFY changed)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY changed)
    Q_PROPERTY(QString lastDirectoryUpdate READ lastDirectoryUpdate NOTIFY changed)
    Q_PROPERTY(QString lastScheduleUpdate READ lastScheduleUpdate NOTIFY changed)
    Q_PROPERTY(QString linkHealth READ linkHealth NOTIFY changed)
    // -1 when the usage log cannot be read.
    Q_PROPERTY(int sessionsToday READ sessionsToday NOTIFY changed)
    Q_PROPERTY(int sessionsThisMonth READ sessionsThisMonth NOTIFY changed)
    Q_PROPERTY(int trainingsThisMonth READ trainingsThisMonth NOTIFY changed)
    Q_PROPERTY(int participantsThisMonth READ participantsThisMonth NOTIFY changed)

public:
    explicit KioskStatus(QObject *parent = nullptr);

    [[nodiscard]] QString dataDir() const { return m_dataDir; }
    void setDataDir(const QString &dir);
    [[nodiscard]] static QString version();
    [[nodiscard]] static QDateTime runningSince();
    [[nodiscard]] double diskFreeBytes() const { return double(m_diskFree); }
    [[nodiscard]] double databaseBytes() const { return double(m_databases); }
    [[nodiscard]] DirectoryUpdater *directory() const { return m_directory; }
    void setDirectory(DirectoryUpdater *directory);
    [[nodiscard]] ScheduleModel *schedule() const { return m_schedule; }
    void setSchedule(ScheduleModel *schedule);
    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString &language);
    [[nodiscard]] QString lastDirectoryUpdate() const;
    [[nodiscard]] QString lastScheduleUpdate() const;
    [[nodiscard]] QString linkHealth() const;
    [[nodiscard]] int sessionsToday() const { return m_sessionsToday; }
    [[nodiscard]] int sessionsThisMonth() const { return m_sessionsMonth; }
    [[nodiscard]] int trainingsThisMonth() const { return m_trainingsMonth; }
    [[nodiscard]] int participantsThisMonth() const { return m_participantsMonth; }

    Q_INVOKABLE void refresh();
    // "12.3 GB", "850 MB": sizes as a person reads them.
    [[nodiscard]] Q_INVOKABLE static QString formatBytes(double bytes);

    void classBegin() override;
    void componentComplete() override;

Q_SIGNALS:
    void changed();

private:
    // A property changed: read again (recount) or only say so; nothing while QML makes it.
    void propertyChanged(bool recount);
    void countUsage();

    QString m_dataDir;
    QPointer<DirectoryUpdater> m_directory;
    QPointer<ScheduleModel> m_schedule;
    QString m_language = QStringLiteral("uk");
    int m_sessionsToday = -1;
    int m_sessionsMonth = -1;
    int m_trainingsMonth = -1;
    int m_participantsMonth = -1;
    qint64 m_diskFree = -1;
    qint64 m_databases = 0;
    bool m_beingMade = false; // between classBegin() and componentComplete()
};

} // namespace Mist
