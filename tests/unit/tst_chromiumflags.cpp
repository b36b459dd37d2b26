// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// ChromiumFlags: the kiosk's own Chromium flags, and which ones from the environment survive
// (hole 14 of issue 13; the real browser is checked in tests/browser/tst_browserhardening).

#include "browser/chromiumflags.h"

#include <QTest>

using namespace Qt::StringLiterals;
namespace ChromiumFlags = Mist::ChromiumFlags;

class TestChromiumFlags : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kioskFlagsSilenceLoggingAndLimitWebRtc()
    {
        const QStringList flags = ChromiumFlags::kioskFlags();
        QVERIFY(flags.contains(u"--disable-logging"_s));
        QVERIFY(flags.contains(u"--log-level=3"_s));
        QVERIFY(flags.contains(u"--force-webrtc-ip-handling-policy=disable_non_proxied_udp"_s));
    }

    void kioskFlagsSaveMemoryWithoutTouchingTheSandbox()
    {
        // Issue 19: the idle unsandboxed zygote goes; the sandbox and the renderers' zygote stay.
        const QStringList flags = ChromiumFlags::kioskFlags();
        QVERIFY(flags.contains(u"--no-unsandboxed-zygote"_s));
        QVERIFY(!flags.contains(u"--no-zygote"_s));
        QVERIFY(!flags.contains(u"--no-sandbox"_s));
        QVERIFY(!flags.contains(u"--single-process"_s));
    }

    void splitsAsQtWebEngineDoes()
    {
        QCOMPARE(ChromiumFlags::split(u"  --a  --b=1 \"--c=x y\" --d"_s),
            QStringList({u"--a"_s, u"--b=1"_s, u"--c=x y"_s, u"--d"_s}));
        QCOMPARE(ChromiumFlags::split(QString()), QStringList());
        QCOMPARE(ChromiumFlags::split(u"\"\""_s), QStringList({QString()}));
        const QStringList flags {u"--host-resolver-rules=MAP *.test 127.0.0.1"_s, u"--x"_s};
        QCOMPARE(ChromiumFlags::split(ChromiumFlags::join(flags)), flags);
    }

    void dangerousFlagsAreRefused_data()
    {
        QTest::addColumn<QString>("flag");
        for (const QString &flag : {u"--remote-debugging-port=9222"_s, u"--remote-debugging-pipe"_s,
                 u"--remote-debugging-address=0.0.0.0"_s, u"--disable-web-security"_s,
                 u"--user-data-dir=/tmp/x"_s, u"--no-sandbox"_s,
                 u"--disable-features=IsolateOrigins"_s, u"--proxy-server=evil.example:3128"_s,
                 u"--host-resolver-rules=MAP * 1.2.3.4"_s, u"--ignore-certificate-errors"_s,
                 u"--ignore-certificate-errors-spki-list=x"_s, u"--load-extension=/tmp/ext"_s,
                 u"--renderer-cmd-prefix=gdb"_s, u"--enable-logging=stderr"_s, u"--v=1"_s,
                 u"--single-process"_s, u"--js-flags=--allow-natives-syntax"_s,
                 u"--allow-running-insecure-content"_s, u"--webrtc-ip-handling-policy=default"_s,
                 u"https://evil.example/"_s})
            QTest::newRow(qPrintable(flag)) << flag;
    }

    void dangerousFlagsAreRefused()
    {
        QFETCH(QString, flag);
        const ChromiumFlags::Filtered filtered = ChromiumFlags::filterEnvironment({flag});
        QVERIFY(filtered.kept.isEmpty());
        QCOMPARE(filtered.refused, QStringList({flag.section(u'=', 0, 0)}));
    }

    void displayWorkaroundsAreKept()
    {
        const QStringList flags {u"--disable-gpu"_s, u"--use-gl=swiftshader"_s,
            u"--force-device-scale-factor=1.25"_s, u"--remote-debugging-port=9222"_s};
        const ChromiumFlags::Filtered filtered = ChromiumFlags::filterEnvironment(flags);
        QCOMPARE(filtered.kept, flags.mid(0, 3));
        QCOMPARE(filtered.refused, QStringList({u"--remote-debugging-port"_s}));
    }
};

QTEST_GUILESS_MAIN(TestChromiumFlags)

#include "tst_chromiumflags.moc"
