// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Every screen the kiosk knows renders, in Ukrainian and English, at the size asked for, and
// shows something: the real mist-kiosk binary, run the way developers and the docs run it.

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unordered_map>

using namespace Qt::StringLiterals;

class TestScreenshots : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run kiosk(const QStringList &arguments)
    {
        QProcess process;
        process.setProgram(QStringLiteral(MIST_KIOSK_PATH));
        process.setArguments(arguments + QStringList {u"--data-dir"_s, m_dir.filePath(u"data"_s)});
        process.start();
        if (!process.waitForFinished(60'000)) {
            process.kill();
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
    }

    QStringList screens()
    {
        const Run run = kiosk({u"--list-screens"_s});
        if (run.exitCode != 0)
            return {};
        return run.out.split(u'\n', Qt::SkipEmptyParts);
    }

    // Share of the pixels taken by the most common colour: 1.0 for a blank image.
    static double dominantShare(const QImage &image)
    {
        std::unordered_map<QRgb, int> counts;
        for (int y = 0; y < image.height(); y += 2) {
            const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = 0; x < image.width(); x += 2)
                ++counts[line[x]];
        }
        int top = 0;
        int total = 0;
        for (const auto &[colour, count] : counts) {
            top = std::max(top, count);
            total += count;
        }
        return total ? double(top) / total : 1.0;
    }

private Q_SLOTS:
    void listsTheScreens()
    {
        const QStringList names = screens();
        for (const char *expected : {"attract", "home", "hromada-services", "national-services",
                 "trainings", "learn", "help", "idle-warning", "service-list", "service", "search"})
            QVERIFY2(names.contains(QString::fromLatin1(expected)), expected);
    }

    void rendersEveryScreen_data()
    {
        QTest::addColumn<QString>("screen");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        const QStringList names = screens();
        QVERIFY(!names.isEmpty());
        // Every screen, both languages, the 1080p panel and a small 1280x800 one.
        for (const QString &name : names) {
            for (const QString &language : {u"uk"_s, u"en"_s}) {
                for (const QSize size : {QSize(1920, 1080), QSize(1280, 800)}) {
                    QTest::addRow("%s-%s-%dx%d", qPrintable(name), qPrintable(language),
                        size.width(), size.height())
                        << name << language << size;
                }
            }
        }
    }

    void rendersEveryScreen()
    {
        QFETCH(QString, screen);
        QFETCH(QString, language);
        QFETCH(QSize, size);
        const QString file = m_dir.filePath(
            u"%1-%2-%3x%4.png"_s.arg(screen, language).arg(size.width()).arg(size.height()));
        const Run run = kiosk({u"--screenshot"_s, file, u"--screen"_s, screen, u"--lang"_s,
            language, u"--size"_s, u"%1x%2"_s.arg(size.width()).arg(size.height())});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        const QImage image(file);
        QVERIFY2(!image.isNull(), "the PNG does not load");
        QCOMPARE(image.size(), size);
        const double share = dominantShare(image);
        QVERIFY2(
            share < 0.95, qPrintable(u"looks blank: one colour covers %1 %"_s.arg(share * 100)));
    }

    // The high-contrast theme really changes the picture: a black page, not the paper one.
    void highContrastRendersOnBlack()
    {
        const QString file = m_dir.filePath(u"home-contrast.png"_s);
        const Run run
            = kiosk({u"--screenshot"_s, file, u"--screen"_s, u"service"_s, u"--high-contrast"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QImage image(file);
        QVERIFY(!image.isNull());
        qint64 black = 0;
        for (int y = 0; y < image.height(); y += 8) {
            for (int x = 0; x < image.width(); x += 8)
                black += image.pixel(x, y) == qRgb(0, 0, 0) ? 1 : 0;
        }
        const double share = double(black) / double((image.width() / 8) * (image.height() / 8));
        QVERIFY2(share > 0.5, qPrintable(u"only %1 % black"_s.arg(share * 100)));
        QVERIFY2(dominantShare(image) < 0.95, "looks blank");
    }

    // --tab N presses Tab before the picture: the keyboard focus and its frame show (issue 18);
    // --reduced-motion is taken too.
    void tabShowsTheFocusFrame()
    {
        const QString plain = m_dir.filePath(u"tab0.png"_s);
        const QString tabbed = m_dir.filePath(u"tab6.png"_s);
        const QStringList home {u"--screen"_s, u"home"_s, u"--size"_s, u"1280x800"_s};
        QCOMPARE(kiosk(QStringList {u"--screenshot"_s, plain} + home).exitCode, 0);
        // Six presses pass the bar (with or without Read aloud, which shows where the machine
        // has a voice) and land on the page.
        const Run run = kiosk(
            QStringList {u"--screenshot"_s, tabbed, u"--tab"_s, u"6"_s, u"--reduced-motion"_s}
            + home);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QImage before(plain);
        const QImage after(tabbed);
        QVERIFY(!before.isNull() && !after.isNull());
        QVERIFY2(before != after, "Tab changed nothing on the screen");
        // The frame is the Theme's near-black (#1a1a1f) around a control on the paper page, where
        // the picture without a focus had none of it.
        const auto frameOnPage = [](const QImage &image) {
            int count = 0;
            for (int y = 100; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x)
                    count += image.pixel(x, y) == qRgb(0x1a, 0x1a, 0x1f) ? 1 : 0;
            }
            return count;
        };
        QVERIFY2(frameOnPage(after) > frameOnPage(before) + 200,
            qPrintable(
                u"%1 frame pixels, %2 without"_s.arg(frameOnPage(after)).arg(frameOnPage(before))));
    }

    void refusesAnUnknownScreen()
    {
        const Run run = kiosk(
            {u"--screenshot"_s, m_dir.filePath(u"x.png"_s), u"--screen"_s, u"no-such-screen"_s});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(u"unknown screen"_s), qPrintable(run.err));
        QVERIFY(!QFile::exists(m_dir.filePath(u"x.png"_s)));
    }

    void refusesBadOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString file = m_dir.filePath(u"y.png"_s);
        QTest::newRow("bad size") << QStringList {u"--screenshot"_s, file, u"--size"_s, u"huge"_s};
        QTest::newRow("bad language")
            << QStringList {u"--screenshot"_s, file, u"--lang"_s, u"fr"_s};
        QTest::newRow("screen without screenshot") << QStringList {u"--screen"_s, u"home"_s};
        QTest::newRow("contrast without screenshot") << QStringList {u"--high-contrast"_s};
        QTest::newRow("less motion without screenshot") << QStringList {u"--reduced-motion"_s};
        QTest::newRow("tab without screenshot") << QStringList {u"--tab"_s, u"3"_s};
        QTest::newRow("bad tab") << QStringList {u"--screenshot"_s, file, u"--tab"_s, u"many"_s};
    }

    void refusesBadOptions()
    {
        QFETCH(QStringList, arguments);
        QVERIFY(kiosk(arguments).exitCode != 0);
    }

    void theUkrainianAndEnglishScreensDiffer()
    {
        const QString uk = m_dir.filePath(u"cmp-uk.png"_s);
        const QString en = m_dir.filePath(u"cmp-en.png"_s);
        QCOMPARE(kiosk({u"--screenshot"_s, uk, u"--screen"_s, u"attract"_s}).exitCode, 0);
        QCOMPARE(kiosk({u"--screenshot"_s, en, u"--screen"_s, u"attract"_s, u"--lang"_s, u"en"_s})
                     .exitCode,
            0);
        QVERIFY(QImage(uk) != QImage(en));
    }

    void helpAndVersion()
    {
        const Run help = kiosk({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        for (const char *option : {"--windowed", "--data-dir", "--config", "--screenshot",
                 "--screen", "--lang", "--size", "--list-screens"})
            QVERIFY2(help.out.contains(QString::fromLatin1(option)), option);
        const Run version = kiosk({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.contains(QStringLiteral(MIST_VERSION)));
    }
};

QTEST_GUILESS_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
