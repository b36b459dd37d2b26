// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "usagereport.h"
#include "usagereportlearning_p.h"
#include "usagereportlibrarian_p.h"

#include "directory/bundleddirectory.h"
#include "directory/portalentry.h"
#include "schedule/calendarzones.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

std::vector<UsageReport::Count> sorted(const QHash<QString, UsageReport::Count> &counts)
{
    std::vector<UsageReport::Count> list;
    list.reserve(counts.size());
    for (const auto &count : counts)
        list.push_back(count);
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
        if (a.count + a.secondary != b.count + b.secondary)
            return a.count + a.secondary > b.count + b.secondary;
        return a.id < b.id;
    });
    return list;
}

QJsonArray countsToJson(const std::vector<UsageReport::Count> &counts, const char *countName,
    const char *secondaryName = nullptr)
{
    QJsonArray array;
    for (const auto &count : counts) {
        QJsonObject object {{u"id"_s, count.id}, {QString::fromLatin1(countName), count.count}};
        if (secondaryName)
            object.insert(QString::fromLatin1(secondaryName), count.secondary);
        array.append(object);
    }
    return array;
}

QString minutesText(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

UsageReport UsageReport::build(const UsageStore &store, QDate month)
{
    UsageReport report;
    report.month = QDate(month.year(), month.month(), 1);
    report.range = UsageTimeRange::month(report.month);

    // A session that started in the month may end just after it (a visit at 23:59 on the last
    // day): read an hour more for the ends.
    constexpr qint64 grace = 60 * 60 * 1000;
    UsageStore::Cursor cursor = store.events(report.range.fromMs, report.range.toMs + grace);
    QHash<QString, qint64> started; // session id -> start ms
    QHash<QString, Count> services;
    QHash<QString, Count> categories;
    QHash<QString, Count> trainings;
    std::vector<qint64> lengths;
    qint64 ended = 0;
    LearningTally learningTally;
    LibrarianTally librarianTally;
    QHash<QString, Count> printFailures;
    UsageEvent event;
    while (cursor.next(&event)) {
        const bool inMonth = event.timeMs < report.range.toMs;
        report.synthetic = report.synthetic || event.synthetic;
        switch (event.type) {
        case UsageEvent::Type::SessionStarted: {
            if (!inMonth)
                break;
            started.insert(event.sessionId, event.timeMs);
            ++report.sessions;
            const QDateTime kyiv
                = CalendarZones::toKyiv(QDateTime::fromMSecsSinceEpoch(event.timeMs, Qt::UTC));
            ++report.weekdayHour[kyiv.date().dayOfWeek() - 1][kyiv.time().hour()];
            break;
        }
        case UsageEvent::Type::SessionEnded: {
            if (!started.contains(event.sessionId))
                break; // began before the month: counted in the month it began
            started.remove(event.sessionId);
            ++ended;
            if (event.subject == "timeout"_L1)
                ++report.timedOut;
            else
                ++report.finished;
            const qint64 length = std::max<qint64>(event.value.value_or(0), 0);
            lengths.push_back(length);
            const qint64 minutes = length / 60000;
            qsizetype bucket = 0;
            for (qsizetype i = 0; i < qsizetype(lengthBucketStartMinutes.size()); ++i) {
                if (minutes >= lengthBucketStartMinutes[i])
                    bucket = i;
            }
            ++report.lengthBuckets[bucket];
            break;
        }
        case UsageEvent::Type::ServiceViewed:
            if (inMonth) {
                services[event.subject].id = event.subject;
                ++services[event.subject].count;
            }
            break;
        case UsageEvent::Type::PortalOpened:
            if (inMonth) {
                services[event.subject].id = event.subject;
                ++services[event.subject].secondary;
                ++report.portalOpens;
            }
            break;
        case UsageEvent::Type::CategoryOpened:
            if (inMonth) {
                categories[event.subject].id = event.subject;
                ++categories[event.subject].count;
            }
            break;
        case UsageEvent::Type::TrainingViewed:
            if (inMonth) {
                trainings[event.subject].id = event.subject;
                ++trainings[event.subject].count;
                ++report.trainingViews;
            }
            break;
        case UsageEvent::Type::SearchDone:
            report.searches += inMonth ? 1 : 0;
            break;
        case UsageEvent::Type::QrShown:
            report.qrShown += inMonth ? 1 : 0;
            break;
        case UsageEvent::Type::NavigationBlocked:
            report.blockedNavigations += inMonth ? 1 : 0;
            break;
        case UsageEvent::Type::LanguageChanged:
            report.englishSwitches += (inMonth && event.subject == "en"_L1) ? 1 : 0;
            break;
        case UsageEvent::Type::LessonOpened:
        case UsageEvent::Type::ModuleFinished:
        case UsageEvent::Type::CheckAnswered:
            if (inMonth)
                learningTally.add(event);
            break;
        case UsageEvent::Type::TrainingRecorded:
            // A training held counts in both sections: by module under Learning, by
            // occurrence under the librarian's work.
            if (inMonth) {
                learningTally.add(event);
                countLibrarianEvent(event, librarianTally);
            }
            break;
        case UsageEvent::Type::AdminChange:
            if (inMonth)
                countLibrarianEvent(event, librarianTally);
            break;
        case UsageEvent::Type::DocumentReceived:
        case UsageEvent::Type::DocumentPrinted:
        case UsageEvent::Type::PrintFailed:
        case UsageEvent::Type::DocumentScanned:
        case UsageEvent::Type::UploadOffered:
        case UsageEvent::Type::UploadAccepted:
            if (inMonth)
                countDocumentEvent(event, report.documents, printFailures);
            break;
        case UsageEvent::Type::ScreenViewed:
        case UsageEvent::Type::TextSizeChanged:
        case UsageEvent::Type::AdminAction:
            break;
        }
    }
    report.error = cursor.error();
    report.unended = report.sessions - ended;
    if (!lengths.empty()) {
        std::sort(lengths.begin(), lengths.end());
        const size_t mid = lengths.size() / 2;
        report.medianSessionMs
            = lengths.size() % 2 ? lengths[mid] : (lengths[mid - 1] + lengths[mid]) / 2;
        qint64 total = 0;
        for (const qint64 length : lengths)
            total += length;
        report.meanSessionMs = total / qint64(lengths.size());
    }
    report.services = sorted(services);
    report.categories = sorted(categories);
    report.trainings = sorted(trainings);
    report.learning = learningTally.result();
    finishLibrarian(librarianTally, report.librarian);
    report.documents.failuresByProblem = sorted(printFailures);
    return report;
}

UsageReport::Names UsageReport::defaultNames()
{
    Names names;
    for (const PortalEntry::Category category : PortalEntry::allCategories()) {
        const QString id = PortalEntry::categoryId(category);
        const LocalizedText label = PortalEntry::categoryLabel(category);
        names.uk.insert(id, label.uk);
        names.en.insert(id, label.forLanguage(u"en"));
    }
    for (const PortalEntry &entry : BundledDirectory::load().feed.entries) {
        names.uk.insert(entry.id, entry.name.uk);
        names.en.insert(entry.id, entry.name.forLanguage(u"en"));
    }
    return names;
}

QJsonObject UsageReport::toJson() const
{
    QJsonArray buckets;
    for (size_t i = 0; i < lengthBuckets.size(); ++i) {
        QJsonObject bucket {
            {u"fromMinutes"_s, lengthBucketStartMinutes[i]}, {u"sessions"_s, lengthBuckets[i]}};
        if (i + 1 < lengthBuckets.size())
            bucket.insert(u"toMinutes"_s, lengthBucketStartMinutes[i + 1]);
        buckets.append(bucket);
    }
    QJsonArray weekdays;
    for (const auto &hours : weekdayHour) {
        QJsonArray row;
        for (const qint64 count : hours)
            row.append(count);
        weekdays.append(row);
    }
    QJsonObject object {
        {u"month"_s, month.toString(u"yyyy-MM"_s)},
        {u"sessions"_s, sessions},
        {u"finished"_s, finished},
        {u"timedOut"_s, timedOut},
        {u"unended"_s, unended},
        {u"medianSessionSeconds"_s, double(medianSessionMs) / 1000.0},
        {u"meanSessionSeconds"_s, double(meanSessionMs) / 1000.0},
        {u"sessionLengths"_s, buckets},
        {u"services"_s, countsToJson(services, "views", "portalOpens")},
        {u"categories"_s, countsToJson(categories, "opens")},
        {u"trainings"_s, countsToJson(trainings, "views")},
        {u"trainingViews"_s, trainingViews},
        {u"portalOpens"_s, portalOpens},
        {u"searches"_s, searches},
        {u"qrShown"_s, qrShown},
        {u"blockedNavigations"_s, blockedNavigations},
        {u"englishSwitches"_s, englishSwitches},
        {u"sessionsByWeekdayHour"_s, weekdays},
        {u"learning"_s, learningJson()},
        {u"synthetic"_s, synthetic},
    };
    addLibrarianJson(object);
    object.insert(u"documents"_s, documentsJson());
    if (!error.isEmpty())
        object.insert(u"error"_s, error);
    return object;
}

QString UsageReport::toText(const Names &names) const
{
    QString text;
    text += u"Usage report for %1%2\n\n"_s.arg(month.toString(u"yyyy-MM"_s),
        synthetic ? u" (includes DEMO data from mistctl demo seed)"_s : QString());
    text += u"Sessions (citizens served): %1\n"_s.arg(sessions);
    text += u"  finished: %1, timed out: %2, no end recorded: %3\n"_s.arg(finished)
                .arg(timedOut)
                .arg(unended);
    text += u"Session length: median %1, mean %2 (min:sec)\n"_s.arg(
        minutesText(medianSessionMs), minutesText(meanSessionMs));
    for (size_t i = 0; i < lengthBuckets.size(); ++i) {
        const QString label = i + 1 < lengthBuckets.size()
            ? u"%1-%2 min"_s.arg(lengthBucketStartMinutes[i]).arg(lengthBucketStartMinutes[i + 1])
            : u"%1+ min"_s.arg(lengthBucketStartMinutes[i]);
        text += u"  %1 %2\n"_s.arg(label, -10).arg(lengthBuckets[i]);
    }
    text += u"\nTop services (views / portal opens):\n"_s;
    for (size_t i = 0; i < std::min<size_t>(services.size(), 10); ++i) {
        text += u"  %1 %2 / %3  %4\n"_s.arg(i + 1, 2)
                    .arg(services[i].count, 5)
                    .arg(services[i].secondary, 5)
                    .arg(names.enName(services[i].id));
    }
    text += u"\nTop categories (opens):\n"_s;
    for (size_t i = 0; i < std::min<size_t>(categories.size(), 10); ++i) {
        text += u"  %1 %2  %3\n"_s.arg(i + 1, 2)
                    .arg(categories[i].count, 5)
                    .arg(names.enName(categories[i].id));
    }
    text += u"\nTrainings viewed: %1\nSearches: %2, QR codes shown: %3, portals opened: %4, "
            u"blocked navigations: %5, switches to English: %6\n"_s.arg(trainingViews)
                .arg(searches)
                .arg(qrShown)
                .arg(portalOpens)
                .arg(blockedNavigations)
                .arg(englishSwitches);
    text += learningText();
    text += u"\nSessions by weekday and hour (Kyiv time):\n     "_s;
    for (int hour = 0; hour < 24; ++hour)
        text += u"%1"_s.arg(hour, 4);
    text += u"\n"_s;
    static const char *days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    for (int day = 0; day < 7; ++day) {
        text += u"  %1"_s.arg(QString::fromLatin1(days[day]));
        for (int hour = 0; hour < 24; ++hour)
            text += u"%1"_s.arg(weekdayHour[day][hour], 4);
        text += u"\n"_s;
    }
    text += librarianText();
    text += documentsText();
    if (!error.isEmpty())
        text += u"\nWARNING: the log could not be read completely: %1\n"_s.arg(error);
    return text;
}

} // namespace Mist
