// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// mistctl portal …: the librarian's own portals (the hromada's sites the regional feed does not
// list) and their choices about any portal: hide it, pin it to the top, put it in order. All of
// it lives apart from the feed and survives every sync. A new or edited portal is checked by
// the same code that checks a downloaded feed, so mistctl cannot store what a kiosk would refuse.
// The rules live in LocalPortals (services/directory), which the librarian's screens use too;
// this file only turns options into the feed format and outcomes into messages.

#include "ctlcommand.h"

#include "directory/directorystore.h"
#include "directory/localportals.h"
#include "directory/portalentry.h"
#include "directory/portalentryjson.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

// Every field a librarian can set from the command line, as (option, feed path, help).
struct FieldOption
{
    const char *option;
    const char *help;
};

constexpr FieldOption textOptions[] = {
    {"name-uk", "The portal's name in Ukrainian (required for add)."},
    {"name-en", "The portal's name in English."},
    {"description-uk", "What citizens do there, in Ukrainian (required for add)."},
    {"description-en", "What citizens do there, in English."},
    {"url", "The portal's https:// address (required for add)."},
    {"scope", "hromada (default) or oblast."},
    {"area-uk", "The hromada or oblast, in Ukrainian."},
    {"area-en", "The hromada or oblast, in English."},
    {"katottg", "The KATOTTG code of the hromada (UA + 17 digits)."},
    {"authority-uk", "Who runs the service, in Ukrainian."},
    {"authority-en", "Who runs the service, in English."},
    {"address-uk", "Where to go in person (e.g. the CNAP), in Ukrainian."},
    {"address-en", "Where to go in person, in English."},
    {"phone", "The in-person office's phone number, as published."},
    {"hours-uk", "Opening hours, in Ukrainian."},
    {"hours-en", "Opening hours, in English."},
};

constexpr FieldOption listOptions[] = {
    {"category",
        "A category id (repeatable; the first is the main one): documents-id, "
        "family-children, pension-social, health, land-property, business, taxes, "
        "transport, justice, education, participation, other."},
    {"keyword-uk", "A search keyword in Ukrainian (repeatable)."},
    {"keyword-en", "A search keyword in English or Latin letters (repeatable)."},
    {"eid", "An e-ID the portal needs (repeatable): kep, diia-signature, bankid, none."},
    {"login-host", "An extra host the login needs, e.g. id.gov.ua (repeatable)."},
};

void addFieldOptions(QCommandLineParser &parser)
{
    for (const FieldOption &field : textOptions) {
        parser.addOption(
            {QString::fromLatin1(field.option), QString::fromLatin1(field.help), u"TEXT"_s});
    }
    for (const FieldOption &field : listOptions) {
        parser.addOption(
            {QString::fromLatin1(field.option), QString::fromLatin1(field.help), u"VALUE"_s});
    }
}

// Writes the options that were given into entry (the feed format), leaving the others alone.
void applyOptions(const QCommandLineParser &parser, QJsonObject &entry)
{
    const auto setLocalized = &LocalPortals::setLocalized;
    const auto given = [&](const char *name) { return parser.isSet(QString::fromLatin1(name)); };
    const auto value
        = [&](const char *name) { return parser.value(QString::fromLatin1(name)).trimmed(); };
    const auto values = [&](const char *name) {
        QStringList result;
        for (const QString &item : parser.values(QString::fromLatin1(name))) {
            for (const QString &part : item.split(u',', Qt::SkipEmptyParts))
                result << part.trimmed();
        }
        return result;
    };

    for (const auto &[option, key] :
        {std::pair {"name", "name"}, {"description", "description"}, {"authority", "authority"}}) {
        for (const char *language : {"uk", "en"}) {
            const QByteArray name = QByteArray(option) + '-' + language;
            if (given(name.constData()))
                setLocalized(entry, QString::fromLatin1(key), QString::fromLatin1(language),
                    value(name.constData()));
        }
    }

    QJsonObject online = entry.value(u"online"_s).toObject();
    if (given("url"))
        online.insert(u"url"_s, value("url"));
    if (given("login-host"))
        online.insert(u"loginHosts"_s, QJsonArray::fromStringList(values("login-host")));
    entry.insert(u"online"_s, online);

    QJsonObject scope = entry.value(u"scope"_s).toObject();
    if (!scope.contains(u"level"_s) || given("scope"))
        scope.insert(u"level"_s, given("scope") ? value("scope") : u"hromada"_s);
    if (given("katottg"))
        scope.insert(u"katottg"_s, value("katottg"));
    if (given("area-uk"))
        setLocalized(scope, u"area"_s, u"uk"_s, value("area-uk"));
    if (given("area-en"))
        setLocalized(scope, u"area"_s, u"en"_s, value("area-en"));
    entry.insert(u"scope"_s, scope);

    if (given("category"))
        entry.insert(u"categories"_s, QJsonArray::fromStringList(values("category")));
    if (given("eid"))
        entry.insert(u"eId"_s, QJsonArray::fromStringList(values("eid")));

    QJsonObject keywords = entry.value(u"keywords"_s).toObject();
    if (given("keyword-uk"))
        keywords.insert(u"uk"_s, QJsonArray::fromStringList(values("keyword-uk")));
    if (given("keyword-en"))
        keywords.insert(u"en"_s, QJsonArray::fromStringList(values("keyword-en")));
    if (!keywords.isEmpty())
        entry.insert(u"keywords"_s, keywords);

    QJsonObject inPerson = entry.value(u"inPerson"_s).toObject();
    if (given("address-uk"))
        setLocalized(inPerson, u"address"_s, u"uk"_s, value("address-uk"));
    if (given("address-en"))
        setLocalized(inPerson, u"address"_s, u"en"_s, value("address-en"));
    if (given("phone"))
        inPerson.insert(u"phone"_s, value("phone"));
    if (given("hours-uk"))
        setLocalized(inPerson, u"openingHours"_s, u"uk"_s, value("hours-uk"));
    if (given("hours-en"))
        setLocalized(inPerson, u"openingHours"_s, u"en"_s, value("hours-en"));
    if (inPerson.isEmpty())
        entry.remove(u"inPerson"_s);
    else
        entry.insert(u"inPerson"_s, inPerson);
}

bool openStore(CtlInvocation &invocation, DirectoryStore &store)
{
    if (store.open())
        return true;
    invocation.printError(
        u"cannot open the directory in %1: %2"_s.arg(invocation.dataDir(), store.errorString()));
    return false;
}

// The feed's checks name fields of the feed ("online.url is not https"); a librarian typed
// options. Rewrites the field that starts reason into the option that sets it.
QString inOptionTerms(const QString &reason)
{
    static const std::pair<QLatin1StringView, QLatin1StringView> fields[] = {
        {"inPerson.openingHours.uk"_L1, "--hours-uk"_L1},
        {"inPerson.openingHours.en"_L1, "--hours-en"_L1},
        {"inPerson.address.uk"_L1, "--address-uk"_L1},
        {"inPerson.address.en"_L1, "--address-en"_L1},
        {"inPerson.address"_L1, "--address-uk"_L1},
        {"inPerson.phone"_L1, "--phone"_L1},
        {"online.loginHosts"_L1, "--login-host"_L1},
        {"online.url's host"_L1, "the host of --url"_L1},
        {"online.url"_L1, "--url"_L1},
        {"scope.area.uk"_L1, "--area-uk"_L1},
        {"scope.area.en"_L1, "--area-en"_L1},
        {"scope.area"_L1, "--area-uk"_L1},
        {"scope.katottg"_L1, "--katottg"_L1},
        {"scope.level"_L1, "--scope"_L1},
        {"description.uk"_L1, "--description-uk"_L1},
        {"description.en"_L1, "--description-en"_L1},
        {"authority.uk"_L1, "--authority-uk"_L1},
        {"authority.en"_L1, "--authority-en"_L1},
        {"name.uk"_L1, "--name-uk"_L1},
        {"name.en"_L1, "--name-en"_L1},
        {"categories"_L1, "--category"_L1},
        {"keywords"_L1, "--keyword-uk/--keyword-en"_L1},
        {"eId"_L1, "--eid"_L1},
        {"id"_L1, "--id"_L1},
    };
    for (const auto &[field, option] : fields) {
        if (reason.startsWith(field) && reason.size() > field.size()
            && (reason.at(field.size()) == u' ' || reason.at(field.size()) == u'['))
            return option + reason.mid(field.size());
    }
    return reason;
}

// Prints what a change did, or why it was refused (in the options' terms).
int report(CtlInvocation &invocation, const LocalPortals &portals,
    const LocalPortals::Outcome &outcome, const char *verb)
{
    switch (outcome.problem) {
    case LocalPortals::Problem::None:
        break;
    case LocalPortals::Problem::StorageError:
        invocation.printError(u"could not save: %1"_s.arg(outcome.reason));
        return CtlInvocation::exitFailure;
    case LocalPortals::Problem::AlreadyExists:
        invocation.printError(u"%1 already exists; use `mistctl portal edit %1`"_s.arg(outcome.id));
        return CtlInvocation::exitFailure;
    case LocalPortals::Problem::NotLocal:
    case LocalPortals::Problem::NoSuchPortal:
        invocation.printError(outcome.reason);
        return CtlInvocation::exitFailure;
    default:
        invocation.printError(u"not %1: %2 (see `mistctl %3 --help`)"_s.arg(
            QString::fromLatin1(verb), inOptionTerms(outcome.reason), invocation.commandName()));
        return CtlInvocation::exitFailure;
    }
    const std::optional<DirectoryStore::LocalPortal> stored
        = portals.store().localPortal(outcome.id);
    if (invocation.json() && stored)
        CtlInvocation::printJson(PortalEntryJson::toJson(stored->entry));
    else
        std::printf("%s %s\n", verb, qPrintable(outcome.id));
    return CtlInvocation::exitOk;
}

// The directory and the usage log of one mistctl run, and the service that changes them.
struct PortalSession
{
    explicit PortalSession(CtlInvocation &invocation)
        : store(invocation.dataDir(), u"mistctl"_s)
        , portals(store)
        , opened(openStore(invocation, store))
    {
        if (opened) {
            audit = std::make_unique<CtlAuditLog>(invocation.dataDir());
            portals.setEventSink(audit->sink);
        }
    }

    DirectoryStore store;
    LocalPortals portals;
    bool opened = false;
    std::unique_ptr<CtlAuditLog> audit;
};

int add(CtlInvocation &invocation)
{
    QCommandLineParser &parser = invocation.parser();
    parser.addOption(
        {u"id"_s, u"The portal's id (default: local.<name in Latin letters>)."_s, u"ID"_s});
    addFieldOptions(parser);
    if (!invocation.parse())
        return CtlInvocation::exitUsage;
    if (!parser.isSet(u"name-uk"_s) || !parser.isSet(u"description-uk"_s)
        || !parser.isSet(u"url"_s)) {
        invocation.printError(u"--name-uk, --description-uk and --url are required"_s);
        return CtlInvocation::exitUsage;
    }
    // The service would say "scope.area.uk is missing": say which option instead.
    const QString level
        = parser.isSet(u"scope"_s) ? parser.value(u"scope"_s).trimmed() : u"hromada"_s;
    if ((level == "hromada"_L1 || level == "oblast"_L1) && !parser.isSet(u"area-uk"_s)) {
        invocation.printError(u"--area-uk is required for a%1 %2 portal"_s.arg(
            level == "oblast"_L1 ? u"n"_s : QString(), level));
        return CtlInvocation::exitUsage;
    }

    PortalSession session(invocation);
    if (!session.opened)
        return CtlInvocation::exitFailure;
    QJsonObject entry;
    if (parser.isSet(u"id"_s))
        entry.insert(u"id"_s, parser.value(u"id"_s).trimmed());
    applyOptions(parser, entry);
    return report(invocation, session.portals, session.portals.add(entry), "added");
}

int edit(CtlInvocation &invocation)
{
    addFieldOptions(invocation.parser());
    if (!invocation.parse(u"ID"_s))
        return CtlInvocation::exitUsage;
    if (invocation.positional().size() != 1) {
        invocation.printError(u"give the id of one local portal"_s);
        return CtlInvocation::exitUsage;
    }
    const QString id = invocation.positional().constFirst();
    PortalSession session(invocation);
    if (!session.opened)
        return CtlInvocation::exitFailure;
    const LocalPortals::Outcome outcome = session.portals.edit(
        id, [&invocation](QJsonObject &entry) { applyOptions(invocation.parser(), entry); });
    return report(invocation, session.portals, outcome, "edited");
}

// hide, unhide, pin, unpin: a choice about any entry, feed or local.
int setChoice(CtlInvocation &invocation,
    const std::function<LocalPortals::Outcome(
        LocalPortals &, const QString &, std::optional<int> position)> &change,
    const char *verb, bool takesPosition)
{
    if (takesPosition) {
        invocation.parser().addOption(
            {u"position"_s, u"Order among pinned portals (lower comes first)."_s, u"N"_s});
    }
    if (!invocation.parse(u"ID"_s))
        return CtlInvocation::exitUsage;
    if (invocation.positional().size() != 1) {
        invocation.printError(u"give the id of one portal (see `mistctl portal list`)"_s);
        return CtlInvocation::exitUsage;
    }
    std::optional<int> position;
    if (takesPosition && invocation.parser().isSet(u"position"_s)) {
        bool ok = false;
        position = invocation.parser().value(u"position"_s).toInt(&ok);
        if (!ok || *position < 0 || *position > 9999) {
            invocation.printError(u"--position takes a whole number from 0 to 9999"_s);
            return CtlInvocation::exitUsage;
        }
    }
    const QString id = invocation.positional().constFirst();
    PortalSession session(invocation);
    if (!session.opened)
        return CtlInvocation::exitFailure;
    const LocalPortals::Outcome outcome = change(session.portals, id, position);
    if (!outcome.ok()) {
        invocation.printError(outcome.problem == LocalPortals::Problem::StorageError
                ? u"could not save: %1"_s.arg(outcome.reason)
                : outcome.reason);
        return CtlInvocation::exitFailure;
    }
    std::printf("%s %s\n", verb, qPrintable(id));
    return CtlInvocation::exitOk;
}

int remove(CtlInvocation &invocation)
{
    if (!invocation.parse(u"ID"_s))
        return CtlInvocation::exitUsage;
    if (invocation.positional().size() != 1) {
        invocation.printError(u"give the id of one local portal"_s);
        return CtlInvocation::exitUsage;
    }
    const QString id = invocation.positional().constFirst();
    PortalSession session(invocation);
    if (!session.opened)
        return CtlInvocation::exitFailure;
    const LocalPortals::Outcome outcome = session.portals.remove(id);
    switch (outcome.problem) {
    case LocalPortals::Problem::None:
        std::printf("removed %s\n", qPrintable(id));
        return CtlInvocation::exitOk;
    case LocalPortals::Problem::NotLocal:
    case LocalPortals::Problem::NoSuchPortal:
        invocation.printError(u"%1 is not a local portal (to take a feed entry off the screen, "
                              "use `mistctl portal hide %1`)"_s.arg(id));
        return CtlInvocation::exitFailure;
    default:
        invocation.printError(u"could not remove: %1"_s.arg(outcome.reason));
        return CtlInvocation::exitFailure;
    }
}

int list(CtlInvocation &invocation)
{
    if (!invocation.parse())
        return CtlInvocation::exitUsage;
    DirectoryStore store(invocation.dataDir(), u"mistctl"_s);
    if (!openStore(invocation, store))
        return CtlInvocation::exitFailure;
    const LocalPortals portals(store);

    // The local portals, then every feed entry the librarian made a choice about.
    struct Row
    {
        QString id;
        QString name;
        QString url;
        QString origin;
        DirectoryStore::Override choice;
    };
    std::vector<Row> rows;
    for (const DirectoryStore::LocalPortal &local : store.localPortals()) {
        rows.push_back({local.entry.id, local.entry.name.uk, local.entry.url.toString(), u"local"_s,
            portals.overrideOf(local.entry.id)});
    }
    const std::vector<DirectoryStore::Override> choices = store.overrides();
    for (const PortalEntry &entry : store.feedEntries()) {
        for (const DirectoryStore::Override &choice : choices) {
            if (choice.entryId == entry.id && (choice.hidden || choice.pinned || choice.position))
                rows.push_back({entry.id, entry.name.uk, entry.url.toString(), u"feed"_s, choice});
        }
    }

    if (invocation.json()) {
        QJsonArray array;
        for (const Row &row : rows) {
            QJsonObject object {{u"id"_s, row.id}, {u"name"_s, row.name}, {u"url"_s, row.url},
                {u"origin"_s, row.origin}, {u"hidden"_s, row.choice.hidden},
                {u"pinned"_s, row.choice.pinned}};
            if (row.choice.position)
                object.insert(u"position"_s, *row.choice.position);
            array.append(object);
        }
        CtlInvocation::printJson(array);
        return CtlInvocation::exitOk;
    }
    if (rows.empty()) {
        std::printf("No local portals and no hidden or pinned entries. "
                    "Add one with `mistctl portal add --name-uk … --url https://…`.\n");
        return CtlInvocation::exitOk;
    }
    for (const Row &row : rows) {
        QStringList flags {row.origin};
        if (row.choice.pinned)
            flags << (row.choice.position ? u"pinned #%1"_s.arg(*row.choice.position)
                                          : u"pinned"_s);
        if (row.choice.hidden)
            flags << u"hidden"_s;
        std::printf("%-32s %s\n    %s  [%s]\n", qPrintable(row.id), qPrintable(row.name),
            qPrintable(row.url), qPrintable(flags.join(u", "_s)));
    }
    return CtlInvocation::exitOk;
}

} // namespace

std::vector<CtlCommand> portalCommands()
{
    return {
        {u"portal add"_s, u"Add a local portal (the hromada's own site)."_s, add},
        {u"portal edit"_s, u"Change a local portal's fields."_s, edit},
        {u"portal hide"_s, u"Take a portal off the citizens' screens (it stays stored)."_s,
            [](CtlInvocation &i) {
                return setChoice(
                    i, [](auto &p, const QString &id, auto) { return p.setHidden(id, true); },
                    "hidden", false);
            }},
        {u"portal unhide"_s, u"Show a hidden portal again."_s,
            [](CtlInvocation &i) {
                return setChoice(
                    i, [](auto &p, const QString &id, auto) { return p.setHidden(id, false); },
                    "shown", false);
            }},
        {u"portal pin"_s, u"Put a portal first in lists and search results."_s,
            [](CtlInvocation &i) {
                return setChoice(
                    i,
                    [](auto &p, const QString &id, std::optional<int> position) {
                        return p.setPinned(id, true, position);
                    },
                    "pinned", true);
            }},
        {u"portal unpin"_s, u"Stop pinning a portal."_s,
            [](CtlInvocation &i) {
                return setChoice(
                    i, [](auto &p, const QString &id, auto) { return p.setPinned(id, false); },
                    "unpinned", false);
            }},
        {u"portal remove"_s, u"Delete a local portal."_s, remove},
        {u"portal list"_s, u"List local portals and hidden or pinned entries."_s, list},
    };
}

} // namespace Mist
