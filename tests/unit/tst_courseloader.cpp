// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// CourseLoader and the self-check: the fixture course (tests/data/course) loads with its broken
// lesson skipped and named by file and line, a library folder adds a module, a regional folder
// replaces the bundled course, invalid files and illustrations are refused with file:line, the
// illustration colours map to the theme, answers are scored. Then the real bundled course
// (compiled in under :/course) is checked the same way: every lesson in uk and en, every
// linked service in the bundled directory, every linked guide among the bundled guides.

#include "core/clock.h"
#include "course/courselibrary.h"
#include "course/courseloader.h"
#include "course/courseprogress.h"
#include "course/selfcheck.h"
#include "directory/bundleddirectory.h"
#include "learning/guidelibrary.h"
#include "session/sessioncontroller.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace Mist;

namespace {

const QString dataDir = MistTest::dataFile(QStringLiteral("course"));

bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    const QDir source(from);
    for (const QString &name : source.entryList(QDir::Files)) {
        if (!QFile::copy(from + u'/' + name, to + u'/' + name))
            return false;
    }
    for (const QString &name : source.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!copyTree(from + u'/' + name, to + u'/' + name))
            return false;
    }
    return true;
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

QString diagnosticsText(const CourseLoader::Result &result)
{
    return result.diagnosticLines().join(u'\n');
}

} // namespace

class TestCourseLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsFixtureAndSkipsBrokenLesson()
    {
        const CourseLoader::Result result
            = CourseLoader::loadFolder(dataDir + u"/bundled"_s, u"bundled"_s);
        QVERIFY(result.courseFileValid);
        QCOMPARE(result.course.id, u"fixture-course"_s);
        QCOMPARE(result.course.tracks.size(), size_t(2));
        QCOMPARE(result.course.modules.size(), size_t(2));
        const CourseModule *alpha = result.course.module(u"alpha-basics"_s);
        QVERIFY(alpha);
        // The broken lesson is gone; the two around it stay, in order.
        QCOMPARE(alpha->lessons.size(), size_t(2));
        QCOMPARE(alpha->lessons[0].id, u"first-steps"_s);
        QCOMPARE(alpha->lessons[1].id, u"second-steps"_s);
        QCOMPARE(alpha->check.size(), size_t(3));
        QCOMPARE(alpha->lessons[0].blocks.size(), size_t(3));
        QCOMPARE(alpha->lessons[0].blocks[1].items.size(), size_t(2));
        QCOMPARE(alpha->lessons[0].services, QStringList {u"diia"_s});
        QCOMPARE(result.course.trackOf(u"council-data"_s), u"councils"_s);
        // One problem, naming the file and the line where the comma is missing.
        QCOMPARE(result.diagnostics.size(), size_t(1));
        const CourseDiagnostic &problem = result.diagnostics.front();
        QCOMPARE(problem.file, u"modules/alpha-basics/broken-lesson.json"_s);
        QCOMPARE(problem.line, 6);
        QVERIFY2(problem.toString().startsWith(
                     u"modules/alpha-basics/broken-lesson.json:6: not valid JSON"_s),
            qPrintable(problem.toString()));
    }

    void brokenCourseFileNamesLine()
    {
        const CourseLoader::Result result
            = CourseLoader::loadFolder(dataDir + u"/invalid"_s, u"regional"_s);
        QVERIFY(!result.courseFileValid);
        QVERIFY(result.course.isEmpty());
        QCOMPARE(result.diagnostics.size(), size_t(1));
        QCOMPARE(result.diagnostics.front().file, u"course.json"_s);
        QCOMPARE(result.diagnostics.front().line, 4);
    }

    void structuralErrorsNameFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        // Edits of modules/council-data/formats.json (a lesson) or module.json.
        QTest::newRow("lesson without English title")
            << QByteArray(R"("en": "Formats")") << QByteArray(R"("en": "")") << u"formats.json"_s
            << 4 << u"\"title\" needs both"_s;
        QTest::newRow("unknown block type")
            << QByteArray(R"("type": "tip")") << QByteArray(R"("type": "poem")")
            << u"formats.json"_s << 31 << u"unknown \"type\""_s;
        QTest::newRow("missing illustration")
            << QByteArray(R"("data.svg")") << QByteArray(R"("nothing.svg")") << u"formats.json"_s
            << 8 << u"illustrations/nothing.svg not found"_s;
        QTest::newRow("wrong format")
            << QByteArray(R"("format": 1)") << QByteArray(R"("format": 2)") << u"formats.json"_s
            << 2 << u"unsupported \"format\""_s;
    }
    void structuralErrorsNameFileAndLine()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QVERIFY(copyTree(dataDir + u"/bundled"_s, dir.path()));
        const QString path = dir.path() + u"/modules/council-data/"_s + file;
        QFile in(path);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray content = in.readAll();
        in.close();
        QVERIFY(content.contains(from));
        content.replace(content.indexOf(from), from.size(), to);
        writeFile(path, content);

        const CourseLoader::Result result = CourseLoader::loadFolder(dir.path(), u"bundled"_s);
        const QString text = diagnosticsText(result);
        QVERIFY2(
            text.contains(u"modules/council-data/%1:%2: "_s.arg(file).arg(line)), qPrintable(text));
        QVERIFY2(text.contains(message), qPrintable(text));
        // The rest of the course still loads.
        QVERIFY(result.course.module(u"alpha-basics"_s));
    }

    // Found by fuzz_course: "$" in a pattern also matches before a final line break, so a module
    // id ending in one was taken, and its diagnostic printed as two log lines.
    void idsEndingInALineBreakAreRefused()
    {
        QVERIFY(CourseLoader::isValidId(u"council-prozorro"));
        QVERIFY(!CourseLoader::isValidId(u"council-prozorro\n"));
        QVERIFY(!CourseLoader::isValidId(u"council\nprozorro"));

        QTemporaryDir dir;
        QVERIFY(copyTree(dataDir + u"/bundled"_s, dir.path()));
        const QString path = dir.path() + u"/course.json"_s;
        QFile in(path);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray content = in.readAll();
        in.close();
        const QByteArray from = R"("council-data")";
        QVERIFY(content.contains(from));
        content.replace(content.indexOf(from), from.size(), R"("council-data\n")");
        writeFile(path, content);

        const CourseLoader::Result result = CourseLoader::loadFolder(dir.path(), u"bundled"_s);
        for (const QString &line : result.diagnosticLines())
            QVERIFY2(!line.contains(u'\n'), qPrintable(line));
        QVERIFY2(diagnosticsText(result).contains(u"course.json:"_s),
            qPrintable(diagnosticsText(result)));
    }

    // Found by fuzz_course: a diagnostic that quotes the file (here an unknown language key with
    // a line break in it) is still one line.
    void aQuotedKeyWithALineBreakStaysOnOneLine()
    {
        QTemporaryDir dir;
        QVERIFY(copyTree(dataDir + u"/bundled"_s, dir.path()));
        const QString path = dir.path() + u"/course.json"_s;
        QFile in(path);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray content = in.readAll();
        in.close();
        const QByteArray from = R"("en":)";
        QVERIFY(content.contains(from));
        content.replace(content.indexOf(from), from.size(), R"("  \nen":)");
        writeFile(path, content);

        const CourseLoader::Result result = CourseLoader::loadFolder(dir.path(), u"bundled"_s);
        const QString text = diagnosticsText(result);
        QVERIFY2(text.contains(u"unknown language \"  \\u000aen\""_s), qPrintable(text));
        for (const QString &line : result.diagnosticLines())
            QVERIFY2(!line.contains(u'\n'), qPrintable(line));
    }

    void singleQuestionNeedsExactlyOneCorrect()
    {
        QTemporaryDir dir;
        QVERIFY(copyTree(dataDir + u"/bundled"_s, dir.path()));
        const QString path = dir.path() + u"/modules/council-data/module.json"_s;
        QFile in(path);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray content = in.readAll();
        in.close();
        // q3 is single with "c" correct: make "a" correct too.
        const qsizetype q3 = content.indexOf(R"("id": "q3")");
        QVERIFY(q3 > 0);
        const qsizetype firstFalse = content.indexOf(R"("correct": false)", q3);
        content.replace(firstFalse, 16, R"("correct": true )");
        writeFile(path, content);
        const CourseLoader::Result result = CourseLoader::loadFolder(dir.path(), u"bundled"_s);
        QVERIFY(!result.course.module(u"council-data"_s));
        QVERIFY2(diagnosticsText(result).contains(u"question q3 is \"single\" but has 2 correct"_s),
            qPrintable(diagnosticsText(result)));
    }

    void illustrationRules_data()
    {
        QTest::addColumn<QByteArray>("svg");
        QTest::addColumn<bool>("ok");
        const QByteArray head = R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 480 320">)";
        QTest::newRow("five colours") << head
                + R"(<rect fill="#0057B7" stroke="#1a1a1a"/><path style="fill:#dce6f2;stroke:none"/></svg>)"
                                      << true;
        QTest::newRow("internal reference")
            << head + R"svg(<use href="#a"/><rect fill="url(#g)"/></svg>)svg" << true;
        QTest::newRow("other colour") << head + R"(<rect fill="#ff0000"/></svg>)" << false;
        QTest::newRow("named colour") << head + R"(<rect style="fill: red"/></svg>)" << false;
        QTest::newRow("script") << head + R"(<script>alert(1)</script></svg>)" << false;
        QTest::newRow("foreignObject") << head + R"(<foreignObject/></svg>)" << false;
        QTest::newRow("external href") << head + R"(<use href="http://x/a.svg#b"/></svg>)" << false;
        QTest::newRow("raster image") << head + R"(<image href="#x"/></svg>)" << false;
        QTest::newRow("not svg") << QByteArray("hello") << false;
    }
    void illustrationRules()
    {
        QFETCH(QByteArray, svg);
        QFETCH(bool, ok);
        const auto problem = CourseLoader::checkIllustration(svg);
        QCOMPARE(!problem.has_value(), ok);
    }

    void recolourMapsThemeColours()
    {
        const QByteArray svg
            = R"(<svg><rect fill="#1A1A1A"/><rect fill="#ffffff"/><rect fill="#0057b7"/></svg>)";
        // High contrast: ink and paper swap; a swap must not be applied twice.
        const QByteArray out = CourseLoader::recolour(svg,
            {{u"ink"_s, u"#ffffff"_s}, {u"paper"_s, u"#000000"_s}, {u"accent"_s, u"#ffff00"_s}});
        QCOMPARE(out,
            QByteArray(
                R"(<svg><rect fill="#ffffff"/><rect fill="#000000"/><rect fill="#ffff00"/></svg>)"));
    }

    void libraryFolderAddsModule()
    {
        const CourseLoader::Result result
            = CourseLoader::loadKiosk(dataDir + u"/bundled"_s, dataDir + u"/library"_s);
        QCOMPARE(result.course.modules.size(), size_t(3));
        const CourseModule *wifi = result.course.module(u"library-wifi"_s);
        QVERIFY(wifi);
        QCOMPARE(wifi->origin, u"library"_s);
        // Without a course.json of its own, it joins the first track.
        QCOMPARE(result.course.trackOf(u"library-wifi"_s), u"citizens"_s);
        QCOMPARE(result.course.tracks.front().modules,
            QStringList({u"alpha-basics"_s, u"library-wifi"_s}));
        QCOMPARE(result.source, u"bundled"_s);
    }

    void libraryFolderWithoutBundledCourse()
    {
        QTemporaryDir empty;
        const CourseLoader::Result result
            = CourseLoader::loadKiosk(empty.path(), dataDir + u"/library"_s);
        QCOMPARE(result.course.modules.size(), size_t(1));
        QCOMPARE(result.course.trackOf(u"library-wifi"_s), u"library"_s);
        // No folders at all: an empty course, no crash.
        const CourseLoader::Result nothing = CourseLoader::loadKiosk(empty.path(), {});
        QVERIFY(nothing.course.isEmpty());
        QCOMPARE(nothing.source, u"none"_s);
    }

    void regionalFolderReplacesBundled()
    {
        const CourseLoader::Result result
            = CourseLoader::loadKiosk(dataDir + u"/bundled"_s, dataDir + u"/regional"_s);
        QCOMPARE(result.source, u"regional"_s);
        QCOMPARE(result.course.id, u"volyn-course"_s);
        QCOMPARE(result.course.modules.size(), size_t(1));
        QVERIFY(result.course.module(u"volyn-intro"_s));
        QVERIFY(!result.course.module(u"alpha-basics"_s));
    }

    void brokenRegionalCourseKeepsBundled()
    {
        QTemporaryDir dir;
        writeFile(dir.path() + u"/course.json"_s,
            R"({"format": 1, "id": "x", "replaces": "bundled", "title": {"uk": "Х", "en": "X"}, "tracks": [{"id": "citizens", "title": {"uk": "аа", "en": "aa"}, "summary": {"uk": "аа", "en": "aa"}, "modules": ["missing"]}]})");
        const CourseLoader::Result result
            = CourseLoader::loadKiosk(dataDir + u"/bundled"_s, dir.path());
        QCOMPARE(result.course.id, u"fixture-course"_s);
        QCOMPARE(result.course.modules.size(), size_t(2));
    }

    void selfCheckScoring()
    {
        const CourseLoader::Result result
            = CourseLoader::loadFolder(dataDir + u"/bundled"_s, u"bundled"_s);
        const CourseModule *alpha = result.course.module(u"alpha-basics"_s);
        QVERIFY(alpha);
        const CourseQuestion *single = alpha->question(u"q1"_s);
        const CourseQuestion *multiple = alpha->question(u"q2"_s);
        QVERIFY(single && multiple);

        QVERIFY(scoreAnswer(*single, {u"a"_s}).correct);
        SelfCheckResult wrong = scoreAnswer(*single, {u"b"_s});
        QVERIFY(wrong.valid);
        QVERIFY(!wrong.correct);
        QCOMPARE(wrong.wrongChosen, QStringList {u"b"_s});
        QCOMPARE(wrong.missed, QStringList {u"a"_s});
        QVERIFY(!scoreAnswer(*single, {u"a"_s, u"b"_s}).valid); // two answers to a single question
        QVERIFY(!scoreAnswer(*single, {}).valid);
        QVERIFY(!scoreAnswer(*single, {u"z"_s}).valid);

        QVERIFY(scoreAnswer(*multiple, {u"c"_s, u"b"_s}).correct);
        const SelfCheckResult partial = scoreAnswer(*multiple, {u"b"_s});
        QVERIFY(partial.valid && !partial.correct);
        QCOMPARE(partial.missed, QStringList {u"c"_s});
        QVERIFY(!scoreAnswer(*multiple, {u"a"_s, u"b"_s, u"c"_s}).correct);
        QCOMPARE(scoreAnswer(*multiple, {u"b"_s}).correctOptions, QStringList({u"b"_s, u"c"_s}));
    }

    void libraryForQml()
    {
        CourseLibrary library;
        library.load(dataDir + u"/bundled"_s, {});
        QVERIFY(library.available());
        const QVariantList tracks = library.tracks(u"en"_s);
        QCOMPARE(tracks.size(), 2);
        QCOMPARE(tracks[0].toMap().value(u"title"_s).toString(), u"For citizens"_s);
        const QVariantMap lesson = library.lesson(u"alpha-basics"_s, u"first-steps"_s, u"uk"_s);
        QCOMPARE(lesson.value(u"title"_s).toString(), u"Перші кроки"_s);
        QCOMPARE(lesson.value(u"nextLessonId"_s).toString(), u"second-steps"_s);
        QCOMPARE(lesson.value(u"count"_s).toInt(), 2);
        const QVariantMap answer = library.answer(u"alpha-basics"_s, u"q1"_s, {u"b"_s}, u"en"_s);
        QCOMPARE(answer.value(u"correct"_s).toBool(), false);
        QCOMPARE(answer.value(u"explanation"_s).toString(), u"Because the lesson says so."_s);
        const QString art = library.illustration(u"alpha-basics"_s, u"first-steps"_s,
            {{u"ink"_s, u"#ffffff"_s}, {u"paper"_s, u"#000000"_s}});
        QVERIFY(art.startsWith(u"data:image/svg+xml;base64,"_s));
        const QByteArray svg = QByteArray::fromBase64(art.mid(art.indexOf(u',') + 1).toLatin1());
        QVERIFY(svg.contains("stroke=\"#ffffff\""));
        QVERIFY(!svg.contains("#1a1a1a"));
        QCOMPARE(library.publicLessonUrl(u"a"_s, u"b"_s), QString());
        library.setPublicUrl(u"https://course.example/egov/"_s);
        QCOMPARE(library.publicLessonUrl(u"alpha-basics"_s, u"first-steps"_s),
            u"https://course.example/egov/alpha-basics/first-steps"_s);
    }

    void progressIsErasedAtSessionEnd()
    {
        CourseProgress progress(nullptr);
        progress.setTrack(u"citizens"_s);
        progress.lessonSeen(u"m"_s, u"a"_s);
        progress.lessonSeen(u"m"_s, u"a"_s);
        progress.lessonSeen(u"m"_s, u"b"_s);
        progress.answered(u"m"_s, u"q1"_s, true);
        progress.answered(u"m"_s, u"q1"_s, false); // the first answer counts
        progress.answered(u"m"_s, u"q2"_s, false);
        QCOMPARE(progress.lessonsSeen(u"m"_s), 2);
        QCOMPARE(progress.answeredCount(u"m"_s), 2);
        QCOMPARE(progress.correctCount(u"m"_s), 1);
        progress.clear();
        QVERIFY(progress.isEmpty());
        QCOMPARE(progress.lessonsSeen(u"m"_s), 0);
        QCOMPARE(progress.track(), QString());
    }

    // Through a real SessionController: the session ends (walked away, or "Finish") and the
    // progress is gone; a new session starts empty.
    void progressGoesWithARealSession()
    {
        ManualClock clock;
        SessionController session(&clock, 90s, 30s);
        CourseProgress progress(&session);
        session.start();
        progress.setTrack(u"councils"_s);
        progress.lessonSeen(u"m"_s, u"a"_s);
        progress.answered(u"m"_s, u"q1"_s, true);
        progress.moduleFinished(u"m"_s);
        QVERIFY(!progress.isEmpty());
        clock.advance(90'000);
        QVERIFY(session.isWarningActive());
        QVERIFY(!progress.isEmpty()); // the warning alone erases nothing
        clock.advance(30'000);
        QVERIFY(!session.isActive());
        QVERIFY(progress.isEmpty());
        QCOMPARE(progress.track(), QString());
        QVERIFY(!progress.isModuleFinished(u"m"_s));

        session.start();
        progress.lessonSeen(u"m"_s, u"b"_s);
        session.finish();
        QCOMPARE(progress.lessonsSeen(u"m"_s), 0);
    }

    // The content contract, on the fixture and on the compiled-in course.
    void everyLessonBilingualAndLinksExist_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::newRow("fixture") << dataDir + u"/bundled"_s;
        QTest::newRow("fixture regional") << dataDir + u"/regional"_s;
        QTest::newRow("compiled-in course") << CourseLoader::bundledDir.toString();
    }
    void everyLessonBilingualAndLinksExist()
    {
        QFETCH(QString, folder);
        if (!QFile::exists(folder + u"/course.json"_s))
            QSKIP("no bundled course in this build yet (services/course/bundled is empty)");
        const CourseLoader::Result result = CourseLoader::loadFolder(folder, u"bundled"_s);
        QVERIFY(result.courseFileValid);
        QVERIFY(!result.course.isEmpty());
        if (!folder.startsWith(dataDir))
            QVERIFY2(result.diagnostics.empty(), qPrintable(diagnosticsText(result)));
        QSet<QString> services;
        for (const PortalEntry &entry : BundledDirectory::load().feed.entries)
            services.insert(entry.id);
        QVERIFY(services.size() > 10);
        const GuideLibrary guides({});
        for (const CourseModule &module : result.course.modules) {
            QVERIFY2(
                !module.title.uk.isEmpty() && !module.title.en.isEmpty(), qPrintable(module.id));
            for (const QString &id : module.nextServices)
                QVERIFY2(
                    services.contains(id), qPrintable(module.id + u": unknown service "_s + id));
            for (const QString &id : module.nextGuides)
                QVERIFY2(guides.find(id), qPrintable(module.id + u": unknown guide "_s + id));
            for (const CourseLesson &lesson : module.lessons) {
                const QString where = module.id + u'/' + lesson.id;
                QVERIFY2(
                    !lesson.title.uk.isEmpty() && !lesson.title.en.isEmpty(), qPrintable(where));
                for (const CourseBlock &block : lesson.blocks) {
                    if (block.type == "steps"_L1) {
                        for (const LocalizedText &item : block.items)
                            QVERIFY2(!item.uk.isEmpty() && !item.en.isEmpty(), qPrintable(where));
                    } else {
                        QVERIFY2(!block.text.uk.isEmpty() && !block.text.en.isEmpty(),
                            qPrintable(where));
                        QVERIFY2(
                            block.text.uk != block.text.en, qPrintable(where + u": uk = en"_s));
                    }
                }
                for (const QString &id : lesson.services)
                    QVERIFY2(
                        services.contains(id), qPrintable(where + u": unknown service "_s + id));
                for (const QString &id : lesson.guides)
                    QVERIFY2(guides.find(id), qPrintable(where + u": unknown guide "_s + id));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCourseLoader)
#include "tst_courseloader.moc"
