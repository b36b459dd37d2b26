// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The librarian's changes to the directory: add, edit and remove local portals (the hromada's own
// sites the feed does not list), and hide or pin any portal. The one implementation behind
// `mistctl portal …` and the librarian's "Local portals" screens. A new or edited portal is
// checked by FeedParser, so nothing can be stored that a kiosk would refuse to read back; every
// change is an admin event ("portal:<id>", the id only) and ends with changed(), on which the
// running kiosk reloads its Directory.
#pragma once

#include "admin/adminevents.h"
#include "directorystore.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Mist {

class HttpClient;

class LocalPortals : public QObject
{
    Q_OBJECT
public:
    // Why a change was refused.
    enum class Problem {
        None,
        Missing, // a required field is empty (field() names it)
        NotHttps, // the address is not https:// (plain http included)
        BadAddress, // not an absolute URL, no host, a user name in it, not a DNS name
        PublicSuffix, // the host is a public suffix (gov.ua, com.ua, github.io…)
        TooLong,
        Invalid, // any other check of the feed format (reason() says which)
        AlreadyExists, // add(): the id is taken (by a local portal or a feed entry)
        NotLocal, // edit()/remove() of a feed entry: it can only be hidden or pinned
        NoSuchPortal,
        StorageError, // the store refused; nothing was changed
    };
    Q_ENUM(Problem)

    struct Outcome
    {
        Problem problem = Problem::None;
        // The field of the feed format to blame ("name.uk", "online.url", "scope.area.uk"), empty
        // when no one field is.
        QString field;
        // In English, FeedParser's words ("online.url is not https") or the store's error: for
        // mistctl and the log. The screens translate problem instead.
        QString reason;
        QString id; // the portal concerned

        [[nodiscard]] bool ok() const { return problem == Problem::None; }
    };

    // store is not owned and must outlive this object; it must be open.
    explicit LocalPortals(DirectoryStore &store, QObject *parent = nullptr);

    // Where admin events go; none by default.
    void setEventSink(AdminEventSink sink) { m_sink = std::move(sink); }
    // The client the screens check a new address with (not owned; null: no checks possible).
    void setAddressClient(HttpClient *client) { m_addressClient = client; }
    [[nodiscard]] HttpClient *addressClient() const { return m_addressClient; }
    [[nodiscard]] DirectoryStore &store() const { return m_store; }

    // "local." plus the Ukrainian name in Latin letters: readable, stable, never a feed id.
    [[nodiscard]] static QString idFromName(const QString &nameUk);
    // Sets object[key][language] = value (feed format), dropping empty texts and objects.
    static void setLocalized(
        QJsonObject &object, const QString &key, const QString &language, const QString &value);
    // The field a FeedParser reason starts with ("online.url's host…" → "online.url"), or empty.
    [[nodiscard]] static QString fieldOf(const QString &reason);

    // True if id names a local portal, or any entry (local or feed).
    [[nodiscard]] bool isLocal(const QString &id) const;
    [[nodiscard]] bool exists(const QString &id) const;

    // Checks an entry (feed format) as add() and edit() would, without storing it: the required
    // fields (name.uk, description.uk, online.url, and scope.area.uk for a hromada or oblast
    // portal), then FeedParser's checks.
    [[nodiscard]] Outcome check(const QJsonObject &entry) const;
    // What add() would say, without storing anything (the screens check before the live check).
    [[nodiscard]] Outcome checkNew(QJsonObject entry) const;
    // Adds a local portal. A missing id is made from name.uk; missing categories are "other";
    // a missing scope is "hromada"; modified is today.
    Outcome add(QJsonObject entry);

    using Change = std::function<void(QJsonObject &entry)>;
    // What edit() would say, without storing anything.
    [[nodiscard]] Outcome checkEdit(const QString &id, const Change &change) const;
    // Changes a local portal: change() edits its entry in the feed format. The id never changes.
    Outcome edit(const QString &id, const Change &change);
    Outcome remove(const QString &id);
    // The librarian's choices about any entry, local or feed.
    Outcome setHidden(const QString &id, bool hidden);
    // Unpinning also forgets the position.
    Outcome setPinned(const QString &id, bool pinned, std::optional<int> position = {});
    [[nodiscard]] DirectoryStore::Override overrideOf(const QString &id) const;

Q_SIGNALS:
    // After every stored change, with the portal's id.
    void changed(const QString &id);

private:
    [[nodiscard]] static QJsonObject withDefaults(QJsonObject entry);
    // The edited entry, or the reason there is none (not local, no such portal).
    [[nodiscard]] std::optional<QJsonObject> edited(
        const QString &id, const Change &change, Outcome *outcome) const;
    Outcome store(const QJsonObject &entry);
    Outcome storeOverride(const DirectoryStore::Override &choice);
    void done(const QString &id);

    DirectoryStore &m_store;
    AdminEventSink m_sink;
    HttpClient *m_addressClient = nullptr;
};

} // namespace Mist
