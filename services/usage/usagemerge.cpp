// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "usagemerge.h"

#include "exportmanifest.h"
#include "schedule/calendarzones.h"
#include "usagestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

constexpr qint64 graceMs = 60 * 60 * 1000; // UsageReport reads an hour past the month for ends

struct KioskEvents
{
    UsageMerge::Library library;
    QHash<QByteArray, int> counts; // line -> how many times, the most any one file had it
};

QString utcText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

std::optional<UsageEvent> eventFromLine(const QByteArray &line, bool *unknownType)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    UsageEvent event;
    const QJsonValue time = object.value(u"time_ms"_s);
    if (!time.isDouble())
        return std::nullopt;
    event.timeMs = time.toInteger();
    event.kioskId = object.value(u"kiosk_id"_s).toString();
    event.sessionId = object.value(u"session_id"_s).toString();
    const auto type = UsageEvent::typeFromName(object.value(u"event"_s).toString());
    if (!type) {
        *unknownType = true;
        return std::nullopt;
    }
    event.type = *type;
    event.subject = object.value(u"subject"_s).toString();
    const QJsonValue value = object.value(u"value"_s);
    if (value.isDouble())
        event.value = value.toInteger();
    event.synthetic = object.value(u"synthetic"_s).toBool();
    return event;
}

} // namespace

UsageMerge UsageMerge::merge(const QStringList &files, QDate month,
    const std::vector<QByteArray> &trustedKeys, const QString &workDir)
{
    UsageMerge result;
    result.month = QDate(month.year(), month.month(), 1);
    const UsageTimeRange range = UsageTimeRange::month(result.month);
    std::map<QString, KioskEvents> kiosks;

    for (const QString &path : files) {
        const ExportManifest::Check check = ExportManifest::verify(path, trustedKeys);
        if (!check.ok()) {
            result.refused.push_back({path, check.error});
            continue;
        }
        const ExportManifest &manifest = check.manifest;
        if (manifest.format != "ndjson"_L1) {
            result.refused.push_back({path,
                u"a %1 export: merge reads NDJSON exports (mistctl "
                u"logs export --format ndjson)"_s.arg(manifest.format)});
            continue;
        }
        KioskEvents &kiosk = kiosks[manifest.kioskId];
        if (!kiosk.library.keyId.isEmpty() && kiosk.library.keyId != check.keyIdHex) {
            result.refused.push_back({path,
                u"kiosk %1's other exports are signed by key %2, this "
                u"one by %3"_s.arg(manifest.kioskId, kiosk.library.keyId, check.keyIdHex)});
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            result.refused.push_back({path, file.errorString()});
            continue;
        }
        QHash<QByteArray, int> fileCounts;
        qint64 lines = 0;
        qint64 unknown = 0;
        QString problem;
        while (!file.atEnd()) {
            QByteArray line = file.readLine();
            if (line.endsWith('\n'))
                line.chop(1);
            if (line.isEmpty())
                continue;
            ++lines;
            bool unknownType = false;
            const auto event = eventFromLine(line, &unknownType);
            if (!event) {
                if (unknownType) {
                    ++unknown;
                    continue;
                }
                problem = u"line %1 is not an exported event"_s.arg(lines);
                break;
            }
            if (event->timeMs < manifest.fromMs || event->timeMs >= manifest.toMs) {
                problem = u"line %1 lies outside the export's period"_s.arg(lines);
                break;
            }
            if (event->timeMs >= range.fromMs && event->timeMs < range.toMs + graceMs)
                ++fileCounts[line];
        }
        if (problem.isEmpty() && lines != manifest.events)
            problem = u"%1 events, the manifest says %2"_s.arg(lines).arg(manifest.events);
        if (!problem.isEmpty()) {
            result.refused.push_back({path, problem});
            continue;
        }
        result.unknownEvents += unknown;
        for (auto it = fileCounts.cbegin(); it != fileCounts.cend(); ++it) {
            int &merged = kiosk.counts[it.key()];
            result.duplicateEvents += std::min(merged, it.value());
            merged = std::max(merged, it.value());
        }
        Library &library = kiosk.library;
        if (library.files.isEmpty()) {
            library.kioskId = manifest.kioskId;
            library.keyId = check.keyIdHex;
            library.coveredFromMs = manifest.fromMs;
            library.coveredToMs = manifest.toMs;
        }
        if (!manifest.library.isEmpty())
            library.library = manifest.library;
        library.files.append(path);
        library.coveredFromMs = std::min(library.coveredFromMs, manifest.fromMs);
        library.coveredToMs = std::max(library.coveredToMs, manifest.toMs);
    }

    // Each kiosk's events, and all of them, into scratch logs that UsageReport reads as it reads
    // a kiosk's own.
    auto buildReport = [&](const QString &name, const std::vector<UsageEvent> &events,
                           UsageReport *report) {
        const QString dir = QDir(workDir).filePath(name);
        UsageStore store(dir, u"mist-merge-"_s + name);
        if (!QDir().mkpath(dir) || !store.open() || !store.append(events)) {
            result.error = u"cannot use the work directory %1: %2"_s.arg(dir, store.errorString());
            return false;
        }
        *report = UsageReport::build(store, result.month);
        return true;
    };
    std::vector<UsageEvent> all;
    int index = 0;
    for (auto &[kioskId, kiosk] : kiosks) {
        std::vector<UsageEvent> events;
        for (auto it = kiosk.counts.cbegin(); it != kiosk.counts.cend(); ++it) {
            bool unknown = false;
            const auto event = eventFromLine(it.key(), &unknown);
            for (int i = 0; i < it.value(); ++i)
                events.push_back(*event);
        }
        std::sort(events.begin(), events.end(),
            [](const UsageEvent &a, const UsageEvent &b) { return a.timeMs < b.timeMs; });
        if (!buildReport(u"kiosk-%1"_s.arg(index++), events, &kiosk.library.report))
            return result;
        all.insert(all.end(), events.begin(), events.end());
        result.libraries.push_back(kiosk.library);
    }
    std::sort(all.begin(), all.end(),
        [](const UsageEvent &a, const UsageEvent &b) { return a.timeMs < b.timeMs; });
    if (!buildReport(u"all"_s, all, &result.totals))
        return result;
    std::sort(
        result.libraries.begin(), result.libraries.end(), [](const Library &a, const Library &b) {
            return std::tie(a.library, a.kioskId) < std::tie(b.library, b.kioskId);
        });
    return result;
}

QJsonObject UsageMerge::toJson() const
{
    QJsonArray libraryArray;
    for (const Library &library : libraries) {
        libraryArray.append(QJsonObject {
            {u"kioskId"_s, library.kioskId},
            {u"library"_s, library.library},
            {u"keyId"_s, library.keyId},
            {u"files"_s, QJsonArray::fromStringList(library.files)},
            {u"coveredFrom"_s, utcText(library.coveredFromMs)},
            {u"coveredTo"_s, utcText(library.coveredToMs)},
            {u"report"_s, library.report.toJson()},
        });
    }
    QJsonArray refusedArray;
    for (const Refused &item : refused)
        refusedArray.append(QJsonObject {{u"file"_s, item.file}, {u"reason"_s, item.reason}});
    QJsonObject object {
        {u"month"_s, month.toString(u"yyyy-MM")},
        {u"libraries"_s, libraryArray},
        {u"totals"_s, totals.toJson()},
        {u"refused"_s, refusedArray},
        {u"duplicateEvents"_s, duplicateEvents},
        {u"unknownEvents"_s, unknownEvents},
    };
    if (!error.isEmpty())
        object.insert(u"error"_s, error);
    return object;
}

namespace {

struct Row
{
    QString name;
    QString kiosk;
    QString covered;
    qint64 sessions, finished, timedOut, portalOpens, trainingViews, searches;
};

Row rowOf(const QString &name, const QString &kiosk, const QString &covered, const UsageReport &r)
{
    return {name, kiosk, covered, r.sessions, r.finished, r.timedOut, r.portalOpens,
        r.trainingViews, r.searches};
}

// The Kyiv days the exports cover, first and last included.
QString coveredText(const UsageMerge::Library &library)
{
    auto day = [](qint64 ms) -> QString {
        return CalendarZones::kyivDate(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC))
            .toString(Qt::ISODate);
    };
    return day(library.coveredFromMs) + u" – "_s + day(library.coveredToMs - 1);
}

std::vector<Row> rowsOf(const UsageMerge &merge)
{
    std::vector<Row> rows;
    for (const auto &library : merge.libraries) {
        rows.push_back(rowOf(library.library.isEmpty() ? u"?"_s : library.library,
            library.kioskId.left(8), coveredText(library), library.report));
    }
    rows.push_back(rowOf(u"Усього / Total"_s, QString(), QString(), merge.totals));
    return rows;
}

} // namespace

QString UsageMerge::toText(const UsageReport::Names &names) const
{
    QString text = u"Regional usage report, %1 (kiosks: %2)\n\n"_s.arg(month.toString(u"yyyy-MM"))
                       .arg(libraries.size());
    text += u"%1  %2  %3  %4  %5  %6  %7  %8\n"_s.arg(u"library"_s, -32)
                .arg(u"kiosk"_s, -8)
                .arg(u"sessions"_s, 8)
                .arg(u"finished"_s, 8)
                .arg(u"timeout"_s, 8)
                .arg(u"portals"_s, 8)
                .arg(u"training"_s, 8)
                .arg(u"covered"_s);
    for (const Row &row : rowsOf(*this)) {
        text += u"%1  %2  %3  %4  %5  %6  %7  %8\n"_s.arg(row.name.left(32), -32)
                    .arg(row.kiosk, -8)
                    .arg(row.sessions, 8)
                    .arg(row.finished, 8)
                    .arg(row.timedOut, 8)
                    .arg(row.portalOpens, 8)
                    .arg(row.trainingViews, 8)
                    .arg(row.covered);
    }
    text += u"\n%1 duplicate events counted once"_s.arg(duplicateEvents);
    if (unknownEvents > 0)
        text += u"; %1 events of unknown kinds left out"_s.arg(unknownEvents);
    text += u"\n"_s;
    if (!refused.empty()) {
        text += u"\nRefused exports:\n"_s;
        for (const Refused &item : refused)
            text += u"  %1: %2\n"_s.arg(item.file, item.reason);
    }
    text += u"\n== Totals ==\n"_s + totals.toText(names);
    return text;
}

QString UsageMerge::toHtml() const
{
    auto cell = [](const QString &text) -> QString {
        return u"<td>"_s + text.toHtmlEscaped() + u"</td>"_s;
    };
    auto number = [](qint64 value) -> QString { return u"<td class=n>%1</td>"_s.arg(value); };
    QString html = u"<!DOCTYPE html>\n<html lang=\"uk\"><head><meta charset=\"utf-8\">"
                   u"<title>Звіт мережі кіосків Mist, %1</title><style>"
                   u"body{font-family:sans-serif;margin:2em;color:#111}"
                   u"table{border-collapse:collapse;margin:1em 0}"
                   u"td,th{border:1px solid #888;padding:4px 8px;text-align:left}"
                   u"td.n{text-align:right}tr.total{font-weight:bold;background:#eee}"
                   u"@media print{body{margin:0}}</style></head><body>"
                   u"<h1>Звіт мережі кіосків Mist / Regional report: %1</h1>"_s.arg(
                       month.toString(u"yyyy-MM"));
    html += u"<table><tr><th>Бібліотека / Library</th><th>Кіоск / Kiosk</th>"
            u"<th>Сеанси / Sessions</th><th>Завершені / Finished</th><th>Тайм-аут / Timed "
            u"out</th><th>Портали / Portal opens</th><th>Навчання / Trainings viewed</th>"
            u"<th>Пошуки / Searches</th><th>Період / Covered</th></tr>\n"_s;
    const std::vector<Row> rows = rowsOf(*this);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row &row = rows[i];
        html += i + 1 == rows.size() ? u"<tr class=total>"_s : u"<tr>"_s;
        html += cell(row.name) + cell(row.kiosk) + number(row.sessions) + number(row.finished)
            + number(row.timedOut) + number(row.portalOpens) + number(row.trainingViews)
            + number(row.searches) + cell(row.covered) + u"</tr>\n"_s;
    }
    html += u"</table><p>Повторні події враховано один раз / duplicate events counted once: "
            u"%1</p>"_s.arg(duplicateEvents);
    if (!refused.empty()) {
        html += u"<h2>Відхилені файли / Refused exports</h2><ul>"_s;
        for (const Refused &item : refused)
            html += u"<li>"_s + item.file.toHtmlEscaped() + u": "_s + item.reason.toHtmlEscaped()
                + u"</li>"_s;
        html += u"</ul>"_s;
    }
    if (totals.synthetic)
        html += u"<p><strong>Містить демонстраційні дані / contains demo data</strong></p>"_s;
    html += u"</body></html>\n"_s;
    return html;
}

} // namespace Mist
