// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "courseloader.h"

#include "core/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <utility>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

// A diagnostic quotes what the file says (an unknown key, a bad id): control characters and line
// separators in it are written as \uXXXX, so one problem is always one log line (found by
// fuzz_course: a language key "  \nen").
QString oneLine(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u < 0xa0) || u == 0x2028 || u == 0x2029)
            out += u"\\u%1"_s.arg(uint(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

} // namespace

QString CourseDiagnostic::toString() const
{
    if (line > 0)
        return oneLine(u"%1:%2: %3"_s.arg(file).arg(line).arg(message));
    return oneLine(u"%1: %2"_s.arg(file, message));
}

const CourseLesson *CourseModule::lesson(const QString &lessonId) const
{
    for (const CourseLesson &item : lessons) {
        if (item.id == lessonId)
            return &item;
    }
    return nullptr;
}

const CourseQuestion *CourseModule::question(const QString &questionId) const
{
    for (const CourseQuestion &item : check) {
        if (item.id == questionId)
            return &item;
    }
    return nullptr;
}

const CourseModule *Course::module(const QString &moduleId) const
{
    for (const CourseModule &item : modules) {
        if (item.id == moduleId)
            return &item;
    }
    return nullptr;
}

QString Course::trackOf(const QString &moduleId) const
{
    for (const CourseTrack &track : tracks) {
        if (track.modules.contains(moduleId))
            return track.id;
    }
    return {};
}

QStringList CourseLoader::Result::diagnosticLines() const
{
    QStringList lines;
    for (const CourseDiagnostic &diagnostic : diagnostics)
        lines << diagnostic.toString();
    return lines;
}

namespace {

// One JSON file being checked: its text (to turn a position into a line) and where problems go.
// Structural problems have no offset in QJsonDocument, so their line is that of the key (or
// value) that holds them, found by searching the text in document order.
class JsonFile
{
public:
    JsonFile(QString relativePath, std::vector<CourseDiagnostic> *diagnostics)
        : m_path(std::move(relativePath))
        , m_diagnostics(diagnostics)
    { }

    // Reads and parses absolutePath; false (with a diagnostic) if it is not a JSON object.
    bool read(const QString &absolutePath)
    {
        QFile file(absolutePath);
        if (!file.exists())
            return fail(0, u"file not found"_s);
        if (!file.open(QIODevice::ReadOnly))
            return fail(0, u"cannot be read"_s);
        if (file.size() > CourseLoader::maxJsonBytes)
            return fail(0, u"larger than %1 KiB"_s.arg(CourseLoader::maxJsonBytes / 1024));
        m_text = file.readAll();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(m_text, &error);
        if (error.error != QJsonParseError::NoError)
            return fail(CourseLoader::lineAt(m_text, error.offset),
                u"not valid JSON: %1"_s.arg(error.errorString()));
        if (!document.isObject())
            return fail(1, u"the file must hold one JSON object"_s);
        m_object = document.object();
        return true;
    }

    [[nodiscard]] const QJsonObject &object() const { return m_object; }

    // The line of the last of needles, each searched after the one before (a path into the
    // document: {"check", "\"q2\"", "options"}). Keys are given bare and searched quoted.
    [[nodiscard]] int lineOf(const QStringList &needles) const
    {
        qsizetype from = 0;
        qsizetype found = -1;
        for (const QString &needle : needles) {
            const QByteArray quoted
                = needle.startsWith(u'"') ? needle.toUtf8() : ('"' + needle.toUtf8() + '"');
            const qsizetype at = m_text.indexOf(quoted, from);
            if (at < 0)
                break;
            found = at;
            from = at + quoted.size();
        }
        return found < 0 ? 1 : CourseLoader::lineAt(m_text, found);
    }

    bool fail(int line, const QString &message)
    {
        m_diagnostics->push_back({m_path, line, message});
        return false;
    }
    bool failAt(const QStringList &where, const QString &message)
    {
        return fail(lineOf(where), message);
    }

    [[nodiscard]] QString path() const { return m_path; }

private:
    QString m_path;
    std::vector<CourseDiagnostic> *m_diagnostics;
    QByteArray m_text;
    QJsonObject m_object;
};

bool readText(JsonFile &file, const QJsonValue &value, const QStringList &where,
    const QString &field, LocalizedText *out, int minLength = 1, int maxLength = 2000)
{
    if (!value.isObject())
        return file.failAt(
            where, u"\"%1\" must be an object {\"uk\": ..., \"en\": ...}"_s.arg(field));
    const QJsonObject object = value.toObject();
    for (const QString &key : object.keys()) {
        if (key != "uk"_L1 && key != "en"_L1)
            return file.failAt(where, u"\"%1\" has an unknown language \"%2\""_s.arg(field, key));
    }
    const QString uk = object.value("uk"_L1).toString().trimmed();
    const QString en = object.value("en"_L1).toString().trimmed();
    if (uk.isEmpty() || en.isEmpty())
        return file.failAt(where, u"\"%1\" needs both \"uk\" and \"en\""_s.arg(field));
    for (const QString &text : {uk, en}) {
        if (text.size() < minLength || text.size() > maxLength)
            return file.failAt(where,
                u"\"%1\" must be %2..%3 characters in each language (has %4)"_s.arg(field)
                    .arg(minLength)
                    .arg(maxLength)
                    .arg(text.size()));
    }
    *out = {uk, en};
    return true;
}

bool readFormat(JsonFile &file)
{
    const QJsonValue format = file.object().value("format"_L1);
    if (format.isUndefined())
        return file.fail(
            1, u"\"format\" is missing (expected %1)"_s.arg(CourseLoader::formatVersion));
    if (format.toInt(-1) != CourseLoader::formatVersion)
        return file.failAt({u"format"_s},
            u"unsupported \"format\" (this kiosk reads format %1)"_s.arg(
                CourseLoader::formatVersion));
    return true;
}

bool readId(JsonFile &file, const QString &expected)
{
    const QString id = file.object().value("id"_L1).toString();
    if (!CourseLoader::isValidId(id))
        return file.failAt({u"id"_s},
            u"\"id\" must be 2..48 characters: a-z, 0-9 and '-' (starting with a letter or digit)"_s);
    if (!expected.isEmpty() && id != expected)
        return file.failAt(
            {u"id"_s}, u"\"id\" is \"%1\" but the file says \"%2\""_s.arg(id, expected));
    return true;
}

bool readIdList(JsonFile &file, const QJsonValue &value, const QString &field, QStringList *out,
    const QStringList &where)
{
    if (value.isUndefined()) {
        out->clear();
        return true;
    }
    if (!value.isArray())
        return file.failAt(where, u"\"%1\" must be an array of ids"_s.arg(field));
    QStringList ids;
    for (const QJsonValue &item : value.toArray()) {
        const QString id = item.toString();
        if (!CourseLoader::isValidId(id))
            return file.failAt(where, u"\"%1\" holds an invalid id"_s.arg(field));
        ids << id;
    }
    *out = ids;
    return true;
}

QString folderOf(const QString &dir, const QString &relative)
{
    return dir + u'/' + relative;
}

std::optional<CourseLesson> readLesson(const QString &dir, const QString &moduleId,
    const QString &lessonId, std::vector<CourseDiagnostic> *diagnostics)
{
    const QString relative = u"modules/%1/%2.json"_s.arg(moduleId, lessonId);
    JsonFile file(relative, diagnostics);
    if (!file.read(folderOf(dir, relative)) || !readFormat(file) || !readId(file, lessonId))
        return std::nullopt;
    const QJsonObject &object = file.object();
    CourseLesson lesson;
    lesson.id = lessonId;
    if (!readText(file, object.value("title"_L1), {u"title"_s}, u"title"_s, &lesson.title, 2, 120))
        return std::nullopt;

    const QString illustration = object.value("illustration"_L1).toString();
    static const QRegularExpression svgName(u"^[a-z0-9][a-z0-9_-]*\\.svg\\z"_s);
    if (!svgName.match(illustration).hasMatch()) {
        file.failAt({u"illustration"_s},
            u"\"illustration\" must name an .svg file in illustrations/ (a-z, 0-9, '-')"_s);
        return std::nullopt;
    }
    const QString svgPath = folderOf(dir, u"illustrations/"_s + illustration);
    QFile svg(svgPath);
    if (!svg.open(QIODevice::ReadOnly)) {
        file.failAt({u"illustration"_s}, u"illustrations/%1 not found"_s.arg(illustration));
        return std::nullopt;
    }
    if (svg.size() > CourseLoader::maxSvgBytes) {
        file.failAt({u"illustration"_s},
            u"illustrations/%1 is larger than %2 KiB"_s.arg(illustration)
                .arg(CourseLoader::maxSvgBytes / 1024));
        return std::nullopt;
    }
    if (const auto problem = CourseLoader::checkIllustration(svg.readAll())) {
        file.failAt({u"illustration"_s}, u"illustrations/%1: %2"_s.arg(illustration, *problem));
        return std::nullopt;
    }
    lesson.illustrationPath = svgPath;

    const QJsonValue blocks = object.value("blocks"_L1);
    if (!blocks.isArray() || blocks.toArray().size() < 1 || blocks.toArray().size() > 6) {
        file.failAt({u"blocks"_s}, u"\"blocks\" must be an array of 1..6 blocks"_s);
        return std::nullopt;
    }
    const QJsonArray blockArray = blocks.toArray();
    for (qsizetype i = 0; i < blockArray.size(); ++i) {
        const QJsonObject block = blockArray.at(i).toObject();
        // The i-th "type" after "blocks" is this block's line.
        QStringList where {u"blocks"_s};
        for (qsizetype k = 0; k <= i; ++k)
            where << u"type"_s;
        CourseBlock parsed;
        parsed.type = block.value("type"_L1).toString();
        static const QStringList textTypes {u"text"_s, u"tip"_s, u"warning"_s, u"check-where"_s};
        if (parsed.type == "steps"_L1) {
            const QJsonArray items = block.value("items"_L1).toArray();
            if (items.size() < 2 || items.size() > 7) {
                file.failAt(where, u"block %1: \"items\" must hold 2..7 steps"_s.arg(i + 1));
                return std::nullopt;
            }
            for (const QJsonValue &item : items) {
                LocalizedText text;
                if (!readText(file, item, where, u"block %1 step"_s.arg(i + 1), &text, 2, 700))
                    return std::nullopt;
                parsed.items.push_back(text);
            }
        } else if (textTypes.contains(parsed.type)) {
            if (!readText(file, block.value("text"_L1), where, u"block %1 text"_s.arg(i + 1),
                    &parsed.text, 40, 700))
                return std::nullopt;
        } else {
            file.failAt(where,
                u"block %1: unknown \"type\" (text, steps, tip, warning, check-where)"_s.arg(
                    i + 1));
            return std::nullopt;
        }
        lesson.blocks.push_back(std::move(parsed));
    }
    if (!readIdList(
            file, object.value("services"_L1), u"services"_s, &lesson.services, {u"services"_s})
        || !readIdList(file, object.value("guides"_L1), u"guides"_s, &lesson.guides, {u"guides"_s}))
        return std::nullopt;
    return lesson;
}

bool readQuestion(JsonFile &file, const QJsonValue &value, qsizetype index, CourseQuestion *out)
{
    const QJsonObject object = value.toObject();
    const QString id = object.value("id"_L1).toString();
    const QStringList where {u"check"_s, u"\"%1\""_s.arg(id)};
    if (!CourseLoader::isValidId(id))
        return file.failAt({u"check"_s}, u"question %1 has no valid \"id\""_s.arg(index + 1));
    out->id = id;
    const QString kind = object.value("kind"_L1).toString();
    if (kind == "single"_L1)
        out->kind = CourseQuestion::Kind::Single;
    else if (kind == "multiple"_L1)
        out->kind = CourseQuestion::Kind::Multiple;
    else
        return file.failAt(where + QStringList {u"kind"_s},
            u"question %1: \"kind\" must be \"single\" or \"multiple\""_s.arg(id));
    if (!readText(file, object.value("question"_L1), where + QStringList {u"question"_s},
            u"question"_s, &out->question, 2, 400))
        return false;
    const QJsonArray options = object.value("options"_L1).toArray();
    if (options.size() < 2 || options.size() > 5)
        return file.failAt(where + QStringList {u"options"_s},
            u"question %1: \"options\" must hold 2..5 options"_s.arg(id));
    int correct = 0;
    QSet<QString> optionIds;
    for (const QJsonValue &optionValue : options) {
        const QJsonObject option = optionValue.toObject();
        CourseOption parsed;
        parsed.id = option.value("id"_L1).toString();
        static const QRegularExpression optionId(u"^[a-z0-9]{1,8}\\z"_s);
        if (!optionId.match(parsed.id).hasMatch() || optionIds.contains(parsed.id))
            return file.failAt(where + QStringList {u"options"_s},
                u"question %1: every option needs its own short \"id\" (a, b, c...)"_s.arg(id));
        optionIds.insert(parsed.id);
        if (!readText(file, option.value("text"_L1), where + QStringList {u"options"_s},
                u"option text"_s, &parsed.text, 1, 300))
            return false;
        if (!option.value("correct"_L1).isBool())
            return file.failAt(where + QStringList {u"options"_s},
                u"question %1: option %2 needs \"correct\": true or false"_s.arg(id, parsed.id));
        parsed.correct = option.value("correct"_L1).toBool();
        correct += parsed.correct ? 1 : 0;
        out->options.push_back(parsed);
    }
    if (out->kind == CourseQuestion::Kind::Single && correct != 1)
        return file.failAt(where + QStringList {u"options"_s},
            u"question %1 is \"single\" but has %2 correct options (exactly 1 needed)"_s.arg(id)
                .arg(correct));
    if (correct < 1)
        return file.failAt(
            where + QStringList {u"options"_s}, u"question %1 has no correct option"_s.arg(id));
    return readText(file, object.value("explanation"_L1), where + QStringList {u"explanation"_s},
        u"explanation"_s, &out->explanation, 2, 700);
}

std::optional<CourseModule> readModule(const QString &dir, const QString &moduleId,
    const QString &origin, std::vector<CourseDiagnostic> *diagnostics)
{
    const QString relative = u"modules/%1/module.json"_s.arg(moduleId);
    JsonFile file(relative, diagnostics);
    if (!file.read(folderOf(dir, relative)) || !readFormat(file) || !readId(file, moduleId))
        return std::nullopt;
    const QJsonObject &object = file.object();
    CourseModule module;
    module.id = moduleId;
    module.origin = origin;
    if (!readText(file, object.value("title"_L1), {u"title"_s}, u"title"_s, &module.title, 2, 120)
        || !readText(file, object.value("summary"_L1), {u"summary"_s}, u"summary"_s,
            &module.summary, 2, 400))
        return std::nullopt;

    QStringList lessonIds;
    if (!readIdList(file, object.value("lessons"_L1), u"lessons"_s, &lessonIds, {u"lessons"_s}))
        return std::nullopt;
    if (lessonIds.isEmpty()) {
        file.failAt({u"lessons"_s}, u"\"lessons\" must list at least one lesson"_s);
        return std::nullopt;
    }
    if (QSet<QString>(lessonIds.begin(), lessonIds.end()).size() != lessonIds.size()) {
        file.failAt({u"lessons"_s}, u"\"lessons\" lists a lesson twice"_s);
        return std::nullopt;
    }

    const QJsonArray check = object.value("check"_L1).toArray();
    if (check.size() < 3 || check.size() > 5) {
        file.failAt({u"check"_s}, u"\"check\" must hold 3..5 questions"_s);
        return std::nullopt;
    }
    for (qsizetype i = 0; i < check.size(); ++i) {
        CourseQuestion question;
        if (!readQuestion(file, check.at(i), i, &question))
            return std::nullopt;
        if (module.question(question.id)) {
            file.failAt({u"check"_s, u"\"%1\""_s.arg(question.id)},
                u"question id \"%1\" is used twice"_s.arg(question.id));
            return std::nullopt;
        }
        module.check.push_back(std::move(question));
    }

    const QJsonArray learned = object.value("learned"_L1).toArray();
    if (learned.size() < 2 || learned.size() > 5) {
        file.failAt({u"learned"_s}, u"\"learned\" must hold 2..5 lines"_s);
        return std::nullopt;
    }
    for (const QJsonValue &line : learned) {
        LocalizedText text;
        if (!readText(file, line, {u"learned"_s}, u"learned"_s, &text, 2, 300))
            return std::nullopt;
        module.learned.push_back(text);
    }
    const QJsonValue next = object.value("next"_L1);
    if (!next.isUndefined() && !next.isObject()) {
        file.failAt({u"next"_s}, u"\"next\" must be {\"guides\": [...], \"services\": [...]}"_s);
        return std::nullopt;
    }
    if (!readIdList(file, next.toObject().value("guides"_L1), u"next.guides"_s, &module.nextGuides,
            {u"next"_s, u"guides"_s})
        || !readIdList(file, next.toObject().value("services"_L1), u"next.services"_s,
            &module.nextServices, {u"next"_s, u"services"_s}))
        return std::nullopt;

    // A broken lesson is skipped; the module lives on with the others.
    for (const QString &lessonId : std::as_const(lessonIds)) {
        if (std::optional<CourseLesson> lesson = readLesson(dir, moduleId, lessonId, diagnostics))
            module.lessons.push_back(std::move(*lesson));
    }
    if (module.lessons.empty()) {
        file.failAt({u"lessons"_s}, u"no lesson of module %1 could be read"_s.arg(moduleId));
        return std::nullopt;
    }
    return module;
}

// course.json: its id, title, tracks and whether it replaces the bundled course.
bool readCourseFile(const QString &dir, CourseLoader::Result *result)
{
    JsonFile file(u"course.json"_s, &result->diagnostics);
    if (!file.read(folderOf(dir, u"course.json"_s)) || !readFormat(file) || !readId(file, {}))
        return false;
    const QJsonObject &object = file.object();
    Course &course = result->course;
    course.id = object.value("id"_L1).toString();
    if (!readText(file, object.value("title"_L1), {u"title"_s}, u"title"_s, &course.title, 2, 120))
        return false;
    const QJsonValue replaces = object.value("replaces"_L1);
    if (!replaces.isUndefined()) {
        if (replaces.toString() != "bundled"_L1)
            return file.failAt({u"replaces"_s}, u"\"replaces\" can only be \"bundled\""_s);
        result->replacesBundled = true;
    }
    const QJsonArray tracks = object.value("tracks"_L1).toArray();
    if (tracks.isEmpty())
        return file.failAt({u"tracks"_s}, u"\"tracks\" must hold at least one track"_s);
    QSet<QString> seenModules;
    for (const QJsonValue &trackValue : tracks) {
        const QJsonObject trackObject = trackValue.toObject();
        CourseTrack track;
        track.id = trackObject.value("id"_L1).toString();
        const QStringList where {u"tracks"_s, u"\"%1\""_s.arg(track.id)};
        if (!CourseLoader::isValidId(track.id))
            return file.failAt({u"tracks"_s}, u"a track has no valid \"id\""_s);
        if (!readText(file, trackObject.value("title"_L1), where, u"title"_s, &track.title, 2, 120)
            || !readText(
                file, trackObject.value("summary"_L1), where, u"summary"_s, &track.summary, 2, 400))
            return false;
        if (!readIdList(file, trackObject.value("modules"_L1), u"modules"_s, &track.modules,
                where + QStringList {u"modules"_s}))
            return false;
        for (const QString &moduleId : std::as_const(track.modules)) {
            if (seenModules.contains(moduleId))
                return file.failAt(where + QStringList {u"modules"_s},
                    u"module \"%1\" is listed twice"_s.arg(moduleId));
            seenModules.insert(moduleId);
        }
        for (const CourseTrack &other : course.tracks) {
            if (other.id == track.id)
                return file.failAt(where, u"track id \"%1\" is used twice"_s.arg(track.id));
        }
        course.tracks.push_back(std::move(track));
    }
    result->courseFileValid = true;
    return true;
}

void logDiagnostics(const std::vector<CourseDiagnostic> &diagnostics, const QString &where)
{
    for (const CourseDiagnostic &diagnostic : diagnostics)
        qCWarning(lcCourse).noquote() << where << "course:" << diagnostic.toString() << "(skipped)";
}

} // namespace

bool CourseLoader::isValidId(QStringView id)
{
    // \z, not $: a pattern's $ also matches before a final line break (found by fuzz_course).
    static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9-]{1,47}\\z"_s);
    return pattern.match(id.toString()).hasMatch();
}

int CourseLoader::lineAt(const QByteArray &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    return int(QByteArrayView(text).first(offset).count('\n')) + 1;
}

const QHash<QString, QString> &CourseLoader::paletteRoles()
{
    static const QHash<QString, QString> roles {
        {u"#1a1a1a"_s, u"ink"_s},
        {u"#ffffff"_s, u"paper"_s},
        {u"#0057b7"_s, u"accent"_s},
        {u"#ffd700"_s, u"highlight"_s},
        {u"#dce6f2"_s, u"tint"_s},
    };
    return roles;
}

std::optional<QString> CourseLoader::checkIllustration(const QByteArray &svg)
{
    const QString text = QString::fromUtf8(svg);
    if (!text.contains("<svg"_L1))
        return u"not an SVG file"_s;
    static const QRegularExpression forbidden(
        u"<\\s*(script|foreignObject|image|iframe|object|embed)|@import|javascript:"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (const auto match = forbidden.match(text); match.hasMatch())
        return u"\"%1\" is not allowed (no scripts, embedded content or raster images)"_s.arg(
            match.captured(0).simplified());
    // References must stay inside the file: href="#id" and url(#id) only.
    static const QRegularExpression href(u"href\\s*=\\s*[\"']\\s*([^\"'\\s])"_s);
    for (auto it = href.globalMatch(text); it.hasNext();) {
        if (it.next().captured(1) != "#"_L1)
            return u"a link to another file or address (only href=\"#...\" is allowed)"_s;
    }
    static const QRegularExpression url(u"url\\(\\s*['\"]?\\s*([^'\"\\s)])"_s);
    for (auto it = url.globalMatch(text); it.hasNext();) {
        if (it.next().captured(1) != "#"_L1)
            return u"a url() to another file or address (only url(#...) is allowed)"_s;
    }
    // Colours: only the five of the format, so the kiosk can map them to its theme.
    static const QRegularExpression colour(
        u"\\b(fill|stroke|stop-color|color|flood-color|lighting-color)\\s*(=\\s*[\"']|:)\\s*([^\"';}>]+)"_s);
    static const QStringList keywords {
        u"none"_s, u"transparent"_s, u"currentcolor"_s, u"inherit"_s};
    for (auto it = colour.globalMatch(text); it.hasNext();) {
        const QString value = it.next().captured(3).trimmed().toLower();
        if (keywords.contains(value) || value.startsWith("url(#"_L1))
            continue;
        if (!paletteRoles().contains(value))
            return u"colour \"%1\" is not one of the five of the format "
                   "(#1a1a1a, #ffffff, #0057b7, #ffd700, #dce6f2)"_s.arg(value);
    }
    return std::nullopt;
}

QByteArray CourseLoader::recolour(const QByteArray &svg, const QHash<QString, QString> &colours)
{
    QString text = QString::fromUtf8(svg);
    // Through placeholders, so a mapping onto another format colour is not mapped twice.
    const auto roles = paletteRoles();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it) {
        if (colours.contains(it.value()))
            text.replace(it.key(), u"@@"_s + it.value() + u"@@"_s, Qt::CaseInsensitive);
    }
    for (auto it = roles.cbegin(); it != roles.cend(); ++it) {
        if (colours.contains(it.value()))
            text.replace(u"@@"_s + it.value() + u"@@"_s, colours.value(it.value()));
    }
    return text.toUtf8();
}

CourseLoader::Result CourseLoader::loadFolder(const QString &dir, const QString &origin)
{
    Result result;
    result.source = origin;
    if (!readCourseFile(dir, &result))
        return result;
    Course &course = result.course;
    for (CourseTrack &track : course.tracks) {
        QStringList loaded;
        for (const QString &moduleId : std::as_const(track.modules)) {
            if (course.module(moduleId))
                continue;
            if (std::optional<CourseModule> module
                = readModule(dir, moduleId, origin, &result.diagnostics)) {
                course.modules.push_back(std::move(*module));
                loaded << moduleId;
            }
        }
        track.modules = loaded;
    }
    return result;
}

void CourseLoader::addLibraryModules(Result &base, const QString &libraryDir)
{
    // An optional course.json gives the library's tracks (merged by id into the base course).
    Result library;
    const bool hasCourseFile = QFileInfo::exists(folderOf(libraryDir, u"course.json"_s));
    if (hasCourseFile && !readCourseFile(libraryDir, &library)) {
        base.diagnostics.insert(
            base.diagnostics.end(), library.diagnostics.begin(), library.diagnostics.end());
        return;
    }
    QStringList listed;
    for (const CourseTrack &track : std::as_const(library.course.tracks))
        listed << track.modules;
    // Every module folder joins, in folder order after those the tracks list.
    const QStringList folders = QDir(folderOf(libraryDir, u"modules"_s))
                                    .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &folder : folders) {
        if (!listed.contains(folder))
            listed << folder;
    }
    for (const QString &moduleId : std::as_const(listed)) {
        std::optional<CourseModule> module
            = readModule(libraryDir, moduleId, u"library"_s, &base.diagnostics);
        if (!module)
            continue;
        Course &course = base.course;
        auto same = std::find_if(course.modules.begin(), course.modules.end(),
            [&](const CourseModule &other) { return other.id == moduleId; });
        if (same != course.modules.end()) {
            qCInfo(lcCourse).noquote()
                << "the library's module" << moduleId << "replaces the bundled one";
            *same = std::move(*module);
            continue;
        }
        course.modules.push_back(std::move(*module));
        // Its track: the library course.json's, else the base course's first track.
        QString trackId;
        const CourseTrack *libraryTrack = nullptr;
        for (const CourseTrack &track : std::as_const(library.course.tracks)) {
            if (track.modules.contains(moduleId)) {
                trackId = track.id;
                libraryTrack = &track;
            }
        }
        if (trackId.isEmpty() && !course.tracks.empty())
            trackId = course.tracks.front().id;
        auto target = std::find_if(course.tracks.begin(), course.tracks.end(),
            [&](const CourseTrack &track) { return track.id == trackId; });
        if (target == course.tracks.end()) {
            CourseTrack track = libraryTrack ? *libraryTrack : CourseTrack {};
            if (!libraryTrack) {
                track.id = u"library"_s;
                track.title = {u"Модулі бібліотеки"_s, u"The library's modules"_s};
            }
            track.modules.clear();
            course.tracks.push_back(track);
            target = course.tracks.end() - 1;
        }
        target->modules << moduleId;
    }
}

CourseLoader::Result CourseLoader::loadKiosk(const QString &bundled, const QString &libraryDir)
{
    const bool hasLibrary = !libraryDir.isEmpty() && QFileInfo(libraryDir).isDir();
    if (hasLibrary && QFileInfo::exists(folderOf(libraryDir, u"course.json"_s))) {
        Result regional = loadFolder(libraryDir, u"regional"_s);
        if (regional.replacesBundled) {
            logDiagnostics(regional.diagnostics, u"regional"_s);
            if (!regional.course.isEmpty()) {
                qCInfo(lcCourse).noquote() << "a regional course replaces the bundled one:"
                                           << regional.course.modules.size() << "modules";
                return regional;
            }
            qCWarning(lcCourse)
                << "the regional course has no valid module; showing the bundled course";
        }
    }
    Result result;
    if (QFileInfo::exists(folderOf(bundled, u"course.json"_s))) {
        result = loadFolder(bundled, u"bundled"_s);
        logDiagnostics(result.diagnostics, u"bundled"_s);
    } else {
        result.source = u"none"_s;
        qCInfo(lcCourse) << "no bundled course in this build";
    }
    if (hasLibrary && QFileInfo(folderOf(libraryDir, u"modules"_s)).isDir()) {
        const size_t before = result.diagnostics.size();
        addLibraryModules(result, libraryDir);
        logDiagnostics({result.diagnostics.begin() + qsizetype(before), result.diagnostics.end()},
            u"library"_s);
        if (result.source == "none"_L1 && !result.course.isEmpty())
            result.source = u"library"_s;
    }
    qCInfo(lcCourse).noquote() << "course loaded:" << result.course.modules.size() << "modules,"
                               << result.diagnostics.size() << "problems";
    return result;
}

} // namespace Mist
