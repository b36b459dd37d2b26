// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// mistctl scanner list|test as the admin setting up the library's scanner runs them, against
// SANE's own virtual scanner (SaneTestBackend: a private SANE_CONFIG_DIR, inherited by mistctl):
// what SANE finds and which one the kiosk uses, one page scanned into a real PDF, and plain
// words when scanning is off or no scanner is there.

#include "sanetestbackend.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using MistTest::ProgramRun;

class TestMistctlScanner : public QObject
{
    Q_OBJECT

private:
    MistTest::SaneTestBackend m_sane;
    QTemporaryDir m_dir;

    // Each run with this test's own data folder (given last, unless a case gives it first).
    ProgramRun mistctl(const QStringList &arguments)
    {
        QStringList all = arguments;
        if (!all.contains(u"--data-dir"_s))
            all << u"--data-dir"_s << m_dir.filePath(u"data"_s);
        return MistTest::runProgram(QStringLiteral(MISTCTL_PATH), all);
    }

    QString config(const QByteArray &text)
    {
        const QString path = m_dir.filePath(u"mist.conf"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) < 0)
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!MistTest::SaneTestBackend::available())
            QFAIL("SANE's test backend is missing: install libsane1 (deploy/packages.txt)");
        QVERIFY(m_sane.isValid());
        QVERIFY(m_dir.isValid());
    }

    void init() { QVERIFY(m_sane.configure()); }

    // The global options go before or after the command, as for every mistctl command.
    void listsWhatSaneFindsAndMarksTheOneUsed()
    {
        const QString data = m_dir.filePath(u"data"_s);
        const ProgramRun text = mistctl({u"--data-dir"_s, data, u"scanner"_s, u"list"_s});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY2(text.out.contains("* test:0"), text.out.constData());
        QVERIFY(text.out.contains("test:1"));

        const ProgramRun json
            = mistctl({u"scanner"_s, u"list"_s, u"--json"_s, u"--data-dir"_s, data});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(json.out).object();
        QVERIFY(object.value(u"enabled"_s).toBool());
        const QJsonArray devices = object.value(u"devices"_s).toArray();
        QVERIFY(devices.size() >= 2);
        QCOMPARE(devices.at(0).toObject().value(u"name"_s).toString(), u"test:0"_s);
        QVERIFY(devices.at(0).toObject().value(u"used"_s).toBool());
        QVERIFY(!devices.at(1).toObject().value(u"used"_s).toBool());

        // A configured device is the one used.
        const QString conf = config("[scanning]\ndevice=test:1\n");
        const ProgramRun chosen = mistctl({u"scanner"_s, u"list"_s, u"--config"_s, conf});
        QCOMPARE(chosen.exitCode, 0);
        QVERIFY2(chosen.out.contains("* test:1"), chosen.out.constData());
    }

    // One page into a PDF the admin can open: Qt Pdf reads one page back.
    void scansOnePageToAPdf()
    {
        const QString out = m_dir.filePath(u"page.pdf"_s);
        const ProgramRun run = mistctl({u"scanner"_s, u"test"_s, u"--out"_s, out});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("scanned 1 page"), run.out.constData());
        QPdfDocument pdf;
        QCOMPARE(pdf.load(out), QPdfDocument::Error::None);
        QCOMPARE(pdf.pageCount(), 1);

        const QString photo = m_dir.filePath(u"photo.pdf"_s);
        const ProgramRun colour = mistctl(
            {u"scanner"_s, u"test"_s, u"--out"_s, photo, u"--preset"_s, u"photo"_s, u"--json"_s});
        QVERIFY2(colour.exitCode == 0, colour.err.constData());
        const QJsonObject object = QJsonDocument::fromJson(colour.out).object();
        QCOMPARE(object.value(u"dpi"_s).toInt(), 300);
        QVERIFY(object.value(u"colour"_s).toBool());
    }

    void refusesAWrongCommandLine()
    {
        QCOMPARE(mistctl({u"scanner"_s, u"test"_s}).exitCode, 2); // no --out
        QCOMPARE(mistctl({u"scanner"_s, u"test"_s, u"--out"_s, m_dir.filePath(u"x.pdf"_s),
                             u"--preset"_s, u"poster"_s})
                     .exitCode,
            2);
    }

    void saysWhenScanningIsOff()
    {
        const QString conf = config("[scanning]\ndevice=none\n");
        const ProgramRun list = mistctl({u"scanner"_s, u"list"_s, u"--config"_s, conf});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains("scanning is off"), list.out.constData());
        const QString out = m_dir.filePath(u"off.pdf"_s);
        const ProgramRun test
            = mistctl({u"--config"_s, conf, u"scanner"_s, u"test"_s, u"--out"_s, out});
        QCOMPARE(test.exitCode, 1);
        QVERIFY2(test.err.contains("scanning is off"), test.err.constData());
        QVERIFY(!QFile::exists(out));
    }

    void saysWhenNoScannerIsThere()
    {
        QVERIFY(m_sane.configure({}, false));
        const ProgramRun list = mistctl({u"scanner"_s, u"list"_s});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains("SANE finds no scanner"), list.out.constData());
        const QString out = m_dir.filePath(u"none.pdf"_s);
        const ProgramRun test = mistctl({u"scanner"_s, u"test"_s, u"--out"_s, out});
        QCOMPARE(test.exitCode, 1);
        QVERIFY2(test.err.contains("no scanner found"), test.err.constData());
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestMistctlScanner)
#include "tst_mistctl_scanner.moc"
