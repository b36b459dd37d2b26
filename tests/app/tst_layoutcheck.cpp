// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Every screen at every panel size (4:3, 5:4, 16:10, 16:9, portrait), in uk and en, at 100, 125 and
// 150 % text: `mist-kiosk --check-layout` walks the item tree (LayoutWalker) and finds nothing cut,
// elided, off the window or overlapping. One process per screen, one engine and window in each.
// The window is resized from one panel size to the next within a process, as a monitor's mode
// change would, so a screen that does not follow a resize fails too.

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
        QVERIFY2(out.contains(u"checked 36 layouts"_s), qPrintable(out));
        QVERIFY2(process.exitCode() == 0, qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestLayoutCheck)
#include "tst_layoutcheck.moc"
