// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// mistctl as a librarian runs it: help, version, status in text and JSON, and wrong usage.

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMistctl : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    using Run = MistTest::ProgramRun;

    static Run mistctl(const QStringList &arguments)
    {
        return MistTest::runProgram(QStringLiteral(MISTCTL_PATH), arguments);
    }

private Q_SLOTS:
    void helpListsStatus()
    {
        const Run run = mistctl({u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("status"));
    }

    void groupHelpListsItsCommandsAndTheirHelp()
    {
        const Run run = mistctl({u"schedule"_s, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(
            run.out.startsWith("Usage: mistctl schedule COMMAND [options]"), run.out.constData());
        QVERIFY(run.out.contains("  schedule sync "));
        // Each command's own help, named as the user types it, not by the program's path.
        QVERIFY(run.out.contains("Usage: mistctl schedule list [options]"));
        QVERIFY(run.out.contains("Usage: mistctl schedule sync [options]"));
        QVERIFY(run.out.contains("--ca-bundle"));
        QCOMPARE(mistctl({u"portal"_s}).exitCode, 0);
        QCOMPARE(mistctl({u"nonsense"_s, u"--help"_s}).exitCode, 2);
    }

    void version()
    {
        const Run run = mistctl({u"--version"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(MIST_VERSION));
    }

    void statusAsJson()
    {
        const QString config = m_dir.filePath(u"mist.conf"_s);
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[library]\nname_uk=Луцька бібліотека\n[session]\nidle_timeout=abc\n");
        file.close();

        // --json after the command, --data-dir and --config before it: both work.
        const Run run = mistctl(
            {u"status"_s, u"--data-dir"_s, m_dir.path(), u"--config"_s, config, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject status = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(status[u"dataDir"_s].toString(), m_dir.path());
        QCOMPARE(status[u"libraryNameUk"_s].toString(), u"Луцька бібліотека"_s);
        QCOMPARE(status[u"idleTimeoutSeconds"_s].toInt(), 90);
        QCOMPARE(status[u"configProblems"_s].toArray().size(), 1);
        QCOMPARE(status[u"version"_s].toString(), QStringLiteral(MIST_VERSION));
    }

    void statusAsText()
    {
        const Run run = mistctl({u"status"_s, u"--data-dir"_s, m_dir.path()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("built-in defaults"));
    }

    // As git and systemctl: the options every command takes also work before the command.
    void globalOptionsBeforeTheCommand()
    {
        const QString config = m_dir.filePath(u"before.conf"_s);
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[library]\nname_uk=Ковельська бібліотека\n");
        file.close();

        const Run run = mistctl(
            {u"--data-dir"_s, m_dir.path(), u"--config="_s + config, u"--json"_s, u"status"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject status = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(status[u"dataDir"_s].toString(), m_dir.path());
        QCOMPARE(status[u"libraryNameUk"_s].toString(), u"Ковельська бібліотека"_s);

        // Without its value, or without a command, it is a usage error that names the option.
        Run missing = mistctl({u"--data-dir"_s});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("--data-dir"));
        missing = mistctl({u"--json"_s});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("--json"));
    }

    // A portal of a hromada needs its area; the error names the option, not the feed's field.
    void errorsNameTheOption()
    {
        const Run run = mistctl(
            {u"portal"_s, u"add"_s, u"--data-dir"_s, m_dir.path(), u"--name-uk"_s, u"Черга ЦНАП"_s,
                u"--description-uk"_s, u"Запис"_s, u"--url"_s, u"https://cnap.example.org/"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--area-uk is required for a hromada portal"), run.err);
        QVERIFY(!run.err.contains("scope.area"));

        // Any other check of the feed's rules speaks of the option too.
        const Run plain = mistctl({u"portal"_s, u"add"_s, u"--data-dir"_s, m_dir.path(),
            u"--name-uk"_s, u"Черга ЦНАП"_s, u"--description-uk"_s, u"Запис"_s, u"--area-uk"_s,
            u"Ковель"_s, u"--url"_s, u"http://cnap.example.org/"_s});
        QCOMPARE(plain.exitCode, 1);
        QVERIFY2(plain.err.contains("not added: --url is not https"), plain.err);
    }

    void wrongUsageExits2()
    {
        QCOMPARE(mistctl({}).exitCode, 2);
        QCOMPARE(mistctl({u"frobnicate"_s}).exitCode, 2);
        QCOMPARE(mistctl({u"status"_s, u"--no-such-option"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestMistctl)
#include "tst_mistctl.moc"
