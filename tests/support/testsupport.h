// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Small helpers for the tests.
#pragma once

#include "directory/portalentry.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace Mist {
class DirectoryStore;
}

namespace MistTest {

// The full path of a fixture under tests/data.
QString dataFile(const QString &relativePath);
// The bytes of a fixture under tests/data; a missing fixture ends the test run at once (qFatal), so
// a renamed file is never mistaken for an empty input.
QByteArray readDataFile(const QString &relativePath);

// Stores entries as feed version in store, as a sync would (generated 1 December 2026,
// expiring 1 March 2027). False if the store refused it.
bool storeFeed(Mist::DirectoryStore &store, qint64 version, std::vector<Mist::PortalEntry> entries);

// A hostile iCalendar (hole 10 of issue 13): events starting in 1900, each with 10 RRULEs that
// cannot be jumped ahead (COUNT) nor bounded without walking (BYMONTH), so every rule walks
// thousands of libical steps to reach today. Without bounds it takes minutes to expand.
QByteArray hostileCalendar(int events);

// A TCP port on 127.0.0.1 that nothing listens on right now (0 if none could be found), for a
// test server to take.
quint16 freeLoopbackPort();
// Whether something accepts connections on 127.0.0.1:port (waits 200 ms at most).
bool answersOnLoopback(quint16 port);

// What a program run by a test did: its exit code (-1 if it crashed or did not end within
// two minutes) and everything it printed.
struct ProgramRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
// Runs program with arguments in this process's environment and waits for it to end.
ProgramRun runProgram(const QString &program, const QStringList &arguments);

} // namespace MistTest
