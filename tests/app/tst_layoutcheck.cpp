// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Every screen at every panel size (4:3, 5:4, 16:9, portrait), in uk and en, at 100 and 150 %
// text: `mist-kiosk --check-layout` walks the item tree (LayoutWalker) and finds nothing cut,
// elided, off the window or overlapping. One process per screen, one engine and window in each.
// The screens still open are listed in stillOpen() and expected to fail.

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLayoutCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QStringList screens()
    {
        QProcess process;
        process.start(QStringLiteral(MIST_KIOSK_PATH), {u"--list-screens"_s});
        process.waitForFinished(60'000);
        return QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    }

    // The screens --check-layout still finds problems on: search (the virtual keyboard's keys,
    // the placeholder and Clear in portrait at 150 %).
    static QStringList stillOpen() { return {u"search"_s}; }

private Q_SLOTS:
    void everyScreenFits_data()
    {
        QTest::addColumn<QString>("screen");
        const QStringList names = screens();
        QVERIFY(!names.isEmpty());
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << name;
    }

    void everyScreenFits()
    {
        QFETCH(QString, screen);
        QProcess process;
        process.start(QStringLiteral(MIST_KIOSK_PATH),
            {u"--check-layout"_s, u"--screen"_s, screen, u"--data-dir"_s,
                m_dir.filePath(u"data"_s)});
        QVERIFY(process.waitForFinished(120'000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(out.contains(u"checked 20 layouts"_s), qPrintable(out));
        // Screens whose problems are still open (issue 12) are expected to fail; the day one is
        // fixed the XPASS fails this test, so the screen comes off the list and stays clean.
        if (stillOpen().contains(screen))
            QEXPECT_FAIL("", "known layout problems, issue 12", Continue);
        QVERIFY2(process.exitCode() == 0, qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestLayoutCheck)
#include "tst_layoutcheck.moc"
