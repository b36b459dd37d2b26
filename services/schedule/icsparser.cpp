// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "icsparser.h"

#include "calendarzones.h"
#include "calendarzones_p.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <cstdlib>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

using IcalSupport::dateOf;
using IcalSupport::timeOf;

struct ComponentDeleter
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

// Collects warnings up to IcsParser::maxWarnings; the last line then says how many more there
// were.
class Warnings
{
public:
    explicit Warnings(QStringList &lines)
        : m_lines(lines)
    { }

    void add(const QString &line)
    {
        ++m_total;
        if (m_lines.size() < IcsParser::maxWarnings - 1)
            m_lines << line;
    }

    void finish()
    {
        if (m_total > m_lines.size())
            m_lines << u"… and %1 more warnings"_s.arg(m_total - m_lines.size());
    }

private:
    QStringList &m_lines;
    int m_total = 0;
};

// What a look at the raw lines tells before libical sees them, and the text libical gets.
struct Prescan
{
    int maxDepth = 0;
    int vevents = 0;
    bool hasCalendar = false;
    bool cut = false; // the text stops before VEVENT number maxEvents + 1
    // The calendar as libical should see it: without END lines that close nothing (libical
    // then stops in an error state and prints to stderr), cut after maxEvents VEVENTs, and with
    // every component still open closed at the end (libical returns nothing otherwise).
    QByteArray text;
};

// Follows BEGIN and END the way libical's parser does: by the property name before the first
// ':' or ';', in any case, on unfolded lines, every END closing whatever is open. Runs over the
// whole file before libical does, so it allocates nothing per line.
Prescan prescan(const QByteArray &ics)
{
    Prescan scan;
    scan.text.reserve(ics.size() + 64);
    int depth = 0;
    // The start of the current logical line, unfolded: enough to see "BEGIN:VCALENDAR".
    constexpr qsizetype headCapacity = 64;
    char head[headCapacity];
    qsizetype headLength = 0;
    qsizetype lineStart = -1; // of the current logical line
    qsizetype copiedUpTo = 0; // ics before this is in scan.text (or left out)

    const auto keep = [&](qsizetype upTo) {
        scan.text.append(QByteArrayView(ics).sliced(copiedUpTo, upTo - copiedUpTo));
    };
    // Called at the end of each logical line [lineStart, lineEnd).
    const auto evaluate = [&](qsizetype lineEnd) {
        if (lineStart < 0)
            return;
        const QByteArrayView line(head, headLength);
        qsizetype separator = 0;
        while (separator < line.size() && line.at(separator) != ':' && line.at(separator) != ';')
            ++separator;
        if (separator == line.size())
            return; // libical finds no property name in a line without ':' or ';'
        // As libical reads them: the name up to the separator, the (first) value up to a comma,
        // trailing white space dropped, leading white space kept.
        const auto chopSpaces = [](QByteArrayView text) {
            while (!text.isEmpty() && QChar::isSpace(uchar(text.back())))
                text.chop(1);
            return text;
        };
        const QByteArrayView name = chopSpaces(line.first(separator));
        QByteArrayView value = line.sliced(separator + 1);
        if (const qsizetype comma = value.indexOf(','); comma >= 0)
            value = value.first(comma);
        value = chopSpaces(value);
        const auto is = [](QByteArrayView text, const char *word) {
            return qstrnicmp(text.data(), text.size(), word) == 0;
        };
        if (is(name, "BEGIN")) {
            const bool vevent = is(value, "VEVENT");
            if (scan.cut) {
                scan.vevents += vevent ? 1 : 0; // only counted, for the warning
                return;
            }
            if (vevent && ++scan.vevents == IcsParser::maxEvents + 1) {
                keep(lineStart);
                scan.cut = true;
                return;
            }
            ++depth;
            scan.maxDepth = std::max(scan.maxDepth, depth);
            scan.hasCalendar = scan.hasCalendar || is(value, "VCALENDAR");
        } else if (is(name, "END") && !scan.cut) {
            if (depth == 0) {
                // Closes nothing: left out.
                keep(lineStart);
                copiedUpTo = lineEnd;
                return;
            }
            --depth;
        }
    };

    qsizetype pos = 0;
    while (pos < ics.size()) {
        qsizetype eol = ics.indexOf('\n', pos);
        eol = eol < 0 ? ics.size() : eol + 1;
        qsizetype contentEnd = eol;
        while (
            contentEnd > pos && (ics.at(contentEnd - 1) == '\n' || ics.at(contentEnd - 1) == '\r'))
            --contentEnd;
        // libical does not continue a line that is only "\n": a space after an empty line
        // starts a line of its own (whose name then starts with that space).
        const bool afterEmptyLine
            = lineStart >= 0 && pos - lineStart == 1 && ics.at(lineStart) == '\n';
        const bool continuation
            = pos > 0 && !afterEmptyLine && (ics.at(pos) == ' ' || ics.at(pos) == '\t');
        if (!continuation) {
            evaluate(pos);
            lineStart = pos;
            headLength = 0;
        }
        const qsizetype from = continuation ? pos + 1 : pos;
        const qsizetype take = std::min(contentEnd - from, headCapacity - headLength);
        if (take > 0) {
            std::memcpy(head + headLength, ics.constData() + from, size_t(take));
            headLength += take;
        }
        pos = eol;
    }
    evaluate(ics.size());
    if (!scan.cut)
        keep(ics.size());
    // libical reads a C string: a NUL would end the calendar there.
    scan.text.replace('\0', ' ');
    if (depth > 0 && !scan.text.endsWith('\n'))
        scan.text += "\r\n";
    for (; depth > 0; --depth)
        scan.text += "END:VCALENDAR\r\n"; // END closes whatever is open, whatever its name
    return scan;
}

// Text from the calendar, made safe to show: valid UTF-8 (bad bytes become U+FFFD), no control
// characters, line breaks only where allowed, trimmed and cut to maxLength.
QString cleanText(const QString &raw, qsizetype maxLength, bool multiline)
{
    QString text;
    text.reserve(std::min(raw.size(), maxLength + 1));
    for (const QChar c : raw) {
        const char16_t u = c.unicode();
        if (u == u'\n' || u == u'\u2028' || u == u'\u2029') {
            text += multiline ? u'\n' : u' ';
        } else if (u == u'\t') {
            text += u' ';
        } else if (u < 0x20 || (u >= 0x7f && u < 0xa0) || u == 0xfeff
            || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069)) {
            continue; // \r included; bidi overrides could make a text read as another
        } else {
            text += c;
        }
        if (text.size() > maxLength + 1)
            break;
    }
    if (multiline) {
        // Trailing spaces of every line and runs of empty lines go.
        static const QRegularExpression trailingSpaces(u"[ \\x{00a0}]+\\n"_s);
        static const QRegularExpression emptyLines(u"\\n{3,}"_s);
        text.replace(trailingSpaces, u"\n"_s);
        text.replace(emptyLines, u"\n\n"_s);
    } else {
        text = text.simplified();
    }
    text = text.trimmed();
    if (text.size() > maxLength) {
        text.truncate(maxLength - 1);
        // Never leave half of a surrogate pair behind.
        if (!text.isEmpty() && text.back().isHighSurrogate())
            text.chop(1);
        text += u'…';
    }
    return text;
}

QString fromUtf8(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

// X- property values: libical 3.0 keeps them as written, escapes included.
QString unescapeText(const QString &text)
{
    if (!text.contains(u'\\'))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size()) {
            const QChar next = text.at(++i);
            out += (next == u'n' || next == u'N') ? QChar(u'\n') : next;
        } else {
            out += c;
        }
    }
    return out;
}

// False when BYMONTHDAY names only days that no month of BYMONTH has (30 February). libical
// 3.0.16 then searches for a third of a second at every expansion before giving up.
bool monthDaysCanMatch(const icalrecurrencetype &rule)
{
    if (rule.by_month_day[0] == ICAL_RECURRENCE_ARRAY_MAX)
        return true;
    static constexpr int longest[13] = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const auto matchesIn = [&rule](int month) {
        for (const short day : rule.by_month_day) {
            if (day == ICAL_RECURRENCE_ARRAY_MAX)
                break;
            if (day != 0 && std::abs(day) <= longest[month])
                return true;
        }
        return false;
    };
    if (rule.by_month[0] == ICAL_RECURRENCE_ARRAY_MAX) {
        for (int month = 1; month <= 12; ++month) {
            if (matchesIn(month))
                return true;
        }
        return false;
    }
    for (const short encoded : rule.by_month) {
        if (encoded == ICAL_RECURRENCE_ARRAY_MAX)
            break;
        const int month = icalrecurrencetype_month_month(encoded);
        if (month >= 1 && month <= 12 && matchesIn(month))
            return true;
    }
    return false;
}

class EventReader
{
public:
    EventReader(
        icalcomponent *component, int number, Warnings &warnings, QSet<QString> &unknownZones)
        : m_component(component)
        , m_number(number)
        , m_warnings(warnings)
        , m_unknownZones(unknownZones)
    { }

    // The event, or nothing (with a warning) if it cannot be shown at all.
    std::optional<IcsEvent> read()
    {
        IcsEvent event;
        event.summary = cleanText(
            fromUtf8(icalcomponent_get_summary(m_component)), IcsParser::maxSummaryLength, false);
        m_label = event.summary.isEmpty()
            ? u"event %1"_s.arg(m_number)
            : u"event %1 (\"%2\")"_s.arg(m_number).arg(event.summary.left(40));

        icalproperty *dtstart
            = icalcomponent_get_first_property(m_component, ICAL_DTSTART_PROPERTY);
        const std::optional<IcsTime> start
            = dtstart ? readTime(dtstart, icalproperty_get_dtstart(dtstart)) : std::nullopt;
        if (!start) {
            warn(u"no valid DTSTART; left out"_s);
            return std::nullopt;
        }
        event.start = *start;
        readDuration(event);

        event.uid = cleanText(
            fromUtf8(icalcomponent_get_uid(m_component)), IcsParser::maxUidLength, false);
        if (event.uid.isEmpty()) {
            // Overrides need a UID to find their series; a lone event only needs a stable key.
            const QByteArray seed
                = QByteArray(icaltime_as_ical_string(icalproperty_get_dtstart(dtstart))) + '\n'
                + event.summary.toUtf8();
            event.uid = u"mist-"_s
                + QString::fromLatin1(
                    QCryptographicHash::hash(seed, QCryptographicHash::Sha1).toHex().left(16));
        }
        if (icalproperty *sequence
            = icalcomponent_get_first_property(m_component, ICAL_SEQUENCE_PROPERTY))
            event.sequence = icalproperty_get_sequence(sequence);

        readRecurrenceId(event);
        readRules(event);
        readStatus(event);
        readTexts(event);
        return event;
    }

private:
    void warn(const QString &what) { m_warnings.add(m_label + u": "_s + what); }

    // A DTSTART, DTEND, RDATE, EXDATE or RECURRENCE-ID value with the zone its TZID names.
    std::optional<IcsTime> readTime(icalproperty *property, icaltimetype value)
    {
        if (icaltime_is_null_time(value) || !icaltime_is_valid_time(value))
            return std::nullopt;
        IcsTime time;
        time.date = dateOf(value);
        // Far past and far future values are typing errors, and expensive to expand.
        if (!time.date.isValid() || time.date.year() < 1900 || time.date.year() > 2500)
            return std::nullopt;
        if (value.is_date) {
            time.zone = CalendarZones::kyiv.toByteArray();
            return time;
        }
        time.time = timeOf(value);
        if (!time.time.isValid())
            return std::nullopt;
        if (icaltime_is_utc(value)) {
            time.zone = CalendarZones::utc.toByteArray();
            return time;
        }
        icalparameter *tzid = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER);
        const QString tzidText = tzid ? fromUtf8(icalparameter_get_tzid(tzid)) : QString();
        if (tzidText.isEmpty()) {
            time.zone = CalendarZones::kyiv.toByteArray(); // floating: the library's own time
            return time;
        }
        time.zone = CalendarZones::resolveTzid(tzidText);
        if (time.zone.isEmpty()) {
            time.zone = CalendarZones::kyiv.toByteArray();
            const QString shown = cleanText(tzidText, 80, false);
            if (!m_unknownZones.contains(shown)) {
                m_unknownZones.insert(shown);
                m_warnings.add(
                    u"unknown time zone \"%1\" (first in %2): its times are taken as Kyiv time"_s
                        .arg(shown, m_label));
            }
        }
        return time;
    }

    void readDuration(IcsEvent &event)
    {
        icalproperty *dtend = icalcomponent_get_first_property(m_component, ICAL_DTEND_PROPERTY);
        icalproperty *duration
            = icalcomponent_get_first_property(m_component, ICAL_DURATION_PROPERTY);
        const std::optional<IcsTime> end
            = dtend ? readTime(dtend, icalproperty_get_dtend(dtend)) : std::nullopt;
        if (dtend && !end)
            warn(u"DTEND cannot be read; using the default length"_s);

        if (event.allDay()) {
            event.durationDays = 1;
            if (end && end->isDate()) {
                event.durationDays = int(event.start.date.daysTo(end->date));
            } else if (end) {
                warn(u"DTEND is a time but DTSTART a date; the event lasts one day"_s);
            } else if (duration) {
                const icaldurationtype d = icalproperty_get_duration(duration);
                event.durationDays = d.is_neg ? 0 : int(d.weeks * 7 + d.days);
            }
            if (event.durationDays < 1) {
                if (end || duration)
                    warn(u"it ends before it starts; it lasts one day"_s);
                event.durationDays = 1;
            }
            event.durationDays = std::min(event.durationDays, IcsParser::maxDurationDays);
            return;
        }

        if (end) {
            event.durationSeconds = event.start.toUtc().secsTo(end->toUtc());
        } else if (duration) {
            const icaldurationtype d = icalproperty_get_duration(duration);
            event.durationSeconds = d.is_neg ? -1 : icaldurationtype_as_int(d);
        }
        if (event.durationSeconds < 0) {
            warn(u"it ends before it starts; it is shown without an end"_s);
            event.durationSeconds = 0;
        }
        event.durationSeconds
            = std::min<qint64>(event.durationSeconds, qint64(IcsParser::maxDurationDays) * 86400);
    }

    void readRecurrenceId(IcsEvent &event)
    {
        icalproperty *property
            = icalcomponent_get_first_property(m_component, ICAL_RECURRENCEID_PROPERTY);
        if (!property)
            return;
        event.recurrenceId = readTime(property, icalproperty_get_recurrenceid(property));
        if (!event.recurrenceId) {
            warn(u"RECURRENCE-ID cannot be read; shown as an event of its own"_s);
            return;
        }
        if (icalproperty_get_first_parameter(property, ICAL_RANGE_PARAMETER))
            warn(u"RANGE=THISANDFUTURE is not supported; only this one instance changes"_s);
    }

    void readRules(IcsEvent &event)
    {
        for (icalproperty *property
             = icalcomponent_get_first_property(m_component, ICAL_RRULE_PROPERTY);
             property;
             property = icalcomponent_get_next_property(m_component, ICAL_RRULE_PROPERTY)) {
            if (event.recurrenceId) {
                warn(u"an overriding instance has an RRULE; ignored"_s);
                break;
            }
            // RFC 5545 says an event SHOULD NOT have more than one RRULE; a hostile calendar
            // may give thousands, each a separate walk at every expansion.
            if (event.rrules.size() >= std::size_t(IcsParser::maxRRulesPerEvent)) {
                warn(u"an event has more than %1 RRULEs; the rest are ignored"_s.arg(
                    IcsParser::maxRRulesPerEvent));
                break;
            }
            if (const std::optional<QByteArray> rule = readRule(property))
                event.rrules.push_back(*rule);
        }

        int rdates = 0;
        for (icalproperty *property
             = icalcomponent_get_first_property(m_component, ICAL_RDATE_PROPERTY);
             property;
             property = icalcomponent_get_next_property(m_component, ICAL_RDATE_PROPERTY)) {
            if (++rdates > IcsParser::maxRDatesPerEvent) {
                warn(u"more than %1 RDATE values; the rest are ignored"_s.arg(
                    IcsParser::maxRDatesPerEvent));
                break;
            }
            const icaldatetimeperiodtype value = icalproperty_get_rdate(property);
            IcsRDate rdate;
            if (!icaltime_is_null_time(value.time)) {
                const std::optional<IcsTime> time = readTime(property, value.time);
                if (!time) {
                    warn(u"an RDATE cannot be read; ignored"_s);
                    continue;
                }
                rdate.start = *time;
            } else {
                const std::optional<IcsTime> periodStart = readTime(property, value.period.start);
                if (!periodStart || periodStart->isDate()) {
                    warn(u"an RDATE period cannot be read; ignored"_s);
                    continue;
                }
                rdate.start = *periodStart;
                const std::optional<IcsTime> periodEnd = icaltime_is_null_time(value.period.end)
                    ? std::nullopt
                    : readTime(property, value.period.end);
                qint64 seconds = periodEnd ? rdate.start.toUtc().secsTo(periodEnd->toUtc())
                                           : icaldurationtype_as_int(value.period.duration);
                seconds
                    = std::clamp<qint64>(seconds, 0, qint64(IcsParser::maxDurationDays) * 86400);
                rdate.durationSeconds = seconds;
            }
            if (rdate.start.isDate() != event.allDay()) {
                warn(u"an RDATE is a %1 but DTSTART is not; ignored"_s.arg(
                    rdate.start.isDate() ? u"date"_s : u"time"_s));
                continue;
            }
            event.rdates.push_back(rdate);
        }

        int exdates = 0;
        for (icalproperty *property
             = icalcomponent_get_first_property(m_component, ICAL_EXDATE_PROPERTY);
             property;
             property = icalcomponent_get_next_property(m_component, ICAL_EXDATE_PROPERTY)) {
            if (++exdates > IcsParser::maxExDatesPerEvent) {
                warn(u"more than %1 EXDATE values; the rest are ignored"_s.arg(
                    IcsParser::maxExDatesPerEvent));
                break;
            }
            if (const std::optional<IcsTime> time
                = readTime(property, icalproperty_get_exdate(property)))
                event.exdates.push_back(*time);
            else
                warn(u"an EXDATE cannot be read; ignored"_s);
        }
    }

    std::optional<QByteArray> readRule(icalproperty *property)
    {
        icalrecurrencetype rule = icalproperty_get_rrule(property);
        if (rule.freq == ICAL_NO_RECURRENCE) {
            warn(u"an RRULE cannot be read; the event shows once"_s);
            return std::nullopt;
        }
        // libical 3.0.16 can search for minutes inside one step of a sub-daily rule whose
        // BYMONTH/BYMONTHDAY never match (FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30 does not
        // return at all), and no training repeats more often than once a day.
        if (rule.freq == ICAL_SECONDLY_RECURRENCE || rule.freq == ICAL_MINUTELY_RECURRENCE
            || rule.freq == ICAL_HOURLY_RECURRENCE) {
            warn(u"an RRULE repeats more often than daily; the event shows once"_s);
            return std::nullopt;
        }
        if (!monthDaysCanMatch(rule)) {
            warn(u"an RRULE never matches a day (BYMONTHDAY not in BYMONTH); the event shows "
                 u"once"_s);
            return std::nullopt;
        }
        // "BYDAY=1MO" means nothing in a weekly or daily rule (RFC 5545), and libical 3.0.16
        // then picks wrong days: keep the weekday only, which is what the writer meant.
        if (rule.freq != ICAL_MONTHLY_RECURRENCE && rule.freq != ICAL_YEARLY_RECURRENCE) {
            bool stripped = false;
            for (short &day : rule.by_day) {
                if (day == ICAL_RECURRENCE_ARRAY_MAX)
                    break;
                if (icalrecurrencetype_day_position(day) != 0) {
                    day = short(icalrecurrencetype_day_day_of_week(day));
                    stripped = true;
                }
            }
            if (stripped)
                warn(u"an RRULE numbers weekdays in a weekly or daily rule; the numbers are "
                     u"ignored"_s);
        }
        char *text = icalrecurrencetype_as_string_r(&rule);
        if (!text) {
            warn(u"an RRULE cannot be used; the event shows once"_s);
            return std::nullopt;
        }
        QByteArray result(text);
        icalmemory_free_buffer(text);
        return result;
    }

    void readStatus(IcsEvent &event)
    {
        if (icalproperty *status
            = icalcomponent_get_first_property(m_component, ICAL_STATUS_PROPERTY)) {
            switch (icalproperty_get_status(status)) {
            case ICAL_STATUS_CANCELLED:
                event.cancelled = true;
                break;
            case ICAL_STATUS_TENTATIVE:
                event.status = TrainingOccurrence::Status::Tentative;
                break;
            case ICAL_STATUS_CONFIRMED:
                event.status = TrainingOccurrence::Status::Confirmed;
                break;
            default:
                break;
            }
        }
        if (icalproperty *classification
            = icalcomponent_get_first_property(m_component, ICAL_CLASS_PROPERTY)) {
            // RFC 5545: a class an application does not know counts as PRIVATE.
            const icalproperty_class value = icalproperty_get_class(classification);
            event.confidential = value != ICAL_CLASS_PUBLIC && value != ICAL_CLASS_NONE;
        }
    }

    void readTexts(IcsEvent &event)
    {
        event.description
            = cleanText(IcsParser::plainText(fromUtf8(icalcomponent_get_description(m_component))),
                IcsParser::maxDescriptionLength, true);
        event.location = cleanText(
            fromUtf8(icalcomponent_get_location(m_component)), IcsParser::maxLocationLength, false);

        if (icalproperty *url = icalcomponent_get_first_property(m_component, ICAL_URL_PROPERTY)) {
            const QString text = fromUtf8(icalproperty_get_url(url)).trimmed();
            const QUrl parsed(text, QUrl::StrictMode);
            if (text.size() <= IcsParser::maxUrlLength && parsed.isValid()
                && parsed.scheme() == "https"_L1 && !parsed.host().isEmpty()
                && parsed.userInfo().isEmpty())
                event.url = parsed.toString(QUrl::FullyEncoded);
            else
                warn(u"URL is not a plain https address; left out"_s);
        }

        // X-MIST-* first: they are explicit.
        for (icalproperty *property
             = icalcomponent_get_first_property(m_component, ICAL_X_PROPERTY);
             property; property = icalcomponent_get_next_property(m_component, ICAL_X_PROPERTY)) {
            const QByteArray name = QByteArray(icalproperty_get_x_name(property)).toUpper();
            if (name != "X-MIST-TRAINER" && name != "X-MIST-SEATS-FREE")
                continue;
            const QString value = unescapeText(fromUtf8(icalproperty_get_x(property)));
            if (name == "X-MIST-TRAINER") {
                event.trainer = cleanText(value, IcsParser::maxTrainerLength, false);
                continue;
            }
            bool ok = false;
            const int seats = value.trimmed().toInt(&ok);
            if (ok && seats >= 0 && seats <= IcsParser::maxSeats)
                event.seatsFree = seats;
            else
                warn(u"X-MIST-SEATS-FREE is not a number of seats; ignored"_s);
        }
        if (event.trainer.isEmpty())
            event.trainer = IcsParser::trainerFromDescription(event.description);
        if (!event.seatsFree)
            event.seatsFree = IcsParser::seatsFromDescription(event.description);
    }

    icalcomponent *m_component;
    int m_number;
    Warnings &m_warnings;
    QSet<QString> &m_unknownZones;
    QString m_label;
};

IcsParser::Result failure(IcsParser::Error error, const QString &message)
{
    IcsParser::Result result;
    result.error = error;
    result.errorString = message;
    return result;
}

} // namespace

QDateTime IcsTime::toUtc() const
{
    return CalendarZones::toUtc(date, time, zone);
}

IcsParser::Result IcsParser::parse(const QByteArray &ics)
{
    IcalSupport::initialise();
    if (ics.trimmed().isEmpty())
        return failure(Error::Empty, u"the calendar is empty"_s);
    if (ics.size() > maxBytes) {
        return failure(Error::TooLarge,
            u"the calendar is %1 bytes, more than the %2 allowed"_s.arg(ics.size()).arg(maxBytes));
    }

    const Prescan scan = prescan(ics);
    if (!scan.hasCalendar)
        return failure(Error::NotICalendar, u"this is not an iCalendar file (no VCALENDAR)"_s);
    if (scan.maxDepth > maxNesting) {
        return failure(Error::TooDeep,
            u"components are nested %1 deep, more than the %2 allowed"_s.arg(scan.maxDepth)
                .arg(maxNesting));
    }

    Result result;
    Warnings warnings(result.warnings);
    if (scan.cut) {
        // libical never sees the events beyond the cap: a flood costs nothing more.
        result.droppedEvents += scan.vevents - maxEvents;
        warnings.add(u"the calendar has %1 events; only the first %2 are used"_s.arg(scan.vevents)
                         .arg(maxEvents));
    }

    const ComponentPtr root(icalparser_parse_string(scan.text.constData()));
    if (!root)
        return failure(Error::NotICalendar, u"libical cannot read this calendar"_s);
    // One VCALENDAR, or several side by side (libical wraps them in an XROOT).
    std::vector<icalcomponent *> calendars;
    if (icalcomponent_isa(root.get()) == ICAL_VCALENDAR_COMPONENT) {
        calendars.push_back(root.get());
    } else if (icalcomponent_isa(root.get()) == ICAL_XROOT_COMPONENT) {
        for (icalcomponent *child
             = icalcomponent_get_first_component(root.get(), ICAL_VCALENDAR_COMPONENT);
             child; child = icalcomponent_get_next_component(root.get(), ICAL_VCALENDAR_COMPONENT))
            calendars.push_back(child);
    }
    if (calendars.empty())
        return failure(Error::NotICalendar, u"this is not an iCalendar file (no VCALENDAR)"_s);

    QSet<QString> unknownZones;
    int number = 0;
    for (icalcomponent *calendar : calendars) {
        for (icalproperty *property = icalcomponent_get_first_property(calendar, ICAL_X_PROPERTY);
             property && result.calendarName.isEmpty();
             property = icalcomponent_get_next_property(calendar, ICAL_X_PROPERTY)) {
            if (qstricmp(icalproperty_get_x_name(property), "X-WR-CALNAME") == 0)
                result.calendarName
                    = cleanText(unescapeText(fromUtf8(icalproperty_get_x(property))), 120, false);
        }
        for (icalcomponent *component
             = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
             component;
             component = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
            if (++number > maxEvents) {
                // Only when the prescan counted differently from libical.
                ++result.droppedEvents;
                continue;
            }
            std::optional<IcsEvent> event
                = EventReader(component, number, warnings, unknownZones).read();
            if (event)
                result.events.push_back(std::move(*event));
            else
                ++result.droppedEvents;
        }
    }
    warnings.finish();

    if (result.events.empty() && number > 0) {
        Result broken = failure(
            Error::NoUsableEvents, u"none of the calendar's %1 events can be read"_s.arg(number));
        broken.warnings = result.warnings;
        broken.droppedEvents = result.droppedEvents;
        return broken;
    }
    return result;
}

QString IcsParser::plainText(const QString &description)
{
    // Only text with tags that Google Calendar's editor writes counts as HTML: "a < b" and
    // "<Дія>" stay as they are.
    static const QRegularExpression htmlTag(
        u"</?(?:br|p|div|span|b|i|u|strong|em|a|ul|ol|li|h[1-6]|font|html|body)(?:\\s[^<>]*)?/?>"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression anyTag(u"</?[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]*)?/?>"_s);
    if (!description.contains(u'<') || !htmlTag.match(description).hasMatch())
        return description;

    static const QRegularExpression lineBreak(
        u"<br\\s*/?>"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression blockEnd(
        u"</(?:p|div|li|ul|ol|h[1-6]|tr)\\s*>"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression listItem(
        u"<li(?:\\s[^<>]*)?>"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression numericEntity(u"&#(x[0-9a-fA-F]{1,6}|[0-9]{1,7});"_s);

    QString text = description;
    text.remove(u'\n'); // in HTML, line breaks are tags
    text.replace(lineBreak, u"\n"_s);
    text.replace(blockEnd, u"\n"_s);
    text.replace(listItem, u"• "_s);
    text.remove(anyTag);

    // Entities last, so "&lt;b&gt;" stays text.
    QString decoded;
    decoded.reserve(text.size());
    qsizetype last = 0;
    QRegularExpressionMatchIterator matches = numericEntity.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        decoded += QStringView(text).mid(last, match.capturedStart() - last);
        const QString number = match.captured(1);
        bool ok = false;
        const uint code
            = number.startsWith(u'x') ? number.mid(1).toUInt(&ok, 16) : number.toUInt(&ok, 10);
        if (ok && code >= 0x20 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)) {
            const char32_t codePoint = code;
            decoded += QString::fromUcs4(&codePoint, 1);
        }
        last = match.capturedEnd();
    }
    decoded += QStringView(text).mid(last);
    decoded.replace(u"&nbsp;"_s, u" "_s);
    decoded.replace(u"&quot;"_s, u"\""_s);
    decoded.replace(u"&apos;"_s, u"'"_s);
    decoded.replace(u"&lt;"_s, u"<"_s);
    decoded.replace(u"&gt;"_s, u">"_s);
    decoded.replace(u"&amp;"_s, u"&"_s);
    return decoded;
}

QString IcsParser::trainerFromDescription(const QString &description)
{
    static const QRegularExpression line(
        u"^[ \\t•*-]*(?:тренер(?:ка|и)?|ведуч(?:ий|а|і)|trainers?)[ \\t]*[:：][ \\t]*(\\S[^\\n]*)$"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = line.match(description);
    if (!match.hasMatch())
        return {};
    return cleanText(match.captured(1), maxTrainerLength, false);
}

std::optional<int> IcsParser::seatsFromDescription(const QString &description)
{
    static const QRegularExpression line(
        u"^[ \\t•*-]*(?:вільних[ \\t]+місць|вільні[ \\t]+місця|free[ \\t]+seats)[ \\t]*[:：][ \\t]*"
        u"(\\d{1,5}|немає|none)(?![\\p{L}\\p{N}])"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = line.match(description);
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const int seats = match.captured(1).toInt(&ok);
    if (!ok)
        return 0; // "немає", "none"
    if (seats > maxSeats)
        return std::nullopt;
    return seats;
}

} // namespace Mist
