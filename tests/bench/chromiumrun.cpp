// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "chromiumrun.h"

#include "proctree.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcessEnvironment>
#include <QThread>

#include <algorithm>

#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace MistBench {

namespace {

// Processes whose command line mentions text (here: the run's own directory).
std::vector<qint64> processesNaming(const QByteArray &text)
{
    std::vector<qint64> found;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(entry));
        if (ok && cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(text)
            && isRunning(pid))
            found.push_back(pid);
    }
    return found;
}

} // namespace

ChromiumRun::ChromiumRun(QString program)
    : m_program(std::move(program))
{ }

ChromiumRun::~ChromiumRun()
{
    if (running() || !processes().empty())
        stop();
}

QString ChromiumRun::version(const QString &program)
{
    QProcess process;
    process.setStandardErrorFile(QProcess::nullDevice());
    process.start(program, {u"--version"_s});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

bool ChromiumRun::start(const QUrl &url, const QByteArray &spkiPin, QSize windowSize)
{
    if (!m_dir.isValid())
        return false;
    const QString base = m_dir.path();
    for (const char *sub : {"home", "config", "cache", "tmp", "profile"})
        QDir(base).mkpath(QLatin1StringView(sub));
    // Its own home, XDG and temporary directories: crash reports, caches and the singleton
    // socket's directory land in the throw-away directory, not in the user's nor in /tmp.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"TMPDIR"_s, base + u"/tmp"_s);
    environment.insert(u"HOME"_s, base + u"/home"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, base + u"/config"_s);
    environment.insert(u"XDG_CACHE_HOME"_s, base + u"/cache"_s);
    m_process.setProcessEnvironment(environment);
    m_process.setStandardInputFile(QProcess::nullDevice());
    m_process.setStandardOutputFile(base + u"/chromium.log"_s);
    m_process.setStandardErrorFile(base + u"/chromium.log"_s, QIODevice::Append);
    m_arguments = {u"--headless=new"_s, u"--user-data-dir="_s + base + u"/profile"_s,
        u"--ignore-certificate-errors-spki-list="_s + QString::fromLatin1(spkiPin),
        u"--window-size=%1,%2"_s.arg(windowSize.width()).arg(windowSize.height())};
    // As the kiosk's harness does: Chromium's sandbox cannot run as root.
    if (::geteuid() == 0)
        m_arguments << u"--no-sandbox"_s;
    m_arguments << url.toString();
    m_process.start(m_program, m_arguments);
    return m_process.waitForStarted(10000);
}

bool ChromiumRun::running() const
{
    return m_process.state() == QProcess::Running;
}

std::vector<qint64> ChromiumRun::processes() const
{
    std::vector<qint64> pids
        = running() ? processTree(m_process.processId()) : std::vector<qint64>();
    for (const qint64 pid : processesNaming(m_dir.path().toUtf8())) {
        if (std::find(pids.begin(), pids.end(), pid) == pids.end())
            pids.push_back(pid);
    }
    return pids;
}

bool ChromiumRun::stop()
{
    const bool wasRunning = running();
    std::vector<qint64> pids = processes();
    if (wasRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    QElapsedTimer timer;
    timer.start();
    bool left = true;
    while (left && timer.elapsed() < 15000) {
        // Late children (a crashpad handler started while we looked) name the directory too.
        for (const qint64 pid : processesNaming(m_dir.path().toUtf8())) {
            if (std::find(pids.begin(), pids.end(), pid) == pids.end())
                pids.push_back(pid);
        }
        left = std::any_of(pids.begin(), pids.end(), isRunning);
        if (left)
            QThread::msleep(100);
    }
    for (const qint64 pid : pids) {
        if (isRunning(pid))
            ::kill(pid_t(pid), SIGKILL);
    }
    return wasRunning && !left;
}

QByteArray ChromiumRun::logTail() const
{
    QFile log(m_dir.path() + u"/chromium.log"_s);
    if (!log.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = log.readAll().split('\n');
    return lines.mid(std::max<qsizetype>(0, lines.size() - 10)).join('\n');
}

} // namespace MistBench
