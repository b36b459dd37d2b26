// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "scheduleexpander.h"

#include "calendarzones.h"
#include "calendarzones_p.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

constexpr qint64 msPerDay = 24 * 60 * 60 * 1000;

using IcalSupport::fromUtcMs;
using IcalSupport::toUtcMs;
using IcalSupport::wallClock;

// One instance of an event, in milliseconds since the epoch (UTC).
struct Instance
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    QDate date; // all-day only: its Kyiv day
};

QString label(const IcsEvent &event)
{
    return event.summary.isEmpty() ? u"event %1"_s.arg(event.uid.left(60))
                                   : u"event \"%1\""_s.arg(event.summary.left(40));
}

// The instant an IcsTime names; a DATE is the Kyiv midnight starting its day.
qint64 instantMs(const IcsTime &time)
{
    if (time.isDate())
        return toUtcMs(wallClock(time.date, QTime(0, 0)), IcalSupport::kyivZone());
    return toUtcMs(wallClock(time.date, time.time), IcalSupport::zone(time.zone));
}

qint64 kyivMidnightMs(QDate date)
{
    return toUtcMs(wallClock(date, QTime(0, 0)), IcalSupport::kyivZone());
}

// True when a rule has nothing that skips periods: every DAILY period, and every WEEKLY one
// (BYDAY names weekdays that every week has), holds at least one instance. Its COUNT instances
// then end within COUNT * INTERVAL periods of DTSTART.
bool fillsEveryPeriod(const icalrecurrencetype &rule)
{
    const auto unset = [](const short *values) { return values[0] == ICAL_RECURRENCE_ARRAY_MAX; };
    const bool noFilters = unset(rule.by_second) && unset(rule.by_minute) && unset(rule.by_hour)
        && unset(rule.by_month_day) && unset(rule.by_year_day) && unset(rule.by_week_no)
        && unset(rule.by_month) && unset(rule.by_set_pos);
    if (!noFilters)
        return false;
    if (rule.freq == ICAL_DAILY_RECURRENCE)
        return unset(rule.by_day);
    if (rule.freq != ICAL_WEEKLY_RECURRENCE)
        return false;
    for (const short day : rule.by_day) {
        if (day == ICAL_RECURRENCE_ARRAY_MAX)
            break;
        if (icalrecurrencetype_day_position(day) != 0)
            return false;
    }
    return true;
}

// The day of the last instance of a counted series whose instances are plain arithmetic:
// "every n days", or "every n weeks on these weekdays" (Google Calendar's "ends after N
// occurrences") with DTSTART on one of them and nothing else in the rule. Empty for any other
// rule, and for one that runs past the year 2500 (which no window reaches).
std::optional<QDate> lastCountedDay(const icalrecurrencetype &rule, QDate dtstart)
{
    if (rule.count <= 0 || !fillsEveryPeriod(rule))
        return std::nullopt;
    const qint64 interval = std::max<short>(rule.interval, 1);
    const qint64 last = qint64(rule.count) - 1;
    // Far beyond any window; and no overflow below.
    constexpr qint64 maxDays = 500 * 366;
    if (last * interval > maxDays)
        return QDate(2501, 1, 1);
    if (rule.freq == ICAL_DAILY_RECURRENCE)
        return dtstart.addDays(last * interval);

    // libical numbers weekdays from Sunday = 1; Qt from Monday = 1 to Sunday = 7. Offsets count
    // from the week's first day (WKST, Monday unless the rule says otherwise).
    const int weekStart
        = rule.week_start == ICAL_NO_WEEKDAY ? int(ICAL_MONDAY_WEEKDAY) : int(rule.week_start);
    const auto offsetOf = [weekStart](int day) { return (day - weekStart + 7) % 7; };
    const int dtstartOffset = offsetOf(dtstart.dayOfWeek() % 7 + 1);
    std::vector<int> offsets;
    for (const short day : rule.by_day) {
        if (day == ICAL_RECURRENCE_ARRAY_MAX)
            break;
        offsets.push_back(offsetOf(int(icalrecurrencetype_day_day_of_week(day))));
    }
    if (offsets.empty())
        offsets.push_back(dtstartOffset);
    std::sort(offsets.begin(), offsets.end());
    // libical counts a weekday named twice twice: leave such a rule to libical.
    if (std::adjacent_find(offsets.begin(), offsets.end()) != offsets.end())
        return std::nullopt;
    const auto first = std::find(offsets.begin(), offsets.end(), dtstartOffset);
    if (first == offsets.end())
        return std::nullopt; // DTSTART off the rule: what counts is libical's choice; walk it
    const QDate week = dtstart.addDays(-dtstartOffset);
    const qint64 perWeek = qint64(offsets.size());
    const qint64 inFirstWeek = offsets.end() - first;
    if (last < inFirstWeek)
        return week.addDays(*(first + last));
    const qint64 rest = last - inFirstWeek;
    return week.addDays((rest / perWeek + 1) * interval * 7 + offsets[std::size_t(rest % perWeek)]);
}

class Expansion
{
public:
    Expansion(QDate from, int days, ScheduleExpander::Result &result)
        : m_result(result)
    {
        m_windowStartMs = kyivMidnightMs(from);
        m_windowEndMs = kyivMidnightMs(from.addDays(days));
        m_budget.start();
    }

    void run(const std::vector<IcsEvent> &events)
    {
        indexOverrides(events);
        for (std::size_t i = 0; i < events.size(); ++i) {
            const IcsEvent &event = events[i];
            if (event.recurrenceId)
                expandOverride(event, i);
            else if (event.isShown())
                expandMaster(event);
        }
        if (m_skippedForTime > 0) {
            m_result.truncated = true;
            m_result.overBudget = true;
            warn(u"expanding took longer than %1 ms or %2 steps; %3 recurring events were not "
                 u"expanded"_s.arg(ScheduleExpander::timeBudget.count())
                     .arg(ScheduleExpander::maxTotalRecurrenceSteps)
                     .arg(m_skippedForTime));
        }
        if (m_rulesOverBudget > 0) {
            m_result.truncated = true;
            m_result.overBudget = true;
            warn(u"%1 RRULEs took longer than %2 ms each and were stopped"_s.arg(m_rulesOverBudget)
                     .arg(ScheduleExpander::ruleTimeBudget.count()));
        }
        finish();
        if (m_warnings > maxWarnings)
            m_result.warnings << u"… and %1 more warnings"_s.arg(m_warnings - maxWarnings);
    }

private:
    // A calendar of a thousand broken rules must not make a thousand log lines.
    static constexpr int maxWarnings = 20;

    void warn(const QString &line)
    {
        if (++m_warnings <= maxWarnings)
            m_result.warnings << line;
    }

    [[nodiscard]] bool overBudget() const
    {
        return m_totalSteps >= ScheduleExpander::maxTotalRecurrenceSteps
            || m_budget.hasExpired(ScheduleExpander::timeBudget.count());
    }

    // Which slots of which series are overridden: uid -> slot start -> the override that wins
    // (the highest SEQUENCE, the later one on a tie).
    void indexOverrides(const std::vector<IcsEvent> &events)
    {
        for (std::size_t i = 0; i < events.size(); ++i) {
            const IcsEvent &event = events[i];
            if (!event.recurrenceId)
                continue;
            QHash<qint64, std::size_t> &bySlot = m_overrides[event.uid];
            const qint64 slot = instantMs(*event.recurrenceId);
            const auto existing = bySlot.constFind(slot);
            if (existing == bySlot.constEnd()
                || events[existing.value()].sequence <= event.sequence)
                bySlot.insert(slot, i);
        }
    }

    void expandOverride(const IcsEvent &event, std::size_t index)
    {
        const qint64 slot = instantMs(*event.recurrenceId);
        if (m_overrides.value(event.uid).value(slot, index) != index)
            return; // another override of the same slot wins
        if (!event.isShown())
            return; // a cancelled instance: its slot is simply empty
        const Instance instance = single(event, event.start);
        if (overlaps(instance))
            emitOccurrence(event, instance, slot);
    }

    void expandMaster(const IcsEvent &event)
    {
        if (!event.isRecurring()) {
            const Instance instance = single(event, event.start);
            // An override of a single event (some programs write one) replaces it too.
            if (overlaps(instance) && !m_overrides.value(event.uid).contains(instance.startMs))
                emitOccurrence(event, instance, std::nullopt);
            return;
        }
        if (overBudget()) {
            ++m_skippedForTime;
            return;
        }

        std::vector<Instance> candidates;
        candidates.push_back(single(event, event.start)); // DTSTART is always an instance
        for (const QByteArray &rule : event.rrules) {
            if (!expandRule(event, rule, candidates))
                break;
        }
        for (const IcsRDate &rdate : event.rdates) {
            Instance instance = single(event, rdate.start);
            if (rdate.durationSeconds)
                instance.endMs = instance.startMs + *rdate.durationSeconds * 1000;
            if (instance.startMs < m_windowEndMs && overlaps(instance))
                candidates.push_back(instance);
        }

        // Instances that coincide count once: the first found (DTSTART, RRULE, RDATE) stays.
        std::stable_sort(candidates.begin(), candidates.end(),
            [](const Instance &a, const Instance &b) { return a.startMs < b.startMs; });
        candidates.erase(
            std::unique(candidates.begin(), candidates.end(),
                [](const Instance &a, const Instance &b) { return a.startMs == b.startMs; }),
            candidates.end());

        QSet<qint64> excludedInstants;
        QSet<QDate> excludedDays;
        for (const IcsTime &exdate : event.exdates) {
            if (exdate.isDate())
                excludedDays.insert(exdate.date);
            else
                excludedInstants.insert(instantMs(exdate));
        }
        const QHash<qint64, std::size_t> overridden = m_overrides.value(event.uid);

        int emitted = 0;
        for (const Instance &instance : candidates) {
            if (!overlaps(instance) || excludedInstants.contains(instance.startMs)
                || overridden.contains(instance.startMs))
                continue;
            if (!excludedDays.isEmpty()) {
                const QDate day = instance.date.isValid()
                    ? instance.date
                    : IcalSupport::dateOf(fromUtcMs(instance.startMs, IcalSupport::kyivZone()));
                if (excludedDays.contains(day))
                    continue;
            }
            if (++emitted > ScheduleExpander::maxOccurrencesPerEvent) {
                m_result.truncated = true;
                warn(u"%1: more than %2 occurrences in the window; the rest are left out"_s
                         .arg(label(event))
                         .arg(ScheduleExpander::maxOccurrencesPerEvent));
                break;
            }
            emitOccurrence(event, instance, instance.startMs);
        }
    }

    // Adds the instances of one RRULE that can reach the window. False when time ran out.
    bool expandRule(const IcsEvent &event, const QByteArray &text, std::vector<Instance> &out)
    {
        // Every rule is a walk of its own: the budget is looked at before each one.
        if (overBudget()) {
            ++m_skippedForTime;
            return false;
        }
        icalrecurrencetype rule = icalrecurrencetype_from_string(text.constData());
        if (rule.freq == ICAL_NO_RECURRENCE)
            return true; // the parser let only readable rules through; nothing to add
        icaltimezone *zone
            = event.allDay() ? IcalSupport::kyivZone() : IcalSupport::zone(event.start.zone);

        // COUNT forbids jumping ahead (icalrecur_iterator_set_start refuses it), so a counted
        // series would be walked from DTSTART at every expansion. Where the last instance is
        // plain arithmetic, the same series is given to libical as ending there instead, and
        // jumps. libical still makes every instance.
        if (const std::optional<QDate> last = lastCountedDay(rule, event.start.date)) {
            rule.count = 0;
            // Beyond any window, the count does not matter.
            rule.until
                = last->year() <= 2500 ? wallClock(*last, event.start.time) : icaltime_null_time();
        }

        // UNTIL, applied here in UTC: libical compares a floating start with a UTC UNTIL as
        // if both were UTC. A DATE UNTIL includes its whole day; a floating one is wall-clock
        // time in the event's zone.
        qint64 limitMs = m_windowEndMs;
        if (!icaltime_is_null_time(rule.until)) {
            qint64 untilMs = 0;
            if (rule.until.is_date) {
                icaltimetype nextDay = rule.until;
                nextDay.is_date = 0;
                nextDay.day += 1;
                nextDay = icaltime_normalize(nextDay);
                untilMs = toUtcMs(nextDay, zone);
            } else if (icaltime_is_utc(rule.until)) {
                untilMs = IcalSupport::utcMs(rule.until) + 1000;
            } else {
                untilMs = toUtcMs(rule.until, zone) + 1000;
            }
            limitMs = std::min(limitMs, untilMs);
        }
        // libical's own search for the next match also stops at UNTIL (an unsatisfiable
        // FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30 otherwise searches for half a second), so UNTIL is
        // never later than a day past the window. Setting it beside COUNT works on the struct.
        icaltimetype guard = fromUtcMs(std::min(limitMs, m_windowEndMs) + msPerDay, zone);
        if (event.allDay()) {
            guard.is_date = 1;
            guard.hour = guard.minute = guard.second = 0;
        }
        rule.until = guard;

        const qint64 lengthMs
            = event.allDay() ? qint64(event.durationDays) * msPerDay : event.durationSeconds * 1000;
        // COUNT forbids jumping ahead, so a series that ended years ago would be walked from
        // its start at every expansion. Where the end can be bounded without walking, a
        // series over before the window is not walked at all (a week's margin for DST and
        // BYDAY days before DTSTART's weekday).
        if (rule.count > 0 && fillsEveryPeriod(rule)) {
            const qint64 periodDays = rule.freq == ICAL_WEEKLY_RECURRENCE ? 7 : 1;
            const qint64 boundMs = instantMs(event.start)
                + (qint64(rule.count) * std::max<short>(rule.interval, 1) * periodDays + 7)
                    * msPerDay;
            if (boundMs + lengthMs < m_windowStartMs)
                return true;
        }

        const icaltimetype dtstart = wallClock(event.start.date, event.start.time);
        icalrecur_iterator *iterator = icalrecur_iterator_new(rule, dtstart);
        if (!iterator) {
            // libical reads some combinations it then refuses to iterate (BYMONTHDAY in a
            // weekly rule, BYYEARDAY in a daily one).
            warn(u"%1: libical cannot use its RRULE; it shows at DTSTART only"_s.arg(label(event)));
            return true;
        }
        // Without COUNT, skip the years before the window. A day's margin more than the event's
        // length: set_start keeps the time of day of DTSTART for some rules.
        const qint64 skipToMs = m_windowStartMs - lengthMs - msPerDay;
        if (rule.count == 0 && skipToMs > instantMs(event.start)) {
            icaltimetype skipTo = fromUtcMs(skipToMs, zone);
            if (event.allDay()) {
                skipTo.is_date = 1;
                skipTo.hour = skipTo.minute = skipTo.second = 0;
            }
            icalrecur_iterator_set_start(iterator, skipTo);
        }

        bool inTime = true;
        int added = 0;
        QElapsedTimer ruleTime;
        ruleTime.start();
        for (int step = 0;; ++step, ++m_totalSteps) {
            if (step >= ScheduleExpander::maxRecurrenceSteps) {
                m_result.truncated = true;
                warn(u"%1: its RRULE was stopped after %2 steps"_s.arg(label(event))
                         .arg(ScheduleExpander::maxRecurrenceSteps));
                break;
            }
            // The clock at every step: one libical step can take far longer than a clock read
            // (a rule whose BY parts seldom match searches years for one instance).
            if (overBudget()) {
                inTime = false;
                ++m_skippedForTime;
                break;
            }
            if (ruleTime.hasExpired(ScheduleExpander::ruleTimeBudget.count())) {
                ++m_rulesOverBudget;
                break;
            }
            const icaltimetype next = icalrecur_iterator_next(iterator);
            if (icaltime_is_null_time(next))
                break;
            const Instance instance = event.allDay() ? day(event, IcalSupport::dateOf(next))
                                                     : timed(event, toUtcMs(next, zone));
            if (instance.startMs >= limitMs)
                break;
            if (!overlaps(instance))
                continue; // before the window
            out.push_back(instance);
            // Room for EXDATEs and overrides to remove some before the per-event cap.
            if (++added > 2 * ScheduleExpander::maxOccurrencesPerEvent)
                break;
        }
        icalrecur_iterator_free(iterator);
        return inTime;
    }

    [[nodiscard]] Instance day(const IcsEvent &event, QDate date) const
    {
        return Instance {
            kyivMidnightMs(date), kyivMidnightMs(date.addDays(event.durationDays)), date};
    }

    [[nodiscard]] Instance timed(const IcsEvent &event, qint64 startMs) const
    {
        return Instance {startMs, startMs + event.durationSeconds * 1000, {}};
    }

    [[nodiscard]] Instance single(const IcsEvent &event, const IcsTime &start) const
    {
        if (event.allDay())
            return day(event, start.date);
        return timed(event, instantMs(start));
    }

    [[nodiscard]] bool overlaps(const Instance &instance) const
    {
        // An event without length still counts at its start.
        const qint64 endMs = std::max(instance.endMs, instance.startMs + 1);
        return instance.startMs < m_windowEndMs && endMs > m_windowStartMs;
    }

    void emitOccurrence(
        const IcsEvent &event, const Instance &instance, std::optional<qint64> recurrenceIdMs)
    {
        TrainingOccurrence occurrence;
        occurrence.uid = event.uid;
        if (recurrenceIdMs)
            occurrence.recurrenceId = QDateTime::fromMSecsSinceEpoch(*recurrenceIdMs, Qt::UTC);
        occurrence.start = QDateTime::fromMSecsSinceEpoch(instance.startMs, Qt::UTC);
        occurrence.end = QDateTime::fromMSecsSinceEpoch(instance.endMs, Qt::UTC);
        occurrence.allDay = event.allDay();
        if (occurrence.allDay) {
            occurrence.date = instance.date;
            occurrence.lastDate = instance.date.addDays(event.durationDays - 1);
        }
        occurrence.summary = event.summary;
        occurrence.description = event.description;
        occurrence.location = event.location;
        occurrence.trainer = event.trainer;
        occurrence.seatsFree = event.seatsFree;
        occurrence.url = event.url;
        occurrence.status = event.status;
        m_result.occurrences.push_back(std::move(occurrence));
        // Memory stays bounded even before the final cut.
        if (m_result.occurrences.size() >= std::size_t(2 * ScheduleExpander::maxOccurrences))
            cut();
    }

    void sort()
    {
        // Sorted through indices: moving whole occurrences (a dozen strings) costs more than
        // comparing them.
        std::vector<TrainingOccurrence> &all = m_result.occurrences;
        std::vector<std::size_t> order(all.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(), [&all](std::size_t left, std::size_t right) {
            const TrainingOccurrence &a = all[left];
            const TrainingOccurrence &b = all[right];
            if (a.start != b.start)
                return a.start < b.start;
            if (a.end != b.end)
                return a.end < b.end;
            if (a.summary != b.summary)
                return a.summary < b.summary;
            if (a.uid != b.uid)
                return a.uid < b.uid;
            return a.recurrenceId < b.recurrenceId;
        });
        std::vector<TrainingOccurrence> sorted;
        sorted.reserve(all.size());
        for (const std::size_t i : order)
            sorted.push_back(std::move(all[i]));
        all = std::move(sorted);
    }

    // Keeps the earliest maxOccurrences.
    void cut()
    {
        sort();
        if (m_result.occurrences.size() > std::size_t(ScheduleExpander::maxOccurrences)) {
            m_result.occurrences.resize(ScheduleExpander::maxOccurrences);
            if (!m_cutReported) {
                m_cutReported = true;
                m_result.truncated = true;
                warn(u"more than %1 occurrences in the window; only the earliest %1 are kept"_s.arg(
                    ScheduleExpander::maxOccurrences));
            }
        }
    }

    void finish() { cut(); }

    ScheduleExpander::Result &m_result;
    qint64 m_windowStartMs = 0;
    qint64 m_windowEndMs = 0;
    QHash<QString, QHash<qint64, std::size_t>> m_overrides;
    QElapsedTimer m_budget;
    int m_skippedForTime = 0;
    int m_rulesOverBudget = 0;
    int m_totalSteps = 0;
    int m_warnings = 0;
    bool m_cutReported = false;
};

} // namespace

ScheduleExpander::Result ScheduleExpander::expand(
    const std::vector<IcsEvent> &events, QDate from, int days)
{
    IcalSupport::initialise();
    Result result;
    result.from = from.isValid() ? from : CalendarZones::kyivDate(QDateTime::currentDateTimeUtc());
    result.days = std::clamp(days, 1, maxDays);
    result.windowStart = CalendarZones::kyivMidnight(result.from);
    result.windowEnd = CalendarZones::kyivMidnight(result.from.addDays(result.days));
    Expansion(result.from, result.days, result).run(events);
    return result;
}

ScheduleExpander::Result ScheduleExpander::expand(
    const IcsParser::Result &calendar, QDate from, int days)
{
    if (!calendar.ok()) {
        Result result;
        result.error = calendar.error;
        result.errorString = calendar.errorString;
        result.warnings = calendar.warnings;
        result.from = from;
        result.days = std::clamp(days, 1, maxDays);
        return result;
    }
    Result result = expand(calendar.events, from, days);
    result.calendarName = calendar.calendarName;
    result.warnings = calendar.warnings + result.warnings;
    return result;
}

ScheduleExpander::Result ScheduleExpander::expand(const QByteArray &ics, QDate from, int days)
{
    return expand(IcsParser::parse(ics), from, days);
}

} // namespace Mist
