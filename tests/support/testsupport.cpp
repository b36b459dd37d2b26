// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "testsupport.h"

#include "directory/directorystore.h"
#include "directory/feed.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace MistTest {

QString dataFile(const QString &relativePath)
{
    return QStringLiteral(MIST_TEST_DATA_DIR) + u'/' + relativePath;
}

QByteArray readDataFile(const QString &relativePath)
{
    QFile file(dataFile(relativePath));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relativePath));
    return file.readAll();
}

bool storeFeed(Mist::DirectoryStore &store, qint64 version, std::vector<Mist::PortalEntry> entries)
{
    Mist::Feed feed;
    feed.version = version;
    feed.generated = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    feed.expires = QDateTime(QDate(2027, 3, 1), QTime(0, 0), Qt::UTC);
    feed.entries = std::move(entries);
    Mist::DirectoryStore::FeedState state;
    state.source = Mist::DirectoryStore::FeedState::Source::Feed;
    state.version = version;
    return store.replaceFeed(feed, state);
}

QByteArray hostileCalendar(int events)
{
    QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Mist tests//hostile//EN\r\n";
    for (int i = 0; i < events; ++i) {
        ics += "BEGIN:VEVENT\r\nUID:hostile-" + QByteArray::number(i)
            + "\r\nDTSTAMP:20261101T000000Z\r\nDTSTART:19000101T100000Z\r\nSUMMARY:Hostile\r\n";
        for (int month = 1; month <= 10; ++month)
            ics += "RRULE:FREQ=DAILY;COUNT=1000000;BYMONTH=" + QByteArray::number(month) + "\r\n";
        ics += "END:VEVENT\r\n";
    }
    return ics + "END:VCALENDAR\r\n";
}

quint16 freeLoopbackPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

bool answersOnLoopback(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(200);
}

ProgramRun runProgram(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120'000)) {
        process.kill();
        process.waitForFinished();
        return {-1, process.readAllStandardOutput(), process.readAllStandardError()};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace MistTest
