// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "localportals.h"

#include "core/logging.h"
#include "portalentryjson.h"
#include "searchnormalizer.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

// The fields of the feed format a reason can start with, longest first where one is the start
// of another ("name.uk" before "name").
constexpr QLatin1StringView knownFields[] = {
    "inPerson.openingHours.uk"_L1,
    "inPerson.openingHours.en"_L1,
    "inPerson.openingHours"_L1,
    "inPerson.address.uk"_L1,
    "inPerson.address.en"_L1,
    "inPerson.address"_L1,
    "inPerson.phone"_L1,
    "inPerson"_L1,
    "online.loginHosts"_L1,
    "online.url"_L1,
    "online"_L1,
    "scope.area.uk"_L1,
    "scope.area.en"_L1,
    "scope.area"_L1,
    "scope.katottg"_L1,
    "scope.level"_L1,
    "scope"_L1,
    "description.uk"_L1,
    "description.en"_L1,
    "description"_L1,
    "authority.uk"_L1,
    "authority.en"_L1,
    "authority"_L1,
    "name.uk"_L1,
    "name.en"_L1,
    "name"_L1,
    "categories"_L1,
    "keywords"_L1,
    "eId"_L1,
    "modified"_L1,
    "id"_L1,
};

QString localizedText(const QJsonObject &entry, const QString &path)
{
    // "name.uk", "scope.area.uk": objects down to the last part, which is the text.
    const QStringList parts = path.split(u'.');
    QJsonObject object = entry;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i)
        object = object.value(parts.at(i)).toObject();
    return object.value(parts.constLast()).toString().trimmed();
}

// What kind of problem a FeedParser reason describes, for the screens' words.
LocalPortals::Problem classify(const QString &reason)
{
    if (reason.contains("is not https"_L1))
        return LocalPortals::Problem::NotHttps;
    if (reason.contains("public suffix"_L1))
        return LocalPortals::Problem::PublicSuffix;
    if (reason.startsWith("online.url"_L1)
        && (reason.contains("not a valid absolute URL"_L1) || reason.contains("no host"_L1)
            || reason.contains("user name"_L1) || reason.contains("not a DNS name"_L1)))
        return LocalPortals::Problem::BadAddress;
    if (reason.contains("is missing"_L1))
        return LocalPortals::Problem::Missing;
    if (reason.contains("is longer than"_L1))
        return LocalPortals::Problem::TooLong;
    return LocalPortals::Problem::Invalid;
}

} // namespace

LocalPortals::LocalPortals(DirectoryStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{ }

QString LocalPortals::idFromName(const QString &nameUk)
{
    static const QRegularExpression notAllowed(u"[^a-z0-9]+"_s);
    QString slug = SearchNormalizer::transliterate(nameUk).toLower();
    slug.replace(notAllowed, u"-"_s);
    slug = slug.mid(0, 50);
    while (slug.startsWith(u'-'))
        slug.remove(0, 1);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return u"local."_s + (slug.isEmpty() ? u"portal"_s : slug);
}

void LocalPortals::setLocalized(
    QJsonObject &object, const QString &key, const QString &language, const QString &value)
{
    QJsonObject localized = object.value(key).toObject();
    if (value.isEmpty())
        localized.remove(language);
    else
        localized.insert(language, value);
    if (localized.isEmpty())
        object.remove(key);
    else
        object.insert(key, localized);
}

QString LocalPortals::fieldOf(const QString &reason)
{
    for (const QLatin1StringView field : knownFields) {
        if (reason.startsWith(field) && reason.size() > field.size()
            && (reason.at(field.size()) == u' ' || reason.at(field.size()) == u'['
                || reason.at(field.size()) == u'\''))
            return field;
    }
    return {};
}

bool LocalPortals::isLocal(const QString &id) const
{
    return m_store.localPortal(id).has_value();
}

bool LocalPortals::exists(const QString &id) const
{
    if (isLocal(id))
        return true;
    const std::vector<PortalEntry> entries = m_store.feedEntries();
    return std::any_of(
        entries.begin(), entries.end(), [&id](const PortalEntry &entry) { return entry.id == id; });
}

LocalPortals::Outcome LocalPortals::check(const QJsonObject &entry) const
{
    Outcome outcome;
    outcome.id = entry.value(u"id"_s).toString();
    const auto missing = [&outcome](const QString &field) {
        outcome.problem = Problem::Missing;
        outcome.field = field;
        outcome.reason = field + u" is missing or empty"_s;
        return outcome;
    };
    // The fields a librarian must fill in, in the order of the form.
    if (localizedText(entry, u"name.uk"_s).isEmpty())
        return missing(u"name.uk"_s);
    if (localizedText(entry, u"description.uk"_s).isEmpty())
        return missing(u"description.uk"_s);
    if (entry.value(u"online"_s).toObject().value(u"url"_s).toString().trimmed().isEmpty())
        return missing(u"online.url"_s);
    const QString level = entry.value(u"scope"_s).toObject().value(u"level"_s).toString();
    if ((level == "hromada"_L1 || level == "oblast"_L1)
        && localizedText(entry, u"scope.area.uk"_s).isEmpty())
        return missing(u"scope.area.uk"_s);

    QString reason;
    if (!PortalEntryJson::fromJson(entry, &reason)) {
        outcome.problem = classify(reason);
        outcome.field = fieldOf(reason);
        outcome.reason = reason;
    }
    return outcome;
}

QJsonObject LocalPortals::withDefaults(QJsonObject entry)
{
    if (entry.value(u"id"_s).toString().trimmed().isEmpty())
        entry.insert(u"id"_s, idFromName(localizedText(entry, u"name.uk"_s)));
    if (!entry.contains(u"categories"_s))
        entry.insert(u"categories"_s, QJsonArray {u"other"_s});
    QJsonObject scope = entry.value(u"scope"_s).toObject();
    if (!scope.contains(u"level"_s)) {
        scope.insert(u"level"_s, u"hromada"_s);
        entry.insert(u"scope"_s, scope);
    }
    return entry;
}

LocalPortals::Outcome LocalPortals::checkNew(QJsonObject entry) const
{
    entry = withDefaults(std::move(entry));
    Outcome outcome = check(entry);
    if (outcome.ok() && exists(outcome.id)) {
        outcome.problem = Problem::AlreadyExists;
        outcome.field = u"id"_s;
        outcome.reason = u"%1 already exists"_s.arg(outcome.id);
    }
    return outcome;
}

LocalPortals::Outcome LocalPortals::add(QJsonObject entry)
{
    entry = withDefaults(std::move(entry));
    const Outcome outcome = checkNew(entry);
    return outcome.ok() ? store(entry) : outcome;
}

std::optional<QJsonObject> LocalPortals::edited(
    const QString &id, const Change &change, Outcome *outcome) const
{
    outcome->id = id;
    const std::optional<DirectoryStore::LocalPortal> existing = m_store.localPortal(id);
    if (!existing) {
        outcome->problem = exists(id) ? Problem::NotLocal : Problem::NoSuchPortal;
        outcome->reason = outcome->problem == Problem::NotLocal
            ? u"%1 is not a local portal (feed entries can be hidden or pinned, not edited)"_s.arg(
                id)
            : u"no portal has the id %1"_s.arg(id);
        return std::nullopt;
    }
    QJsonObject entry = PortalEntryJson::toJson(existing->entry);
    change(entry);
    entry.insert(u"id"_s, id); // an edit never renames
    return entry;
}

LocalPortals::Outcome LocalPortals::checkEdit(const QString &id, const Change &change) const
{
    Outcome outcome;
    const std::optional<QJsonObject> entry = edited(id, change, &outcome);
    return entry ? check(*entry) : outcome;
}

LocalPortals::Outcome LocalPortals::edit(const QString &id, const Change &change)
{
    Outcome outcome;
    const std::optional<QJsonObject> entry = edited(id, change, &outcome);
    if (!entry)
        return outcome;
    outcome = check(*entry);
    return outcome.ok() ? store(*entry) : outcome;
}

LocalPortals::Outcome LocalPortals::remove(const QString &id)
{
    Outcome outcome;
    outcome.id = id;
    if (!isLocal(id)) {
        outcome.problem = exists(id) ? Problem::NotLocal : Problem::NoSuchPortal;
        outcome.reason = outcome.problem == Problem::NotLocal
            ? u"%1 is not a local portal (a feed entry can be hidden instead)"_s.arg(id)
            : u"no portal has the id %1"_s.arg(id);
        return outcome;
    }
    if (!m_store.removeLocalPortal(id)) {
        outcome.problem = Problem::StorageError;
        outcome.reason = m_store.errorString();
        return outcome;
    }
    done(id);
    return outcome;
}

LocalPortals::Outcome LocalPortals::setHidden(const QString &id, bool hidden)
{
    DirectoryStore::Override choice = overrideOf(id);
    choice.hidden = hidden;
    return storeOverride(choice);
}

LocalPortals::Outcome LocalPortals::setPinned(
    const QString &id, bool pinned, std::optional<int> position)
{
    DirectoryStore::Override choice = overrideOf(id);
    choice.pinned = pinned;
    if (!pinned)
        choice.position.reset();
    else if (position)
        choice.position = position;
    return storeOverride(choice);
}

DirectoryStore::Override LocalPortals::overrideOf(const QString &id) const
{
    for (const DirectoryStore::Override &existing : m_store.overrides()) {
        if (existing.entryId == id)
            return existing;
    }
    DirectoryStore::Override fresh;
    fresh.entryId = id;
    return fresh;
}

LocalPortals::Outcome LocalPortals::store(const QJsonObject &entry)
{
    QJsonObject dated = entry;
    dated.insert(u"modified"_s, QDate::currentDate().toString(Qt::ISODate));
    Outcome outcome;
    const std::optional<PortalEntry> parsed = PortalEntryJson::fromJson(dated, &outcome.reason);
    outcome.id = dated.value(u"id"_s).toString();
    if (!parsed) { // check() passed, so only the date could fail: not expected
        outcome.problem = classify(outcome.reason);
        outcome.field = fieldOf(outcome.reason);
        return outcome;
    }
    if (!m_store.upsertLocalPortal(*parsed)) {
        outcome.problem = Problem::StorageError;
        outcome.reason = m_store.errorString();
        return outcome;
    }
    done(parsed->id);
    return outcome;
}

LocalPortals::Outcome LocalPortals::storeOverride(const DirectoryStore::Override &choice)
{
    Outcome outcome;
    outcome.id = choice.entryId;
    if (!exists(choice.entryId)) {
        outcome.problem = Problem::NoSuchPortal;
        outcome.reason = u"no portal has the id %1"_s.arg(choice.entryId);
        return outcome;
    }
    if (!m_store.setOverride(choice)) {
        outcome.problem = Problem::StorageError;
        outcome.reason = m_store.errorString();
        return outcome;
    }
    done(choice.entryId);
    return outcome;
}

void LocalPortals::done(const QString &id)
{
    if (m_sink)
        m_sink(UsageEvent::Type::AdminChange, AdminEvents::portalSubject(id), std::nullopt);
    Q_EMIT changed(id);
}

} // namespace Mist
