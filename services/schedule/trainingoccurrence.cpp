// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "trainingoccurrence.h"

#include "calendarzones.h"

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

QByteArray utcStamp(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s).toLatin1();
}

QByteArray dateStamp(QDate date)
{
    return date.toString(u"yyyyMMdd"_s).toLatin1();
}

} // namespace

QString TrainingOccurrence::key() const
{
    if (!recurrenceId.isValid())
        return uid;
    return uid + u'/' + QString::fromLatin1(utcStamp(recurrenceId));
}

QDateTime TrainingOccurrence::startInKyiv() const
{
    return CalendarZones::toKyiv(start);
}

QDateTime TrainingOccurrence::endInKyiv() const
{
    return CalendarZones::toKyiv(end);
}

QDate TrainingOccurrence::kyivDate() const
{
    return allDay ? date : CalendarZones::kyivDate(start);
}

QString VEventWriter::escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\\':
            escaped += u"\\\\"_s;
            break;
        case u';':
            escaped += u"\\;"_s;
            break;
        case u',':
            escaped += u"\\,"_s;
            break;
        case u'\n':
            escaped += u"\\n"_s;
            break;
        case u'\r':
            break; // "\r\n" is one line break, already written as \n
        default:
            escaped += c;
        }
    }
    return escaped;
}

QByteArray VEventWriter::fold(const QByteArray &line)
{
    if (line.size() <= maxLineOctets)
        return line;
    QByteArray folded;
    folded.reserve(line.size() + line.size() / maxLineOctets * 3 + 3);
    qsizetype pos = 0;
    bool first = true;
    while (pos < line.size()) {
        // A continuation line starts with a space, which counts towards its 75 octets.
        const qsizetype room = first ? maxLineOctets : maxLineOctets - 1;
        qsizetype cut = std::min(pos + room, line.size());
        // Back off to the start of a UTF-8 sequence (continuation bytes are 10xxxxxx).
        while (cut < line.size() && cut > pos && (uchar(line.at(cut)) & 0xc0) == 0x80)
            --cut;
        if (!first)
            folded += "\r\n ";
        folded += line.mid(pos, cut - pos);
        pos = cut;
        first = false;
    }
    return folded;
}

QByteArray VEventWriter::write(
    const TrainingOccurrence &occurrence, const QDateTime &stamp, qsizetype maxDescriptionChars)
{
    QByteArray out;
    const auto line = [&out](const QByteArray &content) { out += fold(content) + "\r\n"; };
    const auto text = [&line](const char *name, const QString &value) {
        if (!value.isEmpty())
            line(QByteArray(name) + ':' + escapeText(value).toUtf8());
    };

    line("BEGIN:VEVENT");
    text("UID", occurrence.key());
    line("DTSTAMP:" + utcStamp(stamp.isValid() ? stamp : QDateTime::currentDateTimeUtc()));
    if (occurrence.allDay) {
        line("DTSTART;VALUE=DATE:" + dateStamp(occurrence.date));
        line("DTEND;VALUE=DATE:" + dateStamp(occurrence.lastDate.addDays(1)));
    } else {
        line("DTSTART:" + utcStamp(occurrence.start));
        if (occurrence.end > occurrence.start)
            line("DTEND:" + utcStamp(occurrence.end));
    }
    text("SUMMARY", occurrence.summary);
    text("LOCATION", occurrence.location);
    QString description = occurrence.description;
    if (maxDescriptionChars <= 0) {
        description.clear();
    } else if (description.size() > maxDescriptionChars) {
        description.truncate(std::max<qsizetype>(0, maxDescriptionChars - 1));
        if (!description.isEmpty() && description.back().isHighSurrogate())
            description.chop(1);
        description = description.trimmed() + u'…';
    }
    text("DESCRIPTION", description);
    if (!occurrence.url.isEmpty())
        line("URL:" + occurrence.url.toUtf8()); // a URI: no TEXT escaping
    line("END:VEVENT");
    return out;
}

} // namespace Mist
