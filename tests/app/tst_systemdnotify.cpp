// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// mist-kiosk as systemd runs it (Type=notify, WatchdogSec=): the test plays systemd, binding the
// notification socket the kiosk reports to, and checks READY=1, the watchdog pings and STOPPING=1;
// and that a kiosk frozen with SIGSTOP stops pinging for longer than the watchdog timeout (so
// systemd would restart it), pings again after SIGCONT, and dies on a kill as systemd's would.

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// The watchdog timeout the test announces; the kiosk should ping at half of it.
constexpr auto watchdogTimeout = 400ms;
constexpr auto expectedPing = watchdogTimeout / 2;
// Start-up under a loaded CI machine (ctest runs two tests at a time) can take a while.
constexpr auto startupTimeout = 60s;
constexpr auto observation = 3s;

// The receiving end of $NOTIFY_SOCKET: an AF_UNIX datagram socket bound to a path, as systemd's.
class NotifySocket
{
public:
    explicit NotifySocket(const QString &path)
    {
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_un address = {};
        address.sun_family = AF_UNIX;
        const QByteArray encoded = path.toLocal8Bit();
        if (m_fd < 0 || encoded.size() >= qsizetype(sizeof address.sun_path))
            return;
        std::memcpy(address.sun_path, encoded.constData(), encoded.size());
        if (::bind(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
            ::close(m_fd);
            m_fd = -1;
        }
    }
    ~NotifySocket()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    NotifySocket(const NotifySocket &) = delete;
    NotifySocket &operator=(const NotifySocket &) = delete;

    [[nodiscard]] bool isValid() const { return m_fd >= 0; }

    // One datagram split into its KEY=VALUE lines; empty when nothing came within timeout.
    QList<QByteArray> receive(std::chrono::milliseconds timeout)
    {
        pollfd descriptor = {m_fd, POLLIN, 0};
        if (::poll(&descriptor, 1, int(timeout.count())) <= 0)
            return {};
        char buffer[4096];
        const ssize_t size = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (size <= 0)
            return {};
        return QByteArray(buffer, size).split('\n');
    }

private:
    int m_fd = -1;
};

struct Message
{
    QByteArray state;
    std::chrono::milliseconds at; // since the kiosk started
};

} // namespace

class TestSystemdNotify : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_kiosk;
    QElapsedTimer m_clock;
    std::vector<Message> m_messages;

    // Starts the kiosk with the given watchdog PID rule: "unset", "self" (the kiosk's own PID,
    // set through a shell that execs it) or "other" (PID 1, so the watchdog is not ours).
    void startKiosk(const QString &socketPath, const QString &watchdogPid)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        environment.insert(u"NOTIFY_SOCKET"_s, socketPath);
        environment.insert(u"WATCHDOG_USEC"_s,
            QString::number(std::chrono::microseconds(watchdogTimeout).count()));
        environment.remove(u"WATCHDOG_PID"_s);
        if (watchdogPid == "other"_L1)
            environment.insert(u"WATCHDOG_PID"_s, u"1"_s);
        m_kiosk.setProcessEnvironment(environment);
        // Output of the kiosk goes to the test log (useful when it fails); never into a pipe that
        // nobody drains, which could block the kiosk and stop its pings.
        m_kiosk.setProcessChannelMode(QProcess::ForwardedChannels);

        const QStringList kioskArguments
            = {u"--windowed"_s, u"--data-dir"_s, m_dir.filePath(u"data"_s)};
        if (watchdogPid == "self"_L1) {
            // exec keeps the shell's PID, so $$ is the kiosk's PID, as systemd would set it.
            m_kiosk.start(u"/bin/sh"_s,
                QStringList {u"-c"_s, u"export WATCHDOG_PID=$$; exec \"$0\" \"$@\""_s,
                    QStringLiteral(MIST_KIOSK_PATH)}
                    + kioskArguments);
        } else {
            m_kiosk.start(QStringLiteral(MIST_KIOSK_PATH), kioskArguments);
        }
        m_clock.start();
    }

    // Reads messages until one carries state, or until timeout. Every message is kept.
    bool waitFor(NotifySocket &socket, const QByteArray &state, std::chrono::milliseconds timeout)
    {
        QElapsedTimer waited;
        waited.start();
        while (std::chrono::milliseconds(waited.elapsed()) < timeout) {
            const auto left = timeout - std::chrono::milliseconds(waited.elapsed());
            const QList<QByteArray> lines = socket.receive(std::max(left, 1ms));
            bool found = false;
            for (const QByteArray &line : lines) {
                if (line.isEmpty())
                    continue;
                m_messages.push_back({line, std::chrono::milliseconds(m_clock.elapsed())});
                found = found || line == state;
            }
            if (found)
                return true;
            QCoreApplication::processEvents(); // lets QProcess notice that the kiosk has exited
            if (m_kiosk.state() == QProcess::NotRunning)
                return false;
        }
        return false;
    }

    // Forgets datagrams already queued on the socket (sent before now), without waiting.
    static void drain(NotifySocket &socket)
    {
        while (!socket.receive(0ms).isEmpty()) { }
    }

    // Collects everything the kiosk sends for duration.
    void collect(NotifySocket &socket, std::chrono::milliseconds duration)
    {
        waitFor(socket, QByteArrayLiteral("never sent"), duration);
    }

    [[nodiscard]] std::vector<std::chrono::milliseconds> pingTimes() const
    {
        std::vector<std::chrono::milliseconds> times;
        for (const Message &message : m_messages) {
            if (message.state == "WATCHDOG=1")
                times.push_back(message.at);
        }
        return times;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_messages.clear();
    }

    void cleanup()
    {
        if (m_kiosk.state() != QProcess::NotRunning) {
            m_kiosk.kill();
            m_kiosk.waitForFinished(10'000);
        }
        QFile::remove(m_dir.filePath(u"notify"_s));
    }

    void readyWatchdogStopping_data()
    {
        QTest::addColumn<QString>("watchdogPid");
        QTest::addColumn<bool>("expectPings");
        QTest::newRow("WATCHDOG_PID unset") << u"unset"_s << true;
        QTest::newRow("WATCHDOG_PID is the kiosk") << u"self"_s << true;
        QTest::newRow("WATCHDOG_PID is another process") << u"other"_s << false;
    }

    void readyWatchdogStopping()
    {
        QFETCH(QString, watchdogPid);
        QFETCH(bool, expectPings);

        const QString socketPath = m_dir.filePath(u"notify"_s);
        NotifySocket socket(socketPath);
        QVERIFY2(socket.isValid(), "cannot bind the notification socket");

        startKiosk(socketPath, watchdogPid);
        QVERIFY2(m_kiosk.waitForStarted(10'000), qPrintable(m_kiosk.errorString()));

        // READY=1 once the window is up, and nothing before it.
        QVERIFY2(waitFor(socket, QByteArrayLiteral("READY=1"), startupTimeout),
            "no READY=1 from the kiosk");
        QCOMPARE(m_messages.size(), size_t(1));

        collect(socket, observation);
        const std::vector<std::chrono::milliseconds> pings = pingTimes();
        if (!expectPings) {
            // The watchdog belongs to another process: pinging for it would hide a hang there.
            QCOMPARE(pings.size(), size_t(0));
        } else {
            // About observation / expectedPing = 15 pings. The bounds leave room for a loaded
            // machine, yet tell half the timeout from the full timeout or a busy loop.
            const auto expected = observation / expectedPing;
            QVERIFY2(qsizetype(pings.size()) >= expected / 2,
                qPrintable(u"only %1 pings in %2 ms"_s.arg(pings.size()).arg(observation.count())));
            QVERIFY2(qsizetype(pings.size()) <= expected * 3 / 2,
                qPrintable(u"%1 pings in %2 ms"_s.arg(pings.size()).arg(observation.count())));
            const auto mean = (pings.back() - pings.front()) / qsizetype(pings.size() - 1);
            QVERIFY2(mean >= expectedPing * 3 / 4 && mean <= expectedPing * 3 / 2,
                qPrintable(u"a ping every %1 ms on average, expected %2 ms"_s.arg(mean.count())
                               .arg(expectedPing.count())));
        }

        // systemctl stop sends SIGTERM: the kiosk says STOPPING=1 and exits cleanly.
        m_kiosk.terminate();
        QVERIFY2(waitFor(socket, QByteArrayLiteral("STOPPING=1"), 20s), "no STOPPING=1");
        QVERIFY(m_kiosk.waitForFinished(20'000));
        QCOMPARE(m_kiosk.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_kiosk.exitCode(), 0);
    }

    void frozenKioskStopsPinging()
    {
        const QString socketPath = m_dir.filePath(u"notify"_s);
        NotifySocket socket(socketPath);
        QVERIFY2(socket.isValid(), "cannot bind the notification socket");
        startKiosk(socketPath, u"unset"_s);
        QVERIFY2(m_kiosk.waitForStarted(10'000), qPrintable(m_kiosk.errorString()));
        QVERIFY2(waitFor(socket, QByteArrayLiteral("READY=1"), startupTimeout),
            "no READY=1 from the kiosk");
        QVERIFY2(waitFor(socket, QByteArrayLiteral("WATCHDOG=1"), watchdogTimeout * 4),
            "no watchdog ping before the freeze");
        const pid_t pid = pid_t(m_kiosk.processId());
        QVERIFY(pid > 0);

        // Frozen: every thread stops, as in a hung GPU driver or a deadlock. What was sent before
        // the signal may still sit in the socket; then nothing may come.
        QCOMPARE(::kill(pid, SIGSTOP), 0);
        const auto frozenAt = std::chrono::milliseconds(m_clock.elapsed());
        drain(socket);
        m_messages.clear();
        const auto frozenFor = watchdogTimeout * 3;
        collect(socket, frozenFor);
        QVERIFY2(pingTimes().empty(),
            qPrintable(u"%1 pings from a stopped kiosk"_s.arg(pingTimes().size())));
        QCOMPARE(m_kiosk.state(), QProcess::Running);

        // Thawed: the pings resume at once; the gap was longer than the watchdog timeout, so a
        // real systemd would already have killed it (WatchdogSec= elapsed without a ping).
        QCOMPARE(::kill(pid, SIGCONT), 0);
        QVERIFY2(waitFor(socket, QByteArrayLiteral("WATCHDOG=1"), watchdogTimeout * 4),
            "no watchdog ping after SIGCONT");
        QVERIFY(pingTimes().front() - frozenAt > watchdogTimeout);
        collect(socket, 1s);
        QVERIFY2(pingTimes().size() >= 3,
            qPrintable(u"only %1 pings in the second after SIGCONT"_s.arg(pingTimes().size())));

        // What systemd does to a hung service: kill it. No STOPPING=1, a crash exit.
        m_messages.clear();
        m_kiosk.kill();
        QVERIFY(m_kiosk.waitForFinished(20'000));
        QCOMPARE(m_kiosk.exitStatus(), QProcess::CrashExit);
        collect(socket, 300ms);
        QVERIFY(std::none_of(m_messages.begin(), m_messages.end(),
            [](const Message &message) { return message.state == "STOPPING=1"; }));
    }
};

QTEST_GUILESS_MAIN(TestSystemdNotify)
#include "tst_systemdnotify.moc"
