// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "directoryadmin.h"

#include "directory/directory.h"
#include "directory/directoryupdater.h"
#include "schedule/calendarzones.h"
#include "usage/usagerecorder.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

bool isRefusal(const QString &code)
{
    static const QStringList refused {u"bad-signature"_s, u"unknown-key"_s, u"unsigned"_s,
        u"comment-mismatch"_s, u"rollback"_s, u"expired"_s, u"invalid-json"_s, u"schema"_s,
        u"too-large"_s};
    return refused.contains(code);
}

bool isSignatureProblem(const QString &code)
{
    return code == "bad-signature"_L1 || code == "unknown-key"_L1 || code == "unsigned"_L1
        || code == "comment-mismatch"_L1;
}

} // namespace

DirectoryAdmin::DirectoryAdmin(QObject *parent)
    : QObject(parent)
{ }

void DirectoryAdmin::setUpdater(DirectoryUpdater *updater)
{
    if (updater == m_updater)
        return;
    if (m_updater)
        disconnect(m_updater, nullptr, this, nullptr);
    m_updater = updater;
    if (m_updater) {
        connect(m_updater, &DirectoryUpdater::syncStarted, this, &DirectoryAdmin::changed);
        connect(m_updater, &DirectoryUpdater::syncFinished, this,
            [this](const DirectoryStore::SyncResult &result) {
                m_result = result;
                Q_EMIT changed();
            });
        connect(m_updater, &DirectoryUpdater::linkCheckStarted, this, &DirectoryAdmin::changed);
        connect(m_updater, &DirectoryUpdater::linkCheckProgress, this, [this](int done, int total) {
            m_done = done;
            m_total = total;
            Q_EMIT progressChanged();
        });
        connect(m_updater, &DirectoryUpdater::linksChecked, this, &DirectoryAdmin::changed);
    }
    Q_EMIT changed();
}

void DirectoryAdmin::setUsage(UsageRecorder *usage)
{
    if (usage == m_usage)
        return;
    m_usage = usage;
    Q_EMIT changed();
}

void DirectoryAdmin::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    Q_EMIT changed();
}

bool DirectoryAdmin::isConfigured() const
{
    return m_updater && m_updater->isSyncConfigured();
}

bool DirectoryAdmin::isUpdating() const
{
    return m_updater && m_updater->isSyncing();
}

bool DirectoryAdmin::isChecking() const
{
    return m_updater && m_updater->isCheckingLinks();
}

QString DirectoryAdmin::lastUpdateText() const
{
    return m_updater ? lastUpdate(m_updater->lastSync(), m_language) : QString();
}

QString DirectoryAdmin::healthText() const
{
    return m_updater ? healthSummary(m_updater->linkHealth(), m_updater->directory(), m_language)
                     : QString();
}

QStringList DirectoryAdmin::downPortals() const
{
    QStringList down;
    if (m_updater)
        (void)healthSummary(m_updater->linkHealth(), m_updater->directory(), m_language, &down);
    return down;
}

bool DirectoryAdmin::updateNow()
{
    if (!m_updater)
        return false;
    if (!m_updater->isSyncConfigured()) {
        m_result = {{}, false, u"not-configured"_s, {}};
        Q_EMIT changed();
        return false;
    }
    if (!m_updater->syncNow())
        return false; // one is running: its result will show
    record(u"directory-update"_s);
    m_result = {};
    Q_EMIT changed();
    return true;
}

bool DirectoryAdmin::checkNow()
{
    if (!m_updater || !m_updater->checkLinksNow())
        return false;
    record(u"links-check"_s);
    m_done = 0;
    m_total = 0;
    Q_EMIT progressChanged();
    Q_EMIT changed();
    return true;
}

void DirectoryAdmin::record(const QString &action)
{
    if (m_usage)
        m_usage->adminEvent(UsageEvent::Type::AdminAction, action, std::nullopt);
}

DirectoryAdmin::Outcome DirectoryAdmin::outcomeOf(const DirectoryStore::SyncResult &result)
{
    if (result.code.isEmpty())
        return Outcome::None;
    if (result.code == "stored"_L1)
        return Outcome::Accepted;
    if (result.ok)
        return Outcome::NothingNew;
    return isRefusal(result.code) ? Outcome::Refused : Outcome::Failed;
}

QString DirectoryAdmin::describe(const DirectoryStore::SyncResult &result)
{
    const QString &code = result.code;
    switch (outcomeOf(result)) {
    case Outcome::None:
        return {};
    case Outcome::Accepted:
        return tr("Accepted: %n portal(s) in the new directory.", nullptr, int(result.entries));
    case Outcome::NothingNew:
        return tr("Nothing new: the kiosk already has the latest directory.");
    case Outcome::Refused:
        if (isSignatureProblem(code))
            return tr("Refused: the signature does not match.");
        if (code == "rollback"_L1)
            return tr("Refused: this directory is older than the one the kiosk has.");
        if (code == "expired"_L1)
            return tr("Refused: this directory has expired.");
        return tr("Refused: the file is not a valid portal directory.");
    case Outcome::Failed:
        break;
    }
    if (code == "not-configured"_L1)
        return tr("No directory feed is set up on this kiosk.");
    if (code == "http"_L1)
        return tr("The directory's server answered with an error.");
    if (code == "storage"_L1)
        return tr("The new directory could not be saved on this kiosk.");
    return tr("The directory's server could not be reached.");
}

QString DirectoryAdmin::meaning(const DirectoryStore::SyncResult &result)
{
    switch (outcomeOf(result)) {
    case Outcome::None:
        return {};
    case Outcome::Accepted:
        return tr("Citizens see the new directory now.");
    case Outcome::NothingNew:
        return tr("Citizens see the same portals as before.");
    case Outcome::Refused:
        return tr("The kiosk keeps the last good directory: citizens see the portals they saw "
                  "before. Tell your regional administrator.");
    case Outcome::Failed:
        break;
    }
    if (result.code == "not-configured"_L1)
        return tr("Citizens see the directory the kiosk has. Your regional administrator sets "
                  "up the feed and its key.");
    return tr("The kiosk keeps the last good directory and tries again later. Check the "
              "internet connection if this repeats.");
}

QString DirectoryAdmin::when(const QDateTime &utc, const QString &language)
{
    const QLocale locale(language == "en"_L1 ? QLocale::English : QLocale::Ukrainian,
        language == "en"_L1 ? QLocale::UnitedKingdom : QLocale::Ukraine);
    return locale.toString(CalendarZones::toKyiv(utc), u"d MMMM yyyy, HH:mm"_s);
}

QString DirectoryAdmin::lastUpdate(const DirectoryStore::SyncResult &last, const QString &language)
{
    if (!last.at.isValid())
        return tr("Not updated yet.");
    QString how;
    switch (outcomeOf(last)) {
    case Outcome::Accepted:
        how = tr("a new directory accepted");
        break;
    case Outcome::NothingNew:
        how = tr("nothing new");
        break;
    case Outcome::Refused:
        how = tr("refused");
        break;
    case Outcome::None:
    case Outcome::Failed:
        how = tr("failed");
        break;
    }
    return tr("%1 (%2)").arg(when(last.at, language), how);
}

QString DirectoryAdmin::healthSummary(const std::vector<LinkHealth> &health,
    const Directory &directory, const QString &language, QStringList *down)
{
    // Only the portals citizens are offered, as the check itself.
    QDateTime checkedAt;
    int checked = 0;
    int ok = 0;
    QStringList names;
    for (const LinkHealth &each : health) {
        const int index = directory.indexOf(each.entryId);
        if (index < 0 || directory.items()[size_t(index)].hidden || !each.checkedAt.isValid())
            continue;
        ++checked;
        checkedAt = std::max(checkedAt, each.checkedAt);
        if (each.status == LinkHealth::Status::Ok) {
            ++ok;
        } else if (each.status == LinkHealth::Status::Down) {
            const PortalEntry &entry = directory.items()[size_t(index)].entry;
            names << (language == "en"_L1 && !entry.name.en.isEmpty() ? entry.name.en
                                                                      : entry.name.uk);
        }
    }
    if (down)
        *down = names;
    if (checked == 0)
        return tr("The portals have not been checked yet.");
    const QString time = when(checkedAt, language);
    if (!names.isEmpty())
        return tr("%n portal(s) did not answer at %1.", nullptr, int(names.size())).arg(time);
    if (ok == 0)
        return tr("The check at %1 could not reach the internet.").arg(time);
    return tr("All %n portal(s) answered at %1.", nullptr, ok).arg(time);
}

} // namespace Mist
