// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "portaleditor.h"

#include "directory/linkchecker.h"
#include "directory/portalentryjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

// Form key → field of the feed format, for the fields the screen edits.
struct FormField
{
    QLatin1StringView key;
    QLatin1StringView object; // top-level member
    QLatin1StringView inner; // member inside it, or empty
    QLatin1StringView language; // "uk"/"en", or empty for a plain text
};

constexpr FormField formFields[] = {
    {"nameUk"_L1, "name"_L1, {}, "uk"_L1},
    {"nameEn"_L1, "name"_L1, {}, "en"_L1},
    {"descriptionUk"_L1, "description"_L1, {}, "uk"_L1},
    {"descriptionEn"_L1, "description"_L1, {}, "en"_L1},
    {"url"_L1, "online"_L1, "url"_L1, {}},
    {"area"_L1, "scope"_L1, "area"_L1, "uk"_L1},
    {"addressUk"_L1, "inPerson"_L1, "address"_L1, "uk"_L1},
};

QString text(const QJsonObject &entry, const FormField &field)
{
    QJsonValue value = entry.value(field.object);
    if (!field.inner.isEmpty())
        value = value.toObject().value(field.inner);
    if (!field.language.isEmpty())
        value = value.toObject().value(field.language);
    return value.toString();
}

} // namespace

PortalEditor::PortalEditor(QObject *parent)
    : QObject(parent)
{ }

PortalEditor::~PortalEditor() = default;

void PortalEditor::setPortals(LocalPortals *portals)
{
    if (portals == m_portals)
        return;
    cancel();
    m_portals = portals;
    Q_EMIT portalsChanged();
}

void PortalEditor::setPortalId(const QString &id)
{
    if (id == m_portalId)
        return;
    cancel();
    m_portalId = id;
    Q_EMIT portalIdChanged();
}

QVariantMap PortalEditor::fields(const QString &defaultArea) const
{
    QVariantMap result;
    std::optional<DirectoryStore::LocalPortal> existing;
    if (m_portals && !m_portalId.isEmpty())
        existing = m_portals->store().localPortal(m_portalId);
    if (!existing) {
        for (const FormField &field : formFields)
            result.insert(field.key, QString());
        result.insert(u"url"_s, u"https://"_s);
        result.insert(u"area"_s, defaultArea);
        result.insert(u"category"_s, PortalEntry::categoryId(PortalEntry::Category::Other));
        return result;
    }
    const QJsonObject entry = PortalEntryJson::toJson(existing->entry);
    for (const FormField &field : formFields)
        result.insert(field.key, text(entry, field));
    result.insert(u"category"_s, PortalEntry::categoryId(existing->entry.primaryCategory()));
    return result;
}

QVariantList PortalEditor::categories(const QString &language)
{
    QVariantList result;
    for (const PortalEntry::Category category : PortalEntry::allCategories()) {
        result.append(QVariantMap {{u"value"_s, PortalEntry::categoryId(category)},
            {u"text"_s, PortalEntry::categoryLabel(category).forLanguage(language)}});
    }
    return result;
}

void PortalEditor::apply(const QVariantMap &fields, QJsonObject &entry)
{
    for (const FormField &field : formFields) {
        if (!fields.contains(field.key))
            continue;
        const QString value = fields.value(field.key).toString().trimmed();
        if (field.inner.isEmpty()) {
            LocalPortals::setLocalized(entry, field.object, field.language, value);
            continue;
        }
        QJsonObject outer = entry.value(field.object).toObject();
        if (field.language.isEmpty()) {
            if (value.isEmpty())
                outer.remove(field.inner);
            else
                outer.insert(field.inner, value);
        } else {
            LocalPortals::setLocalized(outer, field.inner, field.language, value);
        }
        if (outer.isEmpty())
            entry.remove(field.object);
        else
            entry.insert(field.object, outer);
    }
    // A new portal serves the library's hromada; an edited one keeps its level.
    QJsonObject scope = entry.value(u"scope"_s).toObject();
    if (!scope.contains(u"level"_s)) {
        scope.insert(u"level"_s, u"hromada"_s);
        entry.insert(u"scope"_s, scope);
    }
    // The chosen category becomes the main one; the portal's other shelves stay.
    const QString category = fields.value(u"category"_s).toString();
    if (PortalEntry::categoryFromId(category)) {
        QJsonArray categories {category};
        for (const QJsonValue &other : entry.value(u"categories"_s).toArray()) {
            if (other.toString() != category)
                categories.append(other);
        }
        entry.insert(u"categories"_s, categories);
    }
}

QString PortalEditor::formKey(const QString &field)
{
    if (field == "id"_L1)
        return u"nameUk"_s; // the id is made from the Ukrainian name
    if (field == "categories"_L1)
        return u"category"_s;
    for (const FormField &form : formFields) {
        QString path = form.object;
        if (!form.inner.isEmpty())
            path += u'.' + form.inner;
        // "scope.area" (missing) belongs to the Ukrainian field as much as "scope.area.uk".
        if (field == path || field == path + u'.' + form.language)
            return form.key;
    }
    return u"*"_s;
}

QString PortalEditor::explain(const LocalPortals::Outcome &outcome)
{
    switch (outcome.problem) {
    case LocalPortals::Problem::None:
        return {};
    case LocalPortals::Problem::Missing:
        return tr("This cannot be empty.");
    case LocalPortals::Problem::NotHttps:
        return tr("Only secure addresses are accepted: it must start with https:// "
                  "(http:// is refused).");
    case LocalPortals::Problem::BadAddress:
        return tr("This is not a web address. Enter it whole, for example "
                  "https://cnap.example.ua");
    case LocalPortals::Problem::PublicSuffix:
        return tr("This is a shared domain (like gov.ua), not one website. Enter the portal's "
                  "own address.");
    case LocalPortals::Problem::TooLong:
        return tr("This is too long.");
    case LocalPortals::Problem::Invalid:
        return tr("The kiosk cannot accept this value.");
    case LocalPortals::Problem::AlreadyExists:
        return tr("A portal with this name already exists.");
    case LocalPortals::Problem::NotLocal:
    case LocalPortals::Problem::NoSuchPortal:
        return tr("This portal cannot be edited here any more.");
    case LocalPortals::Problem::StorageError:
        return tr("The portal could not be saved. Nothing was changed.");
    }
    return {};
}

void PortalEditor::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged();
}

void PortalEditor::setProblem(const LocalPortals::Outcome &outcome)
{
    m_problems.clear();
    if (!outcome.ok())
        m_problems.insert(formKey(outcome.field), explain(outcome));
    Q_EMIT problemsChanged();
}

void PortalEditor::checkAndSave(const QVariantMap &fields)
{
    if (m_state == State::Checking || !m_portals)
        return;
    m_pending = fields;
    const LocalPortals::Change change = [&fields](QJsonObject &entry) { apply(fields, entry); };
    LocalPortals::Outcome outcome;
    if (m_portalId.isEmpty()) {
        QJsonObject entry;
        change(entry);
        outcome = m_portals->checkNew(entry);
    } else {
        outcome = m_portals->checkEdit(m_portalId, change);
    }
    setProblem(outcome);
    if (!outcome.ok()) {
        setState(State::Editing);
        return;
    }

    m_warning.clear();
    setState(State::Checking);
    HttpClient *client = m_portals->addressClient();
    if (!client) {
        LinkHealth unknown;
        unknown.status = LinkHealth::Status::Unknown;
        onChecked(unknown);
        return;
    }
    m_checker = std::make_unique<LinkChecker>(*client);
    connect(m_checker.get(), &LinkChecker::finished, this,
        [this](const std::vector<LinkHealth> &results) {
            onChecked(results.empty() ? LinkHealth() : results.front());
        });
    const QUrl url(fields.value(u"url"_s).toString().trimmed());
    m_checker->check({{m_portalId.isEmpty() ? u"new"_s : m_portalId, url}});
}

void PortalEditor::onChecked(const LinkHealth &health)
{
    if (m_checker) {
        m_checker->disconnect(this);
        m_checker.release()->deleteLater(); // finished() is being emitted by it
    }
    if (health.status == LinkHealth::Status::Ok) {
        save();
        return;
    }
    if (health.status == LinkHealth::Status::Unknown)
        m_warning = tr("The address could not be checked now.");
    else if (health.errorCode == "tls"_L1)
        m_warning = tr("The site answered, but its security certificate is not valid: browsers, "
                       "the kiosk's included, will warn or refuse to open it.");
    else if (health.errorCode == "dns"_L1)
        m_warning = tr("No website was found at this address. Check it for typing mistakes.");
    else if (health.errorCode == "http"_L1)
        m_warning = tr("The site answered with an error (%1): the page may have moved.")
                        .arg(health.httpStatus);
    else
        m_warning = tr("The site did not answer.");
    setState(State::NotAnswering);
}

void PortalEditor::saveAnyway()
{
    if (m_state == State::NotAnswering)
        save();
}

void PortalEditor::cancel()
{
    if (m_checker) {
        m_checker->cancel();
        m_checker.reset();
    }
    if (m_state == State::Checking || m_state == State::NotAnswering)
        setState(State::Editing);
}

void PortalEditor::save()
{
    if (!m_portals)
        return;
    const QVariantMap fields = m_pending;
    const LocalPortals::Change change = [&fields](QJsonObject &entry) { apply(fields, entry); };
    LocalPortals::Outcome outcome;
    if (m_portalId.isEmpty()) {
        QJsonObject entry;
        change(entry);
        outcome = m_portals->add(entry);
    } else {
        outcome = m_portals->edit(m_portalId, change);
    }
    setProblem(outcome);
    if (!outcome.ok()) {
        setState(State::Editing);
        return;
    }
    m_savedId = outcome.id;
    setState(State::Saved);
}

} // namespace Mist
