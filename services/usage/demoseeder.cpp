// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "demoseeder.h"

#include "directory/bundleddirectory.h"
#include "schedule/bundledschedule.h"
#include "schedule/calendarzones.h"
#include "schedule/icsparser.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

// Relative visits per opening hour 9:00–17:59: busiest late morning and after lunch.
constexpr std::array<double, 9> hourWeights {0.6, 1.0, 1.3, 1.2, 0.8, 1.1, 1.2, 0.9, 0.5};

class SessionMaker
{
public:
    SessionMaker(const DemoSeeder::Settings &settings, quint32 seed)
        : m_settings(settings)
        , m_random(seed)
    {
        for (const PortalEntry &entry : BundledDirectory::load().feed.entries) {
            m_services.push_back(entry.id);
            for (const PortalEntry::Category category : entry.categories)
                m_byCategory[PortalEntry::categoryId(category)].push_back(entry.id);
        }
        // In shelf order: the first shelves draw most visitors.
        for (const PortalEntry::Category category : PortalEntry::allCategories()) {
            if (m_byCategory.contains(PortalEntry::categoryId(category)))
                m_categories << PortalEntry::categoryId(category);
        }
        for (const IcsEvent &event : IcsParser::parse(BundledSchedule::load()).events)
            m_trainings << event.uid;
        if (m_trainings.isEmpty())
            m_trainings << u"training"_s;
    }

    double uniform() { return m_random.generateDouble(); }
    int below(int n) { return n <= 1 ? 0 : int(m_random.bounded(n)); }
    bool chance(double p) { return uniform() < p; }

    // A session of a visitor starting at startMs: its events, in time order.
    void make(qint64 startMs, std::vector<UsageEvent> &out)
    {
        const QString session
            = QUuid::createUuidV5(m_namespace, QString::number(m_random.generate64()))
                  .toString(QUuid::WithoutBraces);
        qint64 t = startMs;
        auto add = [&](UsageEvent::Type type, const QString &subject = {},
                       std::optional<qint64> value = std::nullopt) {
            out.push_back({t, m_settings.kioskId, session, type, subject, value, true});
        };
        add(UsageEvent::Type::SessionStarted);
        add(UsageEvent::Type::ScreenViewed, u"home"_s);
        auto step = [&](double meanSeconds) {
            // Exponential think time, at least 2 s.
            t += qint64((2.0 - std::log(1.0 - uniform()) * meanSeconds) * 1000.0);
        };
        if (chance(0.06)) {
            step(5);
            add(UsageEvent::Type::LanguageChanged, u"en"_s);
        }
        if (chance(0.12)) {
            step(5);
            add(UsageEvent::Type::TextSizeChanged, {}, chance(0.6) ? 125 : 150);
        }
        const int tasks = 1 + (chance(0.35) ? 1 : 0) + (chance(0.1) ? 1 : 0);
        for (int task = 0; task < tasks; ++task) {
            QString service;
            if (chance(0.3)) {
                step(20);
                add(UsageEvent::Type::ScreenViewed, u"search"_s);
                step(25);
                const int results = chance(0.15) ? 0 : 1 + below(8);
                add(UsageEvent::Type::SearchDone, {}, results);
                if (results > 0)
                    service = m_services.value(below(int(m_services.size())));
            } else if (chance(0.12)) {
                step(15);
                add(UsageEvent::Type::ScreenViewed, u"trainings"_s);
                step(30);
                add(UsageEvent::Type::TrainingViewed,
                    m_trainings.value(below(int(m_trainings.size()))));
                if (chance(0.3)) {
                    step(10);
                    add(UsageEvent::Type::QrShown,
                        m_trainings.value(below(int(m_trainings.size()))));
                }
                continue;
            } else {
                step(15);
                // A few categories draw most visitors.
                const int index = std::min(int(std::pow(uniform(), 2.0) * m_categories.size()),
                    int(m_categories.size()) - 1);
                const QString category = m_categories.value(index);
                add(UsageEvent::Type::CategoryOpened, category);
                const QStringList &entries = m_byCategory[category];
                service = entries.value(below(int(entries.size())));
            }
            if (service.isEmpty())
                continue;
            step(20);
            add(UsageEvent::Type::ServiceViewed, service);
            if (chance(0.55)) {
                step(15);
                add(UsageEvent::Type::PortalOpened, service);
                step(120);
                if (chance(0.07))
                    add(UsageEvent::Type::NavigationBlocked,
                        chance(0.5) ? u"www.facebook.com"_s : u"accounts.google.com"_s);
            } else if (chance(0.4)) {
                step(10);
                add(UsageEvent::Type::QrShown, service);
            }
        }
        const bool timedOut = chance(0.22);
        if (timedOut)
            t += 120000; // the idle time and the warning passed
        else
            step(10);
        add(UsageEvent::Type::SessionEnded, timedOut ? u"timeout"_s : u"finish"_s, t - startMs);
    }

private:
    const DemoSeeder::Settings &m_settings;
    QRandomGenerator m_random;
    const QUuid m_namespace {u"6f1c5a8e-3d1b-4b7e-9c61-2f0b1a7d9e55"_s};
    QStringList m_services;
    QHash<QString, QStringList> m_byCategory;
    QStringList m_categories;
    QStringList m_trainings;
};

} // namespace

DemoSeeder::Result DemoSeeder::seed(UsageStore &store, const Settings &settings)
{
    Result result;
    if (settings.days < 1 || settings.days > maxDays || settings.sessionsPerDay < 1
        || settings.sessionsPerDay > maxSessionsPerDay) {
        result.error = u"days must be 1 to %1 and sessions per day 1 to %2"_s.arg(maxDays).arg(
            maxSessionsPerDay);
        return result;
    }
    const qint64 real = store.realEventCount();
    if (real < 0) {
        result.error = store.errorString();
        return result;
    }
    if (real > 0) {
        result.error = u"the usage log already holds %1 real events; demo data is only written to "
                       u"a log without real use (use an empty --data-dir)"_s.arg(real);
        return result;
    }

    const quint32 seed = settings.seed ? settings.seed : QRandomGenerator::global()->generate();
    SessionMaker maker(settings, seed);
    const QDate lastDay = settings.lastDay.isValid()
        ? settings.lastDay
        : CalendarZones::kyivDate(QDateTime::currentDateTimeUtc());
    double hourTotal = 0;
    for (const double weight : hourWeights)
        hourTotal += weight;

    std::vector<UsageEvent> batch;
    batch.reserve(20000);
    auto flush = [&] {
        if (!store.append(batch)) {
            result.error = store.errorString();
            return false;
        }
        result.events += qint64(batch.size());
        batch.clear();
        return true;
    };
    for (int d = settings.days - 1; d >= 0; --d) {
        const QDate day = lastDay.addDays(-d);
        const int weekday = day.dayOfWeek();
        if (weekday == 7)
            continue; // libraries are closed on Sundays
        const double dayFactor = weekday == 6 ? 0.5 : 0.8 + 0.4 * maker.uniform();
        const int sessions = std::max(1, int(std::lround(settings.sessionsPerDay * dayFactor)));
        const qint64 opening
            = CalendarZones::toUtc(day, QTime(9, 0), CalendarZones::kyiv).toMSecsSinceEpoch();
        for (int s = 0; s < sessions; ++s) {
            // The hour by its weight, the minute at random.
            double pick = maker.uniform() * hourTotal;
            int hour = 0;
            while (hour + 1 < int(hourWeights.size()) && pick > hourWeights[hour]) {
                pick -= hourWeights[hour];
                ++hour;
            }
            const qint64 start
                = opening + qint64(hour) * 3600000 + qint64(maker.uniform() * 3600000.0);
            maker.make(start, batch);
            ++result.sessions;
            if (batch.size() >= 20000 && !flush())
                return result;
        }
    }
    if (!flush())
        return result;
    result.ok = true;
    return result;
}

} // namespace Mist
