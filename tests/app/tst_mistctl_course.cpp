// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// mistctl course check and course list on the fixture course (tests/data/course), run as a
// regional admin would: problems as file:line with a non-zero exit status, the JSON list.

#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = MistTest::ProgramRun;

Run mistctl(const QStringList &arguments)
{
    return MistTest::runProgram(QStringLiteral(MISTCTL_PATH), arguments);
}

const QString data = QStringLiteral(MIST_TEST_DATA_DIR "/course");

} // namespace

class TestMistctlCourse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checkReportsFileAndLine()
    {
        const Run run = mistctl({u"course"_s, u"check"_s, data + u"/bundled"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("modules/alpha-basics/broken-lesson.json:6: not valid JSON"),
            run.err.constData());
        QVERIFY2(run.out.contains("2 modules, 4 lessons, 6 questions loaded; 1 problems"),
            run.out.constData());
        const Run invalid = mistctl({u"course"_s, u"check"_s, data + u"/invalid"_s});
        QCOMPARE(invalid.exitCode, 1);
        QVERIFY2(invalid.err.contains("course.json:4: not valid JSON"), invalid.err.constData());
    }

    void checkAcceptsGoodFolders()
    {
        const Run regional = mistctl({u"course"_s, u"check"_s, data + u"/regional"_s});
        QCOMPARE(regional.exitCode, 0);
        QVERIFY(regional.err.isEmpty());
        // A library folder of modules without a course.json.
        const Run library = mistctl({u"course"_s, u"check"_s, data + u"/library"_s});
        QVERIFY2(library.exitCode == 0, library.err.constData());
        const Run json = mistctl({u"course"_s, u"check"_s, u"--json"_s, data + u"/bundled"_s});
        const QJsonObject result = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(result.value(u"ok"_s).toBool(), false);
        QCOMPARE(
            result.value(u"problems"_s).toArray().at(0).toObject().value(u"line"_s).toInt(), 6);
        QCOMPARE(mistctl({u"course"_s, u"check"_s, data + u"/nothing-here"_s}).exitCode, 2);
    }

    void listJson()
    {
        const Run run = mistctl({u"course"_s, u"list"_s, u"--json"_s, data + u"/bundled"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray modules = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(modules.size(), 2);
        const QJsonObject alpha = modules.at(0).toObject();
        QCOMPARE(alpha.value(u"id"_s).toString(), u"alpha-basics"_s);
        QCOMPARE(alpha.value(u"title"_s).toObject().value(u"en"_s).toString(),
            u"What e-government is"_s);
        const QJsonArray lessons = alpha.value(u"lessons"_s).toArray();
        QCOMPARE(lessons.size(), 2);
        QCOMPARE(lessons.at(0).toObject().value(u"id"_s).toString(), u"first-steps"_s);
        QCOMPARE(lessons.at(0).toObject().value(u"questions"_s).toArray().size(), 3);
        QCOMPARE(alpha.value(u"questions"_s).toArray().size(), 3);
    }

    void listKioskCourseWithLibraryFolder()
    {
        // The kiosk's course: the compiled-in one (maybe none yet) plus the data dir's folder.
        QTemporaryDir dir;
        const QString courseDir = dir.path() + u"/learning/course"_s;
        QVERIFY(QDir().mkpath(courseDir));
        QVERIFY(QProcess::execute(u"cp"_s,
                    {u"-r"_s, data + u"/library/modules"_s, data + u"/library/illustrations"_s,
                        courseDir})
            == 0);
        const Run run = mistctl({u"course"_s, u"list"_s, u"--json"_s, u"--data-dir"_s, dir.path()});
        QCOMPARE(run.exitCode, 0);
        bool found = false;
        for (const QJsonValue &module : QJsonDocument::fromJson(run.out).array())
            found = found || module.toObject().value(u"id"_s).toString() == "library-wifi"_L1;
        QVERIFY2(found, run.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestMistctlCourse)
#include "tst_mistctl_course.moc"
