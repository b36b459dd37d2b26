// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The "Reports to a USB stick" screen's logic: the months a librarian can choose, the sticks
// plugged in ("Look again"), and writing the month's CSV and HTML report to one, with progress
// and a plain result. Detection and writing are RemovableDrives and DriveReportWriter (the same
// code as `mistctl usb`), run on a worker thread so the screen never waits.
#pragma once

#include "removable/drivereportwriter.h"
#include "removable/removabledrives.h"
#include "usage/usagerecorder.h"

#include <QObject>
#include <QPointer>
#include <QQmlParserStatus>
#include <QStringList>
#include <QThread>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <vector>

namespace Mist {

class UsbReports
    : public QObject
    , public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    // The kiosk's data directory (its usage log).
    Q_PROPERTY(QString dataDir READ dataDir WRITE setDataDir NOTIFY settingsChanged)
    // Empty: the system's drives (udisks2, /proc/mounts). A folder: a fake mount root standing for
    // /proc/mounts, /sys/block and the mount points (tests and screenshots).
    Q_PROPERTY(QString mountRoot READ mountRoot WRITE setMountRoot NOTIFY settingsChanged)
    // The report's title.
    Q_PROPERTY(QString libraryName READ libraryName WRITE setLibraryName NOTIFY settingsChanged)
    // Where the admin event of each export goes (Usage); may be null.
    Q_PROPERTY(Mist::UsageRecorder *recorder READ recorder WRITE setRecorder NOTIFY settingsChanged)
    // "2026-11", newest first: this month, last month, then earlier months with events.
    Q_PROPERTY(QStringList months READ months NOTIFY monthsChanged)
    Q_PROPERTY(QString month READ month WRITE setMonth NOTIFY monthChanged)
    // [{ label, mountPoint, bytesFree, readOnly }], by mount point.
    Q_PROPERTY(QVariantList drives READ drives NOTIFY drivesChanged)
    // Index into drives of the chosen stick (-1: none).
    Q_PROPERTY(int driveIndex READ driveIndex WRITE setDriveIndex NOTIFY driveIndexChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    // 0..100 while Writing.
    Q_PROPERTY(int progress READ progress NOTIFY progressChanged)
    // The files written (names only, for the result), after Done.
    Q_PROPERTY(QStringList writtenFiles READ writtenFiles NOTIFY stateChanged)

public:
    enum class State {
        Idle, // ready (a stick is there)
        Looking, // detecting sticks
        Writing,
        Done, // written and flushed: the stick can be removed
        NoDrive,
        ReadOnly,
        Full,
        NoLog, // nothing to report yet
        Failed, // reading the log or writing failed otherwise
    };
    Q_ENUM(State)

    explicit UsbReports(QObject *parent = nullptr);
    ~UsbReports() override;

    [[nodiscard]] QString dataDir() const { return m_dataDir; }
    void setDataDir(const QString &dir);
    [[nodiscard]] QString mountRoot() const { return m_mountRoot; }
    void setMountRoot(const QString &root);
    [[nodiscard]] QString libraryName() const { return m_libraryName; }
    void setLibraryName(const QString &name);
    [[nodiscard]] UsageRecorder *recorder() const { return m_recorder; }
    void setRecorder(UsageRecorder *recorder);
    [[nodiscard]] QStringList months() const { return m_months; }
    [[nodiscard]] QString month() const { return m_month; }
    void setMonth(const QString &month);
    [[nodiscard]] QVariantList drives() const;
    [[nodiscard]] int driveIndex() const { return m_driveIndex; }
    void setDriveIndex(int index);
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool busy() const
    {
        return m_state == State::Looking || m_state == State::Writing;
    }
    [[nodiscard]] int progress() const { return m_progress; }
    [[nodiscard]] QStringList writtenFiles() const { return m_writtenFiles; }

    // Finds the months and the sticks again (done once when the screen is made).
    Q_INVOKABLE void lookAgain();
    // Writes the chosen month to the chosen stick.
    Q_INVOKABLE void write();
    // "листопад 2026" / "November 2026".
    [[nodiscard]] Q_INVOKABLE static QString monthTitle(
        const QString &yearMonth, const QString &language);

    void classBegin() override { }
    void componentComplete() override;

    [[nodiscard]] static State stateFor(DriveReportWriter::Problem problem);

Q_SIGNALS:
    void settingsChanged();
    void monthsChanged();
    void monthChanged();
    void drivesChanged();
    void driveIndexChanged();
    void stateChanged();
    void progressChanged();
    // A job ended (looking or writing), for tests.
    void finished();

private:
    // Runs job on a new worker thread, then done here; one job at a time.
    void run(std::function<void()> job, std::function<void()> done);
    void setState(State state);
    void setProgressFromWorker(int percent);

    QString m_dataDir;
    QString m_mountRoot;
    QString m_libraryName;
    QPointer<UsageRecorder> m_recorder;
    QStringList m_months;
    QString m_month;
    std::vector<RemovableDrive> m_drives;
    int m_driveIndex = -1;
    State m_state = State::Idle;
    int m_progress = 0;
    QStringList m_writtenFiles;
    bool m_complete = false;
    QThread *m_worker = nullptr;
};

} // namespace Mist
