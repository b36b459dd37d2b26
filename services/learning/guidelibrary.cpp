// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "guidelibrary.h"

#include "core/logging.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

// A value that is a string (taken as Ukrainian) or {"uk": …, "en": …}.
LocalizedText readText(const QJsonValue &value)
{
    if (value.isString())
        return {value.toString().trimmed(), {}};
    const QJsonObject object = value.toObject();
    return {object.value("uk"_L1).toString().trimmed(), object.value("en"_L1).toString().trimmed()};
}

// Images must sit in the guide's own folder (or below it): no absolute paths, no "..", so a
// guide cannot show an arbitrary file of the machine.
bool isSafeImageName(const QString &name)
{
    static const QRegularExpression pattern(
        u"^[A-Za-z0-9_][A-Za-z0-9_.-]*(/[A-Za-z0-9_][A-Za-z0-9_.-]*)*\\.(svg|png|jpg|jpeg)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(name).hasMatch() && !name.contains(".."_L1);
}

QUrl imageUrl(const QString &guideDir, const QString &name)
{
    const QString path = guideDir + u'/' + name;
    if (path.startsWith(u':'))
        return QUrl(u"qrc"_s + path);
    return QUrl::fromLocalFile(path);
}

QVariantMap summaryMap(const Guide &guide, const QString &language)
{
    return {
        {u"guideId"_s, guide.id},
        {u"title"_s, guide.title.forLanguage(language)},
        {u"summary"_s, guide.summary.forLanguage(language)},
        {u"stepCount"_s, int(guide.steps.size())},
        {u"serviceIds"_s, guide.serviceIds},
    };
}

QVariantList sortedSummaries(std::vector<const Guide *> guides, const QString &language)
{
    QCollator collator(language == "en"_L1 ? QLocale(QLocale::English)
                                           : QLocale(QLocale::Ukrainian, QLocale::Ukraine));
    std::stable_sort(guides.begin(), guides.end(), [&](const Guide *a, const Guide *b) {
        return collator.compare(a->title.forLanguage(language), b->title.forLanguage(language)) < 0;
    });
    QVariantList result;
    for (const Guide *guide : guides)
        result << summaryMap(*guide, language);
    return result;
}

} // namespace

GuideLibrary::GuideLibrary(const QString &localDir, QObject *parent)
    : GuideLibrary(bundledDir.toString(), localDir, parent)
{ }

GuideLibrary::GuideLibrary(
    const QString &bundledDirectory, const QString &localDir, QObject *parent)
    : QObject(parent)
    , m_bundledDir(bundledDirectory)
    , m_localDir(localDir)
{
    reload();
}

std::optional<Guide> GuideLibrary::parseFile(
    const QString &path, const QString &origin, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<Guide> {
        if (error)
            *error = why;
        return std::nullopt;
    };

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"cannot be read"_s);
    if (file.size() > maxFileBytes)
        return fail(u"is larger than %1 KiB"_s.arg(maxFileBytes / 1024));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(maxFileBytes), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(u"is not valid JSON (%1 at offset %2)"_s.arg(parseError.errorString())
                        .arg(parseError.offset));
    if (!document.isObject())
        return fail(u"is not a JSON object"_s);
    const QJsonObject object = document.object();

    Guide guide;
    guide.origin = origin;
    guide.id = object.value("id"_L1).toString();
    static const QRegularExpression idPattern(u"^[a-z0-9][a-z0-9-]{0,63}\\z"_s);
    if (!idPattern.match(guide.id).hasMatch())
        return fail(u"has no valid \"id\" (lower-case letters, digits and -)"_s);
    guide.title = readText(object.value("title"_L1));
    if (guide.title.uk.isEmpty())
        return fail(u"has no Ukrainian \"title\""_s);
    guide.summary = readText(object.value("summary"_L1));
    for (const QJsonValue &service : object.value("services"_L1).toArray()) {
        const QString id = service.toString().trimmed();
        if (!id.isEmpty())
            guide.serviceIds << id;
    }

    const QJsonArray steps = object.value("steps"_L1).toArray();
    if (steps.isEmpty())
        return fail(u"has no \"steps\""_s);
    if (steps.size() > maxSteps)
        return fail(u"has more than %1 steps"_s.arg(maxSteps));
    const QString dir = QFileInfo(path).path();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QJsonObject stepObject = steps.at(i).toObject();
        GuideStep step;
        step.text = readText(stepObject.value("text"_L1));
        if (step.text.uk.isEmpty())
            return fail(u"step %1 has no Ukrainian \"text\""_s.arg(i + 1));
        const QString image = stepObject.value("image"_L1).toString().trimmed();
        if (!image.isEmpty()) {
            // A missing picture costs the step its picture, not the guide its step.
            if (!isSafeImageName(image))
                qCWarning(lcLearning).noquote()
                    << "guide" << guide.id << "step" << i + 1
                    << ": the image name must be a .svg, .png or .jpg file next to the guide";
            else if (!QFileInfo::exists(dir + u'/' + image))
                qCWarning(lcLearning).noquote()
                    << "guide" << guide.id << "step" << i + 1 << ": image" << image << "not found";
            else
                step.image = imageUrl(dir, image);
        }
        guide.steps.push_back(std::move(step));
    }
    return guide;
}

void GuideLibrary::reload()
{
    std::vector<Guide> guides;
    auto readFolder = [&guides](const QString &dir, const QString &origin) {
        if (dir.isEmpty() || !QFileInfo(dir).isDir())
            return;
        const QStringList files = QDir(dir).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        for (const QString &name : files) {
            QString error;
            std::optional<Guide> guide = parseFile(dir + u'/' + name, origin, &error);
            if (!guide) {
                qCWarning(lcLearning).noquote()
                    << "skipping guide file" << name << "in the" << origin << "guides:" << error;
                continue;
            }
            const auto same = std::find_if(guides.begin(), guides.end(),
                [&guide](const Guide &other) { return other.id == guide->id; });
            if (same == guides.end()) {
                guides.push_back(std::move(*guide));
            } else if (same->origin != origin) {
                qCInfo(lcLearning).noquote()
                    << "the librarian's guide" << guide->id << "replaces the bundled one";
                *same = std::move(*guide);
            } else {
                qCWarning(lcLearning).noquote() << "skipping guide file" << name << ": the id"
                                                << guide->id << "is already used by another file";
            }
        }
    };
    readFolder(m_bundledDir, u"bundled"_s);
    readFolder(m_localDir, u"local"_s);

    if (guides != m_guides) {
        m_guides = std::move(guides);
        Q_EMIT guidesChanged();
    }
    qCInfo(lcLearning).noquote() << m_guides.size() << "guides loaded";
}

const Guide *GuideLibrary::find(const QString &id) const
{
    for (const Guide &guide : m_guides) {
        if (guide.id == id)
            return &guide;
    }
    return nullptr;
}

QVariantList GuideLibrary::list(const QString &language) const
{
    std::vector<const Guide *> all;
    for (const Guide &guide : m_guides)
        all.push_back(&guide);
    return sortedSummaries(std::move(all), language);
}

QVariantList GuideLibrary::guidesForService(const QString &serviceId, const QString &language) const
{
    std::vector<const Guide *> matching;
    for (const Guide &guide : m_guides) {
        if (guide.serviceIds.contains(serviceId))
            matching.push_back(&guide);
    }
    return sortedSummaries(std::move(matching), language);
}

QVariantMap GuideLibrary::guide(const QString &id, const QString &language) const
{
    const Guide *found = find(id);
    if (!found)
        return {};
    QVariantMap result = summaryMap(*found, language);
    QVariantList steps;
    for (const GuideStep &step : found->steps) {
        steps << QVariantMap {
            {u"text"_s, step.text.forLanguage(language)},
            {u"image"_s, step.image.toString()},
        };
    }
    result.insert(u"steps"_s, steps);
    return result;
}

} // namespace Mist
