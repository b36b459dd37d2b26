// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "cupsdfixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

using namespace Qt::StringLiterals;

namespace MistTest {

namespace {

QString cupsdPath()
{
    return QStandardPaths::findExecutable(u"cupsd"_s, {u"/usr/sbin"_s, u"/sbin"_s});
}

quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

bool answers(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(200);
}

bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

} // namespace

PrivateCupsd::~PrivateCupsd()
{
    stop();
}

bool PrivateCupsd::available(QString *missing)
{
    const bool found = !cupsdPath().isEmpty() && QFile::exists(u"/usr/lib/cups/backend/ipp"_s);
    if (!found && missing)
        *missing = u"cupsd (cups-daemon)"_s;
    return found;
}

bool PrivateCupsd::writeConfiguration(const QString &deviceUri)
{
    const QDir root(m_dir.path());
    for (const char *sub : {"conf", "spool/tmp", "cache", "state", "log"}) {
        if (!root.mkpath(QString::fromLatin1(sub)))
            return false;
    }
    // As root, cupsd runs the ipp backend as the lp user, who must reach the spool.
    QFile::setPermissions(m_dir.path(),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
            | QFile::ReadOther | QFile::ExeOther);
    const QString files = u"ServerRoot %1/conf\nRequestRoot %1/spool\nTempDir %1/spool/tmp\n"
                          "CacheDir %1/cache\nStateDir %1/state\nServerBin /usr/lib/cups\n"
                          "DataDir /usr/share/cups\nAccessLog %1/log/access_log\n"
                          "ErrorLog %1/log/error_log\nPageLog %1/log/page_log\n"
                          "FileDevice No\n"_s.arg(m_dir.path());
    // The library's settings that matter here: no job files kept after printing (deploy/
    // setup-printing); history kept, so a test sees that the kiosk purges it. The policy lets
    // anyone on this loopback-only scheduler release and cancel, as the job's owner (the kiosk's
    // user) may on a library's system cupsd.
    const QString scheduler = u"Listen 127.0.0.1:%1\nLogLevel info\nBrowsing No\n"
                              "WebInterface No\nDefaultAuthType None\nPreserveJobFiles No\n"
                              "PreserveJobHistory Yes\nMaxJobs 0\n"
                              "<Location />\nOrder deny,allow\n</Location>\n"
                              "<Policy default>\nJobPrivateAccess all\nJobPrivateValues none\n"
                              "SubscriptionPrivateAccess all\nSubscriptionPrivateValues none\n"
                              "<Limit All>\nOrder deny,allow\n</Limit>\n</Policy>\n"_s.arg(m_port);
    // A raw queue: the PDF goes to the printer as the kiosk sent it, as with a driverless
    // (IPP Everywhere) queue that takes PDF.
    const QString printers = u"<DefaultPrinter %1>\nInfo Mist test desk printer\nDeviceURI %2\n"
                             "State Idle\nAccepting Yes\nShared No\nJobSheets none none\n"
                             "OpPolicy default\nErrorPolicy abort-job\n</DefaultPrinter>\n"_s.arg(
                                 queueName(), deviceUri);
    return writeFile(root.filePath(u"conf/cups-files.conf"_s), files)
        && writeFile(root.filePath(u"conf/cupsd.conf"_s), scheduler)
        && writeFile(root.filePath(u"conf/printers.conf"_s), printers);
}

bool PrivateCupsd::start(const QString &deviceUri)
{
    if (!available(&m_error)) {
        m_error += u" is not installed"_s;
        return false;
    }
    m_port = freePort();
    if (!m_dir.isValid() || m_port == 0 || !writeConfiguration(deviceUri)) {
        m_error = u"cannot write the scheduler's configuration"_s;
        return false;
    }
    m_cupsd = std::make_unique<QProcess>();
    m_cupsd->setProcessChannelMode(QProcess::MergedChannels);
    m_cupsd->start(cupsdPath(),
        {u"-f"_s, u"-c"_s, m_dir.filePath(u"conf/cupsd.conf"_s), u"-s"_s,
            m_dir.filePath(u"conf/cups-files.conf"_s)});
    if (!m_cupsd->waitForStarted()) {
        m_error = u"cupsd did not start"_s;
        return false;
    }
    const QDeadlineTimer deadline(15000);
    while (!answers(m_port)) {
        if (deadline.hasExpired() || m_cupsd->state() == QProcess::NotRunning) {
            m_cupsd->waitForFinished(100);
            m_error = u"cupsd does not answer: "_s
                + QString::fromUtf8(m_cupsd->readAll().right(400)) + logTail();
            stop();
            return false;
        }
        QThread::msleep(50);
    }
    return true;
}

void PrivateCupsd::stop()
{
    if (!m_cupsd)
        return;
    if (m_cupsd->state() != QProcess::NotRunning) {
        m_cupsd->terminate();
        if (!m_cupsd->waitForFinished(5000)) {
            m_cupsd->kill();
            m_cupsd->waitForFinished(3000);
        }
    }
    m_cupsd.reset();
}

QString PrivateCupsd::server() const
{
    return u"localhost:%1"_s.arg(m_port);
}

QStringList PrivateCupsd::spoolFiles() const
{
    return QDir(m_dir.filePath(u"spool"_s)).entryList(QDir::Files, QDir::Name);
}

QString PrivateCupsd::logTail() const
{
    QFile log(m_dir.filePath(u"log/error_log"_s));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(log.readAll().right(1500));
}

} // namespace MistTest
