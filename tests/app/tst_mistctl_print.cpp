// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// mistctl print and the status printer line against a real IPP printer (ippeveprinter): the test
// page prints and is a PDF, the job list shows it, release and cancel refuse unknown codes, and
// status says whether the printer answers.

#include "ippeveprinterfixture.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMistctlPrint : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    MistTest::IppEvePrinter m_printer;

    MistTest::ProgramRun mistctl(const QStringList &arguments)
    {
        return MistTest::runProgram(
            QStringLiteral(MISTCTL_PATH), QStringList {u"--data-dir"_s, m_dir.path()} + arguments);
    }

    QString writeConfig(const QString &printer)
    {
        const QString path = m_dir.filePath(u"mist.conf"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write the configuration");
        file.write("[library]\nname_en=Lutsk City Library\n[printing]\nprinter=" + printer.toUtf8()
            + "\npage_limit=12\n");
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString missing;
        if (!MistTest::IppEvePrinter::available(&missing))
            QSKIP(qPrintable(missing + u" is not installed (deploy/packages.txt)"_s));
        QVERIFY2(m_printer.start(), qPrintable(m_printer.errorString()));
    }

    void theTestPagePrints()
    {
        const MistTest::ProgramRun run = mistctl({u"print"_s, u"test-page"_s, u"--config"_s,
            writeConfig(m_printer.uri()), u"--wait"_s, u"30"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("printed"));
        QVERIFY(m_printer.waitForDocuments(1));
        QFile sheet(m_printer.spoolFiles().constFirst());
        QVERIFY(sheet.open(QIODevice::ReadOnly));
        const QByteArray bytes = sheet.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.contains("Lutsk City Library"));
    }

    void theJobListShowsIt()
    {
        const MistTest::ProgramRun run = mistctl(
            {u"print"_s, u"list"_s, u"--all"_s, u"--json"_s, u"--printer"_s, m_printer.uri()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray jobs = QJsonDocument::fromJson(run.out).array();
        QVERIFY(!jobs.isEmpty());
        QCOMPARE(jobs.first()[u"state"_s].toString(), u"completed"_s);
    }

    void unknownCodesAreRefused()
    {
        const MistTest::ProgramRun release
            = mistctl({u"print"_s, u"release"_s, u"4821"_s, u"--printer"_s, m_printer.uri()});
        QCOMPARE(release.exitCode, 1);
        QVERIFY(release.err.contains("no held job"));
        const MistTest::ProgramRun cancel
            = mistctl({u"print"_s, u"cancel"_s, u"987654"_s, u"--printer"_s, m_printer.uri()});
        QCOMPARE(cancel.exitCode, 1);
        QCOMPARE(mistctl({u"print"_s, u"release"_s, u"--printer"_s, m_printer.uri()}).exitCode, 2);
    }

    void statusShowsThePrinter()
    {
        const MistTest::ProgramRun run
            = mistctl({u"status"_s, u"--json"_s, u"--config"_s, writeConfig(m_printer.uri())});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject printing
            = QJsonDocument::fromJson(run.out).object()[u"printing"_s].toObject();
        QVERIFY(printing[u"answers"_s].toBool());
        QCOMPARE(printing[u"problem"_s].toString(), u"none"_s);
        QCOMPARE(printing[u"pageLimit"_s].toInt(), 12);
        const MistTest::ProgramRun text
            = mistctl({u"status"_s, u"--config"_s, writeConfig(m_printer.uri())});
        QVERIFY(text.out.contains("printer:         ipp://127.0.0.1"));
        QVERIFY(text.out.contains("answers (ready)"));
    }

    void statusSaysWhenThePrinterIsGone()
    {
        m_printer.stopPrinter();
        const MistTest::ProgramRun run
            = mistctl({u"status"_s, u"--config"_s, writeConfig(m_printer.uri())});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("does NOT answer"));
        const MistTest::ProgramRun page
            = mistctl({u"print"_s, u"test-page"_s, u"--printer"_s, m_printer.uri()});
        QCOMPARE(page.exitCode, 1);
        QVERIFY(page.err.contains("unreachable"));
        const MistTest::ProgramRun off
            = mistctl({u"status"_s, u"--config"_s, writeConfig(u"none"_s)});
        QVERIFY(off.out.contains("printer:         off"));
    }
};

QTEST_GUILESS_MAIN(TestMistctlPrint)
#include "tst_mistctl_print.moc"
