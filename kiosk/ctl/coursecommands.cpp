// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// mistctl course check DIR: validates a course folder exactly as the kiosk loads it
// (CourseLoader), one "file:line: problem" per line, exit status 1 if there is any problem.
// mistctl course list [DIR]: the modules, lessons and questions the kiosk would show (the
// bundled course plus [learning] course_dir, or DIR alone); --json prints an array of modules.

#include "ctlcommand.h"

#include "course/courseloader.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

QJsonObject textJson(const LocalizedText &text)
{
    return {{u"uk"_s, text.uk}, {u"en"_s, text.en}};
}

int check(CtlInvocation &invocation)
{
    if (!invocation.parse(u"DIR"_s))
        return CtlInvocation::exitUsage;
    if (invocation.positional().size() != 1) {
        invocation.printError(u"give one course folder"_s);
        return CtlInvocation::exitUsage;
    }
    const QString dir = invocation.positional().constFirst();
    if (!QFileInfo(dir).isDir()) {
        invocation.printError(u"%1 is not a folder"_s.arg(dir));
        return CtlInvocation::exitUsage;
    }
    // A folder with a course.json is a whole course; one with only modules/ is a library's.
    CourseLoader::Result result;
    if (QFileInfo::exists(dir + u"/course.json"_s)) {
        result = CourseLoader::loadFolder(dir, u"checked"_s);
    } else {
        result.source = u"library"_s;
        CourseLoader::addLibraryModules(result, dir);
    }
    int lessons = 0;
    int questions = 0;
    for (const CourseModule &module : result.course.modules) {
        lessons += int(module.lessons.size());
        questions += int(module.check.size());
    }
    const bool ok = result.diagnostics.empty() && !result.course.isEmpty();
    if (invocation.json()) {
        QJsonArray problems;
        for (const CourseDiagnostic &diagnostic : result.diagnostics)
            problems.append(QJsonObject {{u"file"_s, diagnostic.file}, {u"line"_s, diagnostic.line},
                {u"message"_s, diagnostic.message}});
        CtlInvocation::printJson(
            QJsonObject {{u"ok"_s, ok}, {u"modules"_s, int(result.course.modules.size())},
                {u"lessons"_s, lessons}, {u"questions"_s, questions}, {u"problems"_s, problems}});
    } else {
        for (const QString &line : result.diagnosticLines())
            std::fprintf(stderr, "%s\n", qPrintable(line));
        if (result.course.isEmpty() && result.diagnostics.empty())
            std::fprintf(stderr, "%s: no module found\n", qPrintable(dir));
        std::printf("%s: %d modules, %d lessons, %d questions loaded; %d problems\n",
            qPrintable(dir), int(result.course.modules.size()), lessons, questions,
            int(result.diagnostics.size()));
    }
    return ok ? CtlInvocation::exitOk : CtlInvocation::exitFailure;
}

int list(CtlInvocation &invocation)
{
    if (!invocation.parse(u"[DIR]"_s))
        return CtlInvocation::exitUsage;
    CourseLoader::Result result;
    if (!invocation.positional().isEmpty()) {
        result = CourseLoader::loadFolder(invocation.positional().constFirst(), u"checked"_s);
    } else {
        const KioskConfig config = invocation.config();
        result = CourseLoader::loadKiosk(
            CourseLoader::bundledDir.toString(), config.learning.coursePath(invocation.dataDir()));
    }
    const Course &course = result.course;
    if (invocation.json()) {
        QJsonArray modules;
        for (const CourseModule &module : course.modules) {
            QJsonArray lessons;
            for (const CourseLesson &lesson : module.lessons)
                lessons.append(
                    QJsonObject {{u"id"_s, lesson.id}, {u"title"_s, textJson(lesson.title)}});
            QJsonArray questions;
            for (const CourseQuestion &question : module.check)
                questions.append(QJsonObject {{u"id"_s, question.id},
                    {u"kind"_s,
                        question.kind == CourseQuestion::Kind::Single ? u"single"_s
                                                                      : u"multiple"_s},
                    {u"question"_s, textJson(question.question)}});
            // The issue asks for questions per lesson; the format has them per module, so each
            // module carries them, and each lesson lists the module's question ids too.
            QJsonArray questionIds;
            for (const CourseQuestion &question : module.check)
                questionIds.append(question.id);
            for (qsizetype i = 0; i < lessons.size(); ++i) {
                QJsonObject lesson = lessons.at(i).toObject();
                lesson.insert(u"questions"_s, questionIds);
                lessons.replace(i, lesson);
            }
            modules.append(QJsonObject {{u"id"_s, module.id}, {u"title"_s, textJson(module.title)},
                {u"track"_s, course.trackOf(module.id)}, {u"origin"_s, module.origin},
                {u"lessons"_s, lessons}, {u"questions"_s, questions}});
        }
        CtlInvocation::printJson(modules);
        return CtlInvocation::exitOk;
    }
    if (course.isEmpty()) {
        std::printf("No course: the bundled folder is empty and no course folder was found.\n");
        return CtlInvocation::exitOk;
    }
    std::printf("%s (%s)\n", qPrintable(course.title.en), qPrintable(result.source));
    for (const CourseTrack &track : course.tracks) {
        std::printf("\n[%s] %s\n", qPrintable(track.id), qPrintable(track.title.en));
        for (const QString &moduleId : track.modules) {
            const CourseModule *module = course.module(moduleId);
            if (!module)
                continue;
            std::printf("  %s  %s\n", qPrintable(module->id), qPrintable(module->title.en));
            for (const CourseLesson &lesson : module->lessons)
                std::printf(
                    "    lesson %s  %s\n", qPrintable(lesson.id), qPrintable(lesson.title.en));
            for (const CourseQuestion &question : module->check)
                std::printf("    question %s  %s\n", qPrintable(question.id),
                    qPrintable(question.question.en));
        }
    }
    if (!result.diagnostics.empty())
        std::printf("\n%d problems (mistctl course check DIR shows them)\n",
            int(result.diagnostics.size()));
    return CtlInvocation::exitOk;
}

} // namespace

std::vector<CtlCommand> courseCommands()
{
    return {
        {u"course check"_s, u"validate a course folder as the kiosk loads it (file:line errors)"_s,
            check},
        {u"course list"_s, u"the course's modules, lessons and questions (--json)"_s, list},
    };
}

} // namespace Mist
