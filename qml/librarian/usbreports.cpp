// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "usbreports.h"

#include "schedule/calendarzones.h"
#include "usage/kioskidentity.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>

#include <memory>

using namespace Qt::StringLiterals;

namespace Mist {

UsbReports::UsbReports(QObject *parent)
    : QObject(parent)
{ }

UsbReports::~UsbReports()
{
    // A write in progress finishes (the stick must not be left half-written); it is short.
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

void UsbReports::setDataDir(const QString &dir)
{
    if (dir == m_dataDir)
        return;
    m_dataDir = dir;
    Q_EMIT settingsChanged();
}

void UsbReports::setMountRoot(const QString &root)
{
    if (root == m_mountRoot)
        return;
    m_mountRoot = root;
    Q_EMIT settingsChanged();
    if (m_complete)
        lookAgain();
}

void UsbReports::setLibraryName(const QString &name)
{
    if (name == m_libraryName)
        return;
    m_libraryName = name;
    Q_EMIT settingsChanged();
}

void UsbReports::setRecorder(UsageRecorder *recorder)
{
    if (recorder == m_recorder)
        return;
    m_recorder = recorder;
    Q_EMIT settingsChanged();
}

void UsbReports::setMonth(const QString &month)
{
    if (month == m_month)
        return;
    m_month = month;
    Q_EMIT monthChanged();
}

QVariantList UsbReports::drives() const
{
    QVariantList list;
    for (const RemovableDrive &drive : m_drives) {
        list.append(QVariantMap {{u"label"_s, drive.label}, {u"mountPoint"_s, drive.mountPoint},
            {u"bytesFree"_s, double(drive.bytesFree)}, {u"readOnly"_s, drive.readOnly}});
    }
    return list;
}

void UsbReports::setDriveIndex(int index)
{
    if (index < -1 || index >= int(m_drives.size()) || index == m_driveIndex)
        return;
    m_driveIndex = index;
    Q_EMIT driveIndexChanged();
}

void UsbReports::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

void UsbReports::setProgressFromWorker(int percent)
{
    // Called on the worker thread; the destructor waits for it, so this object is alive.
    QMetaObject::invokeMethod(
        this,
        [this, percent] {
            if (m_state != State::Writing || percent == m_progress)
                return;
            m_progress = percent;
            Q_EMIT progressChanged();
        },
        Qt::QueuedConnection);
}

void UsbReports::componentComplete()
{
    m_complete = true;
    lookAgain();
}

void UsbReports::run(std::function<void()> job, std::function<void()> done)
{
    m_worker = QThread::create(std::move(job));
    connect(m_worker, &QThread::finished, this, [this, done = std::move(done)] {
        m_worker->deleteLater();
        m_worker = nullptr;
        done();
        Q_EMIT finished();
    });
    m_worker->start();
}

void UsbReports::lookAgain()
{
    if (busy())
        return;
    setState(State::Looking);
    struct Found
    {
        QList<QDate> months;
        std::vector<RemovableDrive> drives;
    };
    auto found = std::make_shared<Found>();
    RemovableDrives::Options options;
    if (!m_mountRoot.isEmpty())
        options.root = m_mountRoot;
    const QString dataDir = m_dataDir;
    run(
        [found, options, dataDir] {
            found->months = DriveReportWriter::months(
                dataDir, CalendarZones::kyivDate(QDateTime::currentDateTimeUtc()));
            found->drives = RemovableDrives::detect(options);
        },
        [this, found] {
            QStringList months;
            for (const QDate &month : std::as_const(found->months))
                months << month.toString(u"yyyy-MM"_s);
            if (months != m_months) {
                m_months = months;
                Q_EMIT monthsChanged();
            }
            if (!m_months.contains(m_month))
                setMonth(m_months.value(0));
            // Keep the chosen stick if it is still there.
            const QString chosen = m_driveIndex >= 0 && m_driveIndex < int(m_drives.size())
                ? m_drives[size_t(m_driveIndex)].mountPoint
                : QString();
            m_drives = std::move(found->drives);
            m_driveIndex = m_drives.empty() ? -1 : 0;
            for (size_t i = 0; i < m_drives.size(); ++i) {
                if (m_drives[i].mountPoint == chosen)
                    m_driveIndex = int(i);
            }
            Q_EMIT drivesChanged();
            Q_EMIT driveIndexChanged();
            setState(m_drives.empty() ? State::NoDrive : State::Idle);
        });
}

void UsbReports::write()
{
    if (busy())
        return;
    if (m_driveIndex < 0 || m_driveIndex >= int(m_drives.size())) {
        setState(State::NoDrive);
        return;
    }
    DriveReportWriter::Request request;
    request.dataDir = m_dataDir;
    request.month = QDate::fromString(m_month + u"-01"_s, Qt::ISODate);
    if (!request.month.isValid())
        request.month = CalendarZones::kyivDate(QDateTime::currentDateTimeUtc());
    request.drive = m_drives[size_t(m_driveIndex)];
    request.kioskId = m_recorder ? m_recorder->kioskId() : QString();
    request.libraryName = m_libraryName;
    struct Outcome
    {
        DriveReportWriter::Result result;
        std::vector<std::pair<UsageEvent::Type, std::optional<qint64>>> events;
    };
    auto outcome = std::make_shared<Outcome>();
    // The admin event is recorded here, on the recorder's thread, once the job is done.
    request.events
        = [outcome](UsageEvent::Type type, const QString &, std::optional<qint64> value) {
              outcome->events.emplace_back(type, value);
          };
    m_progress = 0;
    Q_EMIT progressChanged();
    m_writtenFiles.clear();
    setState(State::Writing);
    run(
        [this, request, outcome]() mutable {
            if (request.kioskId.isEmpty())
                request.kioskId = KioskIdentity::load(request.dataDir);
            outcome->result = DriveReportWriter::write(request,
                [this](DriveReportWriter::Stage, int percent) { setProgressFromWorker(percent); });
        },
        [this, outcome] {
            for (const auto &[type, value] : outcome->events) {
                if (m_recorder)
                    m_recorder->adminEvent(type, DriveReportWriter::eventSubject.toString(), value);
            }
            const DriveReportWriter::Result &result = outcome->result;
            if (result.problem == DriveReportWriter::Problem::None) {
                m_writtenFiles = QStringList {
                    QFileInfo(result.csvPath).fileName(), QFileInfo(result.htmlPath).fileName()};
                m_progress = 100;
                Q_EMIT progressChanged();
            }
            setState(stateFor(result.problem));
        });
}

UsbReports::State UsbReports::stateFor(DriveReportWriter::Problem problem)
{
    switch (problem) {
    case DriveReportWriter::Problem::None:
        return State::Done;
    case DriveReportWriter::Problem::NoDrive:
        return State::NoDrive;
    case DriveReportWriter::Problem::ReadOnly:
        return State::ReadOnly;
    case DriveReportWriter::Problem::Full:
        return State::Full;
    case DriveReportWriter::Problem::NoLog:
        return State::NoLog;
    case DriveReportWriter::Problem::ReadFailed:
    case DriveReportWriter::Problem::WriteFailed:
        return State::Failed;
    }
    return State::Failed;
}

QString UsbReports::monthTitle(const QString &yearMonth, const QString &language)
{
    const QDate month = QDate::fromString(yearMonth + u"-01"_s, Qt::ISODate);
    if (!month.isValid())
        return yearMonth;
    const QLocale locale(language);
    return locale.standaloneMonthName(month.month(), QLocale::LongFormat) + u' '
        + QString::number(month.year());
}

} // namespace Mist
