// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "restartguard.h"

#include "core/logging.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

// More starts than this are never needed to decide; the file stays tiny however long a kiosk
// runs.
constexpr size_t maxKeptStarts = 50;

QString isoText(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QJsonValue &value)
{
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : QDateTime();
}

} // namespace

RestartGuard::RestartGuard(
    const QString &dataDir, std::function<QDateTime()> utcNow, Settings settings)
    : m_path(QDir(dataDir).filePath(QString(fileName)))
    , m_utcNow(std::move(utcNow))
    , m_settings(settings)
{
    m_settings.maxCrashes = std::max(1, m_settings.maxCrashes);
    m_settings.firstBackoff = std::max(std::chrono::seconds(1), m_settings.firstBackoff);
    m_settings.maxBackoff = std::max(m_settings.firstBackoff, m_settings.maxBackoff);
}

RestartGuard::RestartGuard(const QString &dataDir, std::function<QDateTime()> utcNow)
    : RestartGuard(dataDir, std::move(utcNow), Settings {})
{ }

RestartGuard::History RestartGuard::load() const
{
    History history;
    QFile file(m_path);
    if (!file.exists())
        return history;
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcApp).noquote() << "cannot read the start counter" << m_path << ":"
                                   << file.errorString() << "; starting as if it were empty";
        return history;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(64 * 1024), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qCWarning(lcApp).noquote()
            << "the start counter" << m_path << "is damaged; starting as if it were empty";
        return history;
    }
    for (const QJsonValue &value : document[u"starts"_s].toArray()) {
        const QDateTime at = fromIso(value[u"at"_s]);
        if (at.isValid())
            history.starts.push_back({at, value[u"clean"_s].toBool()});
    }
    for (const QJsonValue &value : document[u"rests"_s].toArray()) {
        const QDateTime at = fromIso(value);
        if (at.isValid())
            history.rests.push_back(at);
    }
    return history;
}

bool RestartGuard::save(const History &history) const
{
    QJsonArray starts;
    for (const Start &start : history.starts)
        starts.append(QJsonObject {{u"at"_s, isoText(start.at)}, {u"clean"_s, start.clean}});
    QJsonArray rests;
    for (const QDateTime &at : history.rests)
        rests.append(isoText(at));
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(QJsonObject {{u"starts"_s, starts}, {u"rests"_s, rests}})
                          .toJson(QJsonDocument::Compact))
            < 0
        || !file.commit()) {
        qCWarning(lcApp).noquote()
            << "cannot write the start counter" << m_path << ":" << file.errorString();
        return false;
    }
    return true;
}

RestartGuard::Decision RestartGuard::begin()
{
    const QDateTime now = m_utcNow().toUTC();
    History history = load();

    // Only the window counts for crashes, only restMemory for rests. A time in the future (the
    // clock was set back) is kept: it is recent as far as anyone can tell.
    const QDateTime windowStart = now.addSecs(-m_settings.window.count());
    std::erase_if(history.starts, [&](const Start &start) { return start.at < windowStart; });
    const QDateTime memoryStart = now.addSecs(-m_settings.restMemory.count());
    std::erase_if(history.rests, [&](const QDateTime &at) { return at < memoryStart; });

    Decision decision;
    decision.crashes = int(std::count_if(history.starts.begin(), history.starts.end(),
        [](const Start &start) { return !start.clean; }));

    if (decision.crashes >= m_settings.maxCrashes) {
        decision.rest = true;
        decision.restsToday = int(history.rests.size()) + 1;
        // 1, 2, 4... times the first back-off; the shift is bounded so it cannot overflow.
        const int doublings = std::min(decision.restsToday - 1, 20);
        const std::chrono::seconds doubled = m_settings.firstBackoff * (qint64(1) << doublings);
        decision.backoff = std::min(doubled, m_settings.maxBackoff);
        history.starts.clear(); // consumed: after the rest, a normal start
        history.rests.push_back(now);
        m_startedAt = QDateTime();
    } else {
        history.starts.push_back({now, false});
        if (history.starts.size() > maxKeptStarts)
            history.starts.erase(history.starts.begin(),
                history.starts.begin() + qsizetype(history.starts.size() - maxKeptStarts));
        m_startedAt = now;
    }
    save(history);
    return decision;
}

void RestartGuard::markCleanExit()
{
    if (!m_startedAt.isValid())
        return;
    History history = load();
    for (Start &start : history.starts) {
        if (start.at == m_startedAt)
            start.clean = true;
    }
    save(history);
}

QString RestartGuard::describe(const Decision &decision, const Settings &settings)
{
    if (!decision.rest)
        return u"normal start (%1 unclean ends in the last %2 min)"_s.arg(decision.crashes)
            .arg(settings.window.count() / 60);
    return u"%1 unclean ends in the last %2 min: resting for %3 s (rest %4 in %5 h), then a "
           u"normal start"_s.arg(decision.crashes)
               .arg(settings.window.count() / 60)
               .arg(decision.backoff.count())
               .arg(decision.restsToday)
               .arg(settings.restMemory.count() / 3600);
}

} // namespace Mist
