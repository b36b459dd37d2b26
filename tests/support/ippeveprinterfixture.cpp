// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "ippeveprinterfixture.h"

#include "testsupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QThread>

using namespace Qt::StringLiterals;

namespace MistTest {

namespace {

QString findTool(const QString &name)
{
    return QStandardPaths::findExecutable(
        name, {u"/usr/sbin"_s, u"/usr/bin"_s, u"/sbin"_s, u"/bin"_s});
}

} // namespace

IppEvePrinter::IppEvePrinter()
    : m_env(QProcessEnvironment::systemEnvironment())
{ }

IppEvePrinter::~IppEvePrinter()
{
    stop();
}

bool IppEvePrinter::available(QString *missing)
{
    for (const QString &tool : {u"ippeveprinter"_s, u"avahi-daemon"_s, u"dbus-daemon"_s}) {
        if (findTool(tool).isEmpty()) {
            if (missing)
                *missing = tool;
            return false;
        }
    }
    return true;
}

// A DNS-SD daemon: the system's if one runs (avahi-daemon --check), else a private system bus
// and an avahi-daemon on it, both children of this process.
bool IppEvePrinter::startDnsSd()
{
    if (QProcess::execute(findTool(u"avahi-daemon"_s), {u"--check"_s}) == 0)
        return true;

    const QString busSocket = m_dir.filePath(u"bus"_s);
    QFile busConfig(m_dir.filePath(u"bus.conf"_s));
    if (!busConfig.open(QIODevice::WriteOnly))
        return false;
    busConfig.write(
        u"<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
        " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
        "<busconfig><type>system</type><listen>unix:path=%1</listen>"
        "<auth>EXTERNAL</auth><policy context=\"default\"><allow user=\"*\"/>"
        "<allow own=\"*\"/><allow send_destination=\"*\"/>"
        "<allow receive_sender=\"*\"/></policy></busconfig>\n"_s.arg(busSocket)
            .toUtf8());
    busConfig.close();
    m_dbus = std::make_unique<QProcess>();
    m_dbus->setProcessChannelMode(QProcess::MergedChannels);
    m_dbus->start(findTool(u"dbus-daemon"_s),
        {u"--config-file="_s + busConfig.fileName(), u"--nofork"_s, u"--print-address"_s});
    if (!m_dbus->waitForStarted() || !m_dbus->waitForReadyRead(5000)) {
        m_error = u"the private D-Bus did not start: "_s + QString::fromUtf8(m_dbus->readAll());
        return false;
    }
    m_env.insert(u"DBUS_SYSTEM_BUS_ADDRESS"_s, u"unix:path="_s + busSocket);

    QFile avahiConfig(m_dir.filePath(u"avahi.conf"_s));
    if (!avahiConfig.open(QIODevice::WriteOnly))
        return false;
    avahiConfig.write("[server]\nuse-ipv4=yes\nuse-ipv6=no\nallow-interfaces=lo\nenable-dbus=yes\n"
                      "[publish]\npublish-hinfo=no\npublish-workstation=no\n"
                      "[wide-area]\nenable-wide-area=no\n");
    avahiConfig.close();
    m_avahi = std::make_unique<QProcess>();
    m_avahi->setProcessEnvironment(m_env);
    m_avahi->setProcessChannelMode(QProcess::MergedChannels);
    m_avahi->start(findTool(u"avahi-daemon"_s),
        {u"-f"_s, avahiConfig.fileName(), u"--no-drop-root"_s, u"--no-chroot"_s,
            u"--no-rlimits"_s});
    QByteArray output;
    const QDeadlineTimer deadline(10000);
    while (!output.contains("Server startup complete") && !deadline.hasExpired()
        && m_avahi->state() != QProcess::NotRunning) {
        m_avahi->waitForReadyRead(200);
        output += m_avahi->readAll();
    }
    if (!output.contains("Server startup complete")) {
        m_error = u"avahi-daemon did not start: "_s + QString::fromUtf8(output.right(400));
        return false;
    }
    return true;
}

bool IppEvePrinter::start()
{
    QString missing;
    if (!available(&missing)) {
        m_error = missing + u" is not installed"_s;
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = u"no temporary directory"_s;
        return false;
    }
    if (!m_dbus && !startDnsSd())
        return false;
    m_spool = m_dir.filePath(u"spool"_s);
    QDir().mkpath(m_spool);
    if (m_port == 0)
        m_port = freeLoopbackPort();
    m_printer = std::make_unique<QProcess>();
    m_printer->setProcessEnvironment(m_env);
    m_printer->setProcessChannelMode(QProcess::MergedChannels);
    // -n localhost: ippeveprinter listens on the loopback addresses of that name only.
    m_printer->start(findTool(u"ippeveprinter"_s),
        {u"-n"_s, u"localhost"_s, u"-p"_s, QString::number(m_port), u"-f"_s, u"application/pdf"_s,
            u"-k"_s, u"-d"_s, m_spool, u"Mist Test Printer"_s});
    if (!m_printer->waitForStarted()) {
        m_error = u"ippeveprinter did not start"_s;
        return false;
    }
    const QDeadlineTimer deadline(10000);
    while (!answersOnLoopback(m_port)) {
        if (deadline.hasExpired() || m_printer->state() == QProcess::NotRunning) {
            m_printer->waitForFinished(100);
            m_error = u"ippeveprinter does not answer: "_s
                + QString::fromUtf8(m_printer->readAll().right(400));
            end(m_printer);
            return false;
        }
        QThread::msleep(50);
    }
    return true;
}

void IppEvePrinter::end(std::unique_ptr<QProcess> &process)
{
    if (!process)
        return;
    if (process->state() != QProcess::NotRunning) {
        process->terminate();
        if (!process->waitForFinished(3000)) {
            process->kill();
            process->waitForFinished(3000);
        }
    }
    process.reset();
}

void IppEvePrinter::stopPrinter()
{
    end(m_printer);
}

void IppEvePrinter::stop()
{
    end(m_printer);
    end(m_avahi);
    end(m_dbus);
}

QString IppEvePrinter::uri() const
{
    return u"ipp://127.0.0.1:%1/ipp/print"_s.arg(m_port);
}

QStringList IppEvePrinter::spoolFiles() const
{
    QStringList files;
    QDir dir(m_spool);
    const QFileInfoList entries = dir.entryInfoList(QDir::Files, QDir::Time | QDir::Reversed);
    for (const QFileInfo &entry : entries)
        files << entry.absoluteFilePath();
    return files;
}

bool IppEvePrinter::waitForDocuments(int n, int ms) const
{
    const QDeadlineTimer deadline(ms);
    while (spoolFiles().size() < n) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(50);
    }
    return true;
}

} // namespace MistTest
