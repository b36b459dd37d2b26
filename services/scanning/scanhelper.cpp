// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "scanhelper.h"

#include "scanninglog.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

constexpr auto programName = "mist-scan-helper"_L1;

} // namespace

ScanHelper::ScanHelper(QObject *parent)
    : QObject(parent)
    , m_process(new QProcess(this))
{
    m_cancelTimer.setSingleShot(true);
    m_cancelTimer.setInterval(cancelGrace);
    connect(&m_cancelTimer, &QTimer::timeout, this, [this] {
        qCWarning(lcScanning) << "mist-scan-helper did not stop the scan: ending it";
        m_process->kill();
    });
    m_silenceTimer.setSingleShot(true);
    m_silenceTimer.setInterval(silenceLimit);
    connect(&m_silenceTimer, &QTimer::timeout, this, [this] {
        if (m_ended || m_failed)
            return;
        qCWarning(lcScanning).noquote()
            << u"mist-scan-helper sent nothing for %1 s while it had work to do: ending it"_s.arg(
                   m_silenceTimer.interval() / 1000);
        m_failed = true;
        m_process->kill(); // what it was asked fails in ended()
    });
    m_endTimer.setSingleShot(true);
    m_endTimer.setInterval(endGrace);
    connect(&m_endTimer, &QTimer::timeout, this, [this] {
        qCWarning(lcScanning) << "mist-scan-helper did not end when asked: ending it";
        m_process->kill();
    });

    // SANE's own messages go where ours go (the journal); stdout is the protocol's.
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &ScanHelper::readOutput);
    connect(m_process, &QProcess::finished, this, &ScanHelper::ended);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::WriteError && !m_failed && !m_ended) {
            // It no longer reads its commands, so it can never answer them.
            qCWarning(lcScanning) << "mist-scan-helper does not take commands: ending it";
            m_failed = true;
            m_process->kill();
            return;
        }
        if (error != QProcess::FailedToStart)
            return; // the others end in finished()
        qCWarning(lcScanning).noquote()
            << "cannot start mist-scan-helper:" << m_process->errorString();
        m_failed = true;
        ended();
    });
    const QString path = program();
    if (path.isEmpty()) {
        qCWarning(lcScanning) << "mist-scan-helper is not installed: no scanning";
        m_failed = true;
        QMetaObject::invokeMethod(this, &ScanHelper::ended, Qt::QueuedConnection);
        return;
    }
    m_process->start(path, {});
}

ScanHelper::~ScanHelper()
{
    disconnect(m_process, nullptr, this, nullptr);
    if (m_process->state() == QProcess::NotRunning)
        return;
    // End of input cancels a scan under way; SANE then closes the device and leaves.
    m_process->closeWriteChannel();
    if (!m_process->waitForFinished(int(endGrace.count()))) {
        qCWarning(lcScanning) << "mist-scan-helper did not end when asked: ending it";
        m_process->kill();
        m_process->waitForFinished();
    }
}

QString ScanHelper::program()
{
    const QString chosen = qEnvironmentVariable("MIST_SCAN_HELPER");
    if (!chosen.isEmpty())
        return chosen;
    QStringList candidates;
    if (QCoreApplication::instance()) {
        const QString dir = QCoreApplication::applicationDirPath();
        candidates << dir + u'/' + programName << dir + "/../libexec/mist/"_L1 + programName;
    }
    candidates << QStringLiteral(MIST_SCAN_HELPER_INSTALLED);
    for (const QString &candidate : std::as_const(candidates)) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.absoluteFilePath();
    }
    return {};
}

void ScanHelper::send(const QByteArray &command, Pending pending)
{
    m_pending.push_back(std::move(pending));
    if (!isUsable() || command.isEmpty()) {
        // Answered like any other failure: later, on this thread.
        QMetaObject::invokeMethod(this, &ScanHelper::failPending, Qt::QueuedConnection);
        return;
    }
    m_process->write(command);
    m_silenceTimer.start();
}

void ScanHelper::scan(const QString &device, const ScanSettings &settings)
{
    m_cancelling = false;
    send(ScanProtocol::scanCommand(device, settings), {true, {}});
}

void ScanHelper::cancel()
{
    const bool scanning
        = std::any_of(m_pending.begin(), m_pending.end(), [](const Pending &p) { return p.page; });
    if (!scanning || m_ended)
        return;
    m_cancelling = true;
    if (!m_retired && !m_failed)
        m_process->write("cancel\n");
    if (!m_cancelTimer.isActive())
        m_cancelTimer.start();
}

void ScanHelper::close()
{
    if (isUsable())
        m_process->write("close\n");
}

void ScanHelper::listDevices(Listed done)
{
    send("list\n", {false, std::move(done)});
}

void ScanHelper::retire()
{
    if (m_retired)
        return;
    m_retired = true;
    if (m_ended) {
        deleteLater();
        return;
    }
    m_process->closeWriteChannel();
    m_endTimer.start();
}

void ScanHelper::readOutput()
{
    if (m_failed)
        return;
    if (!m_reader.append(m_process->readAllStandardOutput())) {
        refuse(m_reader.error());
        return;
    }
    while (const std::optional<ScanProtocol::Frame> frame = m_reader.next()) {
        if (!handle(*frame))
            return;
    }
    if (!m_reader.error().isEmpty()) {
        refuse(m_reader.error());
        return;
    }
    // Anything it says shows it is alive; with nothing left asked, silence is fine.
    if (m_pending.empty())
        m_silenceTimer.stop();
    else
        m_silenceTimer.start();
}

bool ScanHelper::handle(const ScanProtocol::Frame &frame)
{
    QString error;
    const bool wantsPage = !m_pending.empty() && m_pending.front().page;
    const bool wantsList = !m_pending.empty() && !m_pending.front().page;
    switch (frame.kind) {
    case ScanProtocol::Kind::Progress:
        if (!wantsPage)
            break;
        if (const std::optional<int> percent = ScanProtocol::parseProgress(frame.payload, &error)) {
            Q_EMIT progress(*percent);
            return true;
        }
        refuse(error);
        return false;
    case ScanProtocol::Kind::Page:
        if (!wantsPage)
            break;
        if (std::optional<SaneScanner::Page> page
            = ScanProtocol::parsePage(frame.payload, &error)) {
            m_pending.pop_front();
            m_cancelTimer.stop();
            m_cancelling = false;
            Q_EMIT scanned(*page);
            return true;
        }
        refuse(error);
        return false;
    case ScanProtocol::Kind::Devices:
        if (!wantsList)
            break;
        if (std::optional<ScanProtocol::DeviceList> list
            = ScanProtocol::parseDevices(frame.payload, &error)) {
            const Listed done = std::move(m_pending.front().listed);
            m_pending.pop_front();
            if (done)
                done(std::move(list->devices), list->problem);
            return true;
        }
        refuse(error);
        return false;
    }
    refuse(u"an answer to nothing asked"_s);
    return false;
}

void ScanHelper::refuse(const QString &reason)
{
    qCWarning(lcScanning).noquote()
        << u"mist-scan-helper sent a malformed reply (%1): ending it"_s.arg(reason);
    m_failed = true;
    m_process->kill(); // what it asked for fails in ended()
}

void ScanHelper::ended()
{
    if (m_ended)
        return;
    m_ended = true;
    m_cancelTimer.stop();
    m_endTimer.stop();
    m_silenceTimer.stop();
    if (!m_pending.empty() && !m_failed) {
        if (m_process->exitStatus() == QProcess::CrashExit)
            qCWarning(lcScanning) << "mist-scan-helper died while it had work to do";
        else
            qCWarning(lcScanning) << "mist-scan-helper ended while it had work to do (exit code"
                                  << m_process->exitCode() << ")";
    }
    failPending();
    if (m_retired)
        deleteLater();
}

void ScanHelper::failPending()
{
    // Taken first: an answer may lead the owner to retire this helper.
    std::deque<Pending> pending;
    pending.swap(m_pending);
    const SaneScanner::Problem pageProblem
        = m_cancelling ? SaneScanner::Problem::Cancelled : SaneScanner::Problem::Failed;
    for (Pending &p : pending) {
        if (p.page)
            Q_EMIT scanned({pageProblem, {}});
        else if (p.listed)
            p.listed({}, SaneScanner::Problem::Failed);
    }
}

} // namespace Mist
