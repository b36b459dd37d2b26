// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The real path: mist-kiosk inside cage (the compositor the deploy/ unit runs) on
// QT_QPA_PLATFORM=wayland, photographed by the compositor itself with grim, matches
// `mist-kiosk --screenshot` of the same screen at the same size (>= 98 % of the pixels within a
// small colour tolerance), at 1024x768 and, after the output is resized, at 1280x720.
//
// Why cage's X11 backend on Xvfb and not its headless one: with cage 0.1.4 and wlroots 0.15 on the
// headless backend the grim picture is all black, whatever the Qt renderer (software or
// wayland-egl) and however long we wait. cage scans the full-screen client's buffer out directly
// there (its surface count in scan_out_primary_view is always 0), grim's screencopy refuses that
// scan-out ("Basic output test failed for HEADLESS-1") and what cage then renders is black. On the
// X11 backend the picture is the kiosk's. It also lets the test resize the output (the X window)
// while the kiosk runs, which the headless output cannot do.
//
// cage refuses to run as root, so as root the test makes a throw-away system user and runs
// Xvfb, cage and grim as that user. It exits with 77 (skipped) only where cage cannot run: a tool
// missing, or no unprivileged user to run it as.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstdlib>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QStringList kTools
    = {u"cage"_s, u"grim"_s, u"Xvfb"_s, u"Xwayland"_s, u"xwininfo"_s, u"xdotool"_s};

QString runQuiet(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30'000)) {
        process.kill();
        process.waitForFinished();
        if (exitCode)
            *exitCode = -1;
        return {};
    }
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput())
        + QString::fromUtf8(process.readAllStandardError());
}

// Share of the pixels of `a` and `b` (same size) whose channels all differ by <= tolerance.
double matchingShare(const QImage &a, const QImage &b, int tolerance)
{
    if (a.size() != b.size() || a.isNull())
        return 0.0;
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    qint64 same = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            if (std::abs(qRed(p[col]) - qRed(q[col])) <= tolerance
                && std::abs(qGreen(p[col]) - qGreen(q[col])) <= tolerance
                && std::abs(qBlue(p[col]) - qBlue(q[col])) <= tolerance)
                ++same;
        }
    }
    return double(same) / (double(x.width()) * x.height());
}

} // namespace

class TestCageRealPath : public QObject
{
    Q_OBJECT

public:
    // The throw-away user (as root) or empty (run as ourselves).
    QString user;

private:
    QTemporaryDir m_dir {QDir::tempPath() + u"/mist-cage-XXXXXX"_s};
    QProcess m_xvfb;
    QProcess m_cage;
    QString m_display;
    QString m_cageLog;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The command line that runs `program` with exactly `environment` as the test user.
    QStringList asUser(
        const QStringList &environment, const QString &program, const QStringList &arguments) const
    {
        QStringList command;
        if (!user.isEmpty())
            command << u"runuser"_s << u"-u"_s << user << u"--"_s;
        command << u"env"_s << u"-i"_s << u"PATH=/usr/local/bin:/usr/bin:/bin"_s
                << u"HOME="_s + path(u"home"_s) << u"XDG_RUNTIME_DIR="_s + path(u"run"_s)
                << environment << program << arguments;
        return command;
    }

    static void start(QProcess &process, const QStringList &command)
    {
        process.setProgram(command.first());
        process.setArguments(command.mid(1));
        process.start();
    }

    QString cageLog()
    {
        m_cageLog += QString::fromUtf8(m_cage.readAll());
        return m_cageLog;
    }

    // Waits up to `ms` for the kiosk (through cage's output) to log `text`.
    bool waitForLog(const QString &text, int ms)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < ms) {
            if (cageLog().contains(text))
                return true;
            if (m_cage.state() == QProcess::NotRunning)
                return cageLog().contains(text);
            m_cage.waitForReadyRead(200);
        }
        return cageLog().contains(text);
    }

    QImage grim(const QString &name)
    {
        const QString file = path(u"shots/"_s + name);
        QFile::remove(file);
        QProcess process;
        start(process, asUser({u"WAYLAND_DISPLAY=wayland-0"_s}, u"grim"_s, {file}));
        process.waitForFinished(30'000);
        return QImage(file);
    }

    QImage reference(const QString &size)
    {
        const QString file = path(u"reference-"_s + size + u".png"_s);
        QProcess process;
        process.start(QStringLiteral(MIST_KIOSK_PATH),
            {u"--screenshot"_s, file, u"--screen"_s, u"attract"_s, u"--size"_s, size,
                u"--data-dir"_s, path(u"reference-data"_s)});
        process.waitForFinished(60'000);
        return QImage(file);
    }

    // grim until the picture matches the reference (the kiosk may still be painting), for up to
    // 20 s; returns the best share seen and leaves the last picture in shots/.
    double bestMatch(const QImage &expected, const QString &name)
    {
        double best = 0.0;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 20'000) {
            const QImage shot = grim(name);
            if (shot.size() == expected.size())
                best = std::max(best, matchingShare(shot, expected, 24));
            if (best >= 0.98)
                break;
            QTest::qWait(1000);
        }
        return best;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The directories the user writes to are its own; the rest stays readable.
        ::chmod(QFile::encodeName(m_dir.path()).constData(), 0755);
        for (const QString &sub : {u"run"_s, u"home"_s, u"data"_s, u"shots"_s})
            QVERIFY(QDir(m_dir.path()).mkpath(sub));
        ::chmod(QFile::encodeName(path(u"run"_s)).constData(), 0700);
        if (!user.isEmpty()) {
            for (const QString &sub : {u"run"_s, u"home"_s, u"data"_s, u"shots"_s}) {
                int code = 0;
                const QString out = runQuiet(u"chown"_s, {user, path(sub)}, &code);
                QVERIFY2(code == 0, qPrintable(out));
            }
        }

        // Xvfb larger than both sizes; it picks a free display and prints its number.
        start(m_xvfb,
            asUser({}, u"Xvfb"_s,
                {u"-displayfd"_s, u"1"_s, u"-screen"_s, u"0"_s, u"1920x1080x24"_s, u"-nolisten"_s,
                    u"tcp"_s}));
        QVERIFY(m_xvfb.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_xvfb.canReadLine(), 20'000);
        m_display = u":"_s + QString::fromUtf8(m_xvfb.readLine()).trimmed();
        QVERIFY2(m_display.size() > 1, "Xvfb gave no display number");

        // cage as the deploy/ unit runs it, on its X11 backend; the kiosk without
        // QT_WAYLAND_DISABLE_WINDOWDECORATION (it must hide decorations itself). The Qt Quick
        // software renderer, as --screenshot uses: with the OpenGL one (Mesa's llvmpipe here)
        // the layout is the same but text is drawn with distance fields, and only 96.2 % of
        // the pixels match at 1024x768, all the difference on glyph edges.
        m_cage.setProcessChannelMode(QProcess::MergedChannels);
        start(m_cage,
            asUser({u"DISPLAY="_s + m_display, u"WLR_BACKENDS=x11"_s, u"WLR_RENDERER=pixman"_s,
                       u"WLR_LIBINPUT_NO_DEVICES=1"_s, u"LANG=C.UTF-8"_s},
                u"cage"_s,
                {u"--"_s, u"env"_s, u"QT_QPA_PLATFORM=wayland"_s, u"QT_QUICK_BACKEND=software"_s,
                    QStringLiteral(MIST_KIOSK_PATH), u"--data-dir"_s, path(u"data"_s)}));
        QVERIFY(m_cage.waitForStarted());
    }

    // A failure keeps the pictures (shots/, reference-*.png) for a look.
    void cleanup()
    {
        if (QTest::currentTestFailed())
            m_dir.setAutoRemove(false);
    }

    void cleanupTestCase()
    {
        for (QProcess *process : {&m_cage, &m_xvfb}) {
            if (process->state() == QProcess::NotRunning)
                continue;
            process->terminate();
            if (!process->waitForFinished(10'000)) {
                process->kill();
                process->waitForFinished();
            }
        }
    }

    void fillsTheOutputAndMatchesTheScreenshot_1024x768()
    {
        QVERIFY2(waitForLog(u"window fitted to QSize(1024, 768)"_s, 60'000), qPrintable(cageLog()));
        const QImage expected = reference(u"1024x768"_s);
        QCOMPARE(expected.size(), QSize(1024, 768));
        const double share = bestMatch(expected, u"cage-1024x768.png"_s);
        qInfo("1024x768: %.2f %% of the pixels match", share * 100);
        QVERIFY2(share >= 0.98,
            qPrintable(u"%1 % match; cage picture in %2; log:\n%3"_s.arg(share * 100)
                           .arg(path(u"shots"_s), cageLog())));
    }

    // A mode change without a restart: resizing the X window resizes cage's output.
    void followsTheOutputToAnotherSize_1280x720()
    {
        const QStringList display = {u"DISPLAY="_s + m_display};
        QProcess info;
        start(info, asUser(display, u"xwininfo"_s, {u"-root"_s, u"-children"_s}));
        QVERIFY(info.waitForFinished(30'000));
        const QString tree = QString::fromUtf8(info.readAllStandardOutput());
        static const QRegularExpression child(
            u"^\\s+(0x[0-9a-f]+) "_s, QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = child.match(tree);
        QVERIFY2(match.hasMatch(), qPrintable(tree));

        QProcess resize;
        start(resize,
            asUser(
                display, u"xdotool"_s, {u"windowsize"_s, match.captured(1), u"1280"_s, u"720"_s}));
        QVERIFY(resize.waitForFinished(30'000));
        QCOMPARE(resize.exitCode(), 0);

        QVERIFY2(waitForLog(u"window fitted to QSize(1280, 720)"_s, 30'000), qPrintable(cageLog()));
        const QImage expected = reference(u"1280x720"_s);
        QCOMPARE(expected.size(), QSize(1280, 720));
        const double share = bestMatch(expected, u"cage-1280x720.png"_s);
        qInfo("1280x720: %.2f %% of the pixels match", share * 100);
        QVERIFY2(share >= 0.98,
            qPrintable(u"%1 % match; cage picture in %2; log:\n%3"_s.arg(share * 100)
                           .arg(path(u"shots"_s), cageLog())));
    }
};

// Why cage cannot run here, or an empty string. As root, makes the throw-away user.
static QString prepare(QString *user)
{
    for (const QString &tool : kTools) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            return u"%1 is not installed (deploy/packages.txt lists it)"_s.arg(tool);
    }
    if (::geteuid() != 0)
        return {};
    // cage refuses to run as root. Xwayland needs /tmp/.X11-unix root-owned, mode 1777.
    QDir().mkpath(u"/tmp/.X11-unix"_s);
    ::chmod("/tmp/.X11-unix", 01777);
    const QString name = u"mist-cage-%1"_s.arg(::getpid());
    int code = 0;
    const QString out = runQuiet(u"useradd"_s,
        {u"--system"_s, u"--no-create-home"_s, u"--shell"_s, u"/usr/sbin/nologin"_s, name}, &code);
    if (code != 0)
        return u"running as root and cannot make an unprivileged user for cage: "_s + out;
    *user = name;
    return {};
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString user;
    const QString why = prepare(&user);
    if (!why.isEmpty()) {
        std::fprintf(stderr, "SKIP: cage cannot run here: %s\n", qPrintable(why));
        return 77;
    }
    int result = 0;
    {
        TestCageRealPath test;
        test.user = user;
        result = QTest::qExec(&test, argc, argv);
    }
    if (!user.isEmpty())
        runQuiet(u"userdel"_s, {user});
    return result;
}

#include "tst_cagerealpath.moc"
