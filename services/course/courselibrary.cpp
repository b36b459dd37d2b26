// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "courselibrary.h"

#include "selfcheck.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

QVariantList texts(const std::vector<LocalizedText> &list, const QString &language)
{
    QVariantList result;
    for (const LocalizedText &text : list)
        result << text.forLanguage(language);
    return result;
}

} // namespace

CourseLibrary::CourseLibrary(QObject *parent)
    : QObject(parent)
{ }

void CourseLibrary::load(const QString &bundledDir, const QString &libraryDir)
{
    setCourse(CourseLoader::loadKiosk(bundledDir, libraryDir).course);
}

void CourseLibrary::setCourse(Course course)
{
    if (course == m_course)
        return;
    m_course = std::move(course);
    Q_EMIT courseChanged();
}

QVariantList CourseLibrary::tracks(const QString &language) const
{
    QVariantList result;
    for (const CourseTrack &track : m_course.tracks) {
        QVariantList modules;
        for (const QString &moduleId : track.modules) {
            const CourseModule *module = m_course.module(moduleId);
            if (!module)
                continue;
            modules << QVariantMap {
                {u"moduleId"_s, module->id},
                {u"title"_s, module->title.forLanguage(language)},
                {u"summary"_s, module->summary.forLanguage(language)},
                {u"lessonCount"_s, int(module->lessons.size())},
                {u"questionCount"_s, int(module->check.size())},
            };
        }
        if (modules.isEmpty())
            continue;
        result << QVariantMap {
            {u"trackId"_s, track.id},
            {u"title"_s, track.title.forLanguage(language)},
            {u"summary"_s, track.summary.forLanguage(language)},
            {u"modules"_s, modules},
        };
    }
    return result;
}

QVariantMap CourseLibrary::module(const QString &moduleId, const QString &language) const
{
    const CourseModule *module = m_course.module(moduleId);
    if (!module)
        return {};
    QVariantList lessons;
    for (const CourseLesson &lesson : module->lessons)
        lessons << QVariantMap {
            {u"lessonId"_s, lesson.id}, {u"title"_s, lesson.title.forLanguage(language)}};
    QStringList questions;
    for (const CourseQuestion &question : module->check)
        questions << question.id;
    return {
        {u"moduleId"_s, module->id},
        {u"trackId"_s, m_course.trackOf(module->id)},
        {u"title"_s, module->title.forLanguage(language)},
        {u"summary"_s, module->summary.forLanguage(language)},
        {u"lessons"_s, lessons},
        {u"questions"_s, questions},
        {u"learned"_s, texts(module->learned, language)},
        {u"nextGuides"_s, module->nextGuides},
        {u"nextServices"_s, module->nextServices},
    };
}

QVariantMap CourseLibrary::lesson(
    const QString &moduleId, const QString &lessonId, const QString &language) const
{
    const CourseModule *module = m_course.module(moduleId);
    if (!module)
        return {};
    for (size_t i = 0; i < module->lessons.size(); ++i) {
        const CourseLesson &lesson = module->lessons[i];
        if (lesson.id != lessonId)
            continue;
        QVariantList blocks;
        for (const CourseBlock &block : lesson.blocks) {
            blocks << QVariantMap {
                {u"type"_s, block.type},
                {u"text"_s, block.text.forLanguage(language)},
                {u"items"_s, texts(block.items, language)},
            };
        }
        return {
            {u"moduleId"_s, module->id},
            {u"lessonId"_s, lesson.id},
            {u"title"_s, lesson.title.forLanguage(language)},
            {u"blocks"_s, blocks},
            {u"services"_s, lesson.services},
            {u"guides"_s, lesson.guides},
            {u"index"_s, int(i)},
            {u"count"_s, int(module->lessons.size())},
            {u"previousLessonId"_s, i > 0 ? module->lessons[i - 1].id : QString()},
            {u"nextLessonId"_s,
                i + 1 < module->lessons.size() ? module->lessons[i + 1].id : QString()},
        };
    }
    return {};
}

QVariantMap CourseLibrary::question(
    const QString &moduleId, const QString &questionId, const QString &language) const
{
    const CourseModule *module = m_course.module(moduleId);
    if (!module)
        return {};
    for (size_t i = 0; i < module->check.size(); ++i) {
        const CourseQuestion &question = module->check[i];
        if (question.id != questionId)
            continue;
        QVariantList options;
        for (const CourseOption &option : question.options)
            options << QVariantMap {
                {u"optionId"_s, option.id}, {u"text"_s, option.text.forLanguage(language)}};
        return {
            {u"moduleId"_s, module->id},
            {u"questionId"_s, question.id},
            {u"kind"_s,
                question.kind == CourseQuestion::Kind::Single ? u"single"_s : u"multiple"_s},
            {u"question"_s, question.question.forLanguage(language)},
            {u"options"_s, options},
            {u"index"_s, int(i)},
            {u"count"_s, int(module->check.size())},
            {u"previousQuestionId"_s, i > 0 ? module->check[i - 1].id : QString()},
            {u"nextQuestionId"_s,
                i + 1 < module->check.size() ? module->check[i + 1].id : QString()},
        };
    }
    return {};
}

QVariantMap CourseLibrary::answer(const QString &moduleId, const QString &questionId,
    const QStringList &chosen, const QString &language) const
{
    const CourseModule *module = m_course.module(moduleId);
    const CourseQuestion *question = module ? module->question(questionId) : nullptr;
    if (!question)
        return {};
    const SelfCheckResult result = scoreAnswer(*question, chosen);
    return {
        {u"valid"_s, result.valid},
        {u"correct"_s, result.correct},
        {u"correctOptions"_s, result.correctOptions},
        {u"wrongChosen"_s, result.wrongChosen},
        {u"missed"_s, result.missed},
        {u"explanation"_s, question->explanation.forLanguage(language)},
    };
}

QString CourseLibrary::illustration(
    const QString &moduleId, const QString &lessonId, const QVariantMap &colours) const
{
    const CourseModule *module = m_course.module(moduleId);
    const CourseLesson *lesson = module ? module->lesson(lessonId) : nullptr;
    if (!lesson)
        return {};
    QFile file(lesson->illustrationPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QHash<QString, QString> map;
    for (auto it = colours.cbegin(); it != colours.cend(); ++it) {
        // QML colours arrive as QColor variants; their string form is #rrggbb.
        const QString value = it.value().toString();
        if (value.startsWith(u'#') && value.size() == 9) // #aarrggbb
            map.insert(it.key(), u'#' + value.right(6));
        else if (value.startsWith(u'#'))
            map.insert(it.key(), value.left(7));
    }
    const QByteArray svg = CourseLoader::recolour(file.readAll(), map);
    return u"data:image/svg+xml;base64,"_s + QString::fromLatin1(svg.toBase64());
}

QString CourseLibrary::publicLessonUrl(const QString &moduleId, const QString &lessonId) const
{
    if (m_publicUrl.isEmpty() || moduleId.isEmpty() || lessonId.isEmpty())
        return {};
    QString base = m_publicUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    return base + u'/' + moduleId + u'/' + lessonId;
}

} // namespace Mist
