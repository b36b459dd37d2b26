// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// UsageReport::toHtml: the librarian's printable monthly report. One file, no scripts, no external
// fonts or images: charts are inline SVG, so it prints, attaches to an e-mail and opens offline.
// Every label is Ukrainian first, English second.

#include "usagereport.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// "Українською / In English"
QString both(const QString &uk, const QString &en)
{
    return u"%1 <span class=\"en\">/ %2</span>"_s.arg(esc(uk), esc(en));
}

QString duration(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    return u"%1 хв %2 с"_s.arg(seconds / 60).arg(seconds % 60);
}

// Horizontal bars: one per row, the label on the left, the count at the end of the bar.
QString barChart(const std::vector<std::pair<QString, qint64>> &rows, const QString &title)
{
    constexpr int rowHeight = 26;
    constexpr int labelWidth = 300;
    constexpr int barWidth = 340;
    const int height = int(rows.size()) * rowHeight + 8;
    qint64 max = 1;
    for (const auto &row : rows)
        max = std::max(max, row.second);
    QString svg = u"<svg class=\"chart\" viewBox=\"0 0 %1 %2\" width=\"%1\" height=\"%2\" "
                  u"role=\"img\" aria-label=\"%3\" xmlns=\"http://www.w3.org/2000/svg\">"_s
                      .arg(labelWidth + barWidth + 60)
                      .arg(height)
                      .arg(esc(title));
    int y = 4;
    for (const auto &[label, value] : rows) {
        const int width = int(double(value) / double(max) * barWidth);
        svg += u"<text x=\"%1\" y=\"%2\" text-anchor=\"end\" class=\"label\">%3</text>"_s
                   .arg(labelWidth - 8)
                   .arg(y + 17)
                   .arg(esc(label.size() > 40 ? label.left(39) + u"…"_s : label));
        svg += u"<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"18\" class=\"bar\"/>"_s
                   .arg(labelWidth)
                   .arg(y + 3)
                   .arg(std::max(width, value > 0 ? 2 : 0));
        svg += u"<text x=\"%1\" y=\"%2\" class=\"value\">%3</text>"_s.arg(labelWidth + width + 6)
                   .arg(y + 17)
                   .arg(value);
        y += rowHeight;
    }
    return svg + u"</svg>"_s;
}

// Weekday × hour: a grid of squares, darker for more sessions.
QString heatmap(const UsageReport &report)
{
    static const char *days[]
        = {"Пн Mon", "Вт Tue", "Ср Wed", "Чт Thu", "Пт Fri", "Сб Sat", "Нд Sun"};
    constexpr int cell = 24;
    constexpr int left = 70;
    constexpr int top = 20;
    qint64 max = 1;
    for (const auto &hours : report.weekdayHour)
        for (const qint64 count : hours)
            max = std::max(max, count);
    QString svg
        = u"<svg class=\"chart\" viewBox=\"0 0 %1 %2\" width=\"%1\" height=\"%2\" "
          u"role=\"img\" aria-label=\"Сеанси за днем тижня і годиною / Sessions by "
          u"weekday and hour\" xmlns=\"http://www.w3.org/2000/svg\">"_s.arg(left + 24 * cell + 4)
              .arg(top + 7 * cell + 4);
    for (int hour = 0; hour < 24; hour += 2)
        svg += u"<text x=\"%1\" y=\"14\" text-anchor=\"middle\" class=\"small\">%2</text>"_s
                   .arg(left + hour * cell + cell / 2)
                   .arg(hour);
    for (int day = 0; day < 7; ++day) {
        svg += u"<text x=\"%1\" y=\"%2\" text-anchor=\"end\" class=\"small\">%3</text>"_s
                   .arg(left - 6)
                   .arg(top + day * cell + 16)
                   .arg(QString::fromUtf8(days[day]));
        for (int hour = 0; hour < 24; ++hour) {
            const qint64 count = report.weekdayHour[day][hour];
            const double level = double(count) / double(max);
            svg += u"<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%3\" fill=\"#1d5fa8\" "
                   u"fill-opacity=\"%4\" stroke=\"#d0d7e2\"><title>%5</title></rect>"_s
                       .arg(left + hour * cell)
                       .arg(top + day * cell)
                       .arg(cell - 2)
                       .arg(count ? 0.12 + 0.88 * level : 0.0, 0, 'f', 2)
                       .arg(count);
        }
    }
    return svg + u"</svg>"_s;
}

} // namespace

QString UsageReport::toHtml(const Names &names, const QString &libraryName) const
{
    const QLocale uk(QLocale::Ukrainian, QLocale::Ukraine);
    const QString monthUk
        = uk.standaloneMonthName(month.month()) + u' ' + QString::number(month.year());
    const QString monthEn = QLocale(QLocale::English).standaloneMonthName(month.month()) + u' '
        + QString::number(month.year());

    QString html;
    html += u"<!DOCTYPE html>\n<html lang=\"uk\"><head><meta charset=\"utf-8\">"
            u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"_s;
    html += u"<title>Звіт про використання кіоску — %1 / Kiosk usage report — %2</title>"_s.arg(
        esc(monthUk), esc(monthEn));
    html
        += u"<style>"
           u"body{font-family:'Noto Sans','DejaVu Sans',Arial,sans-serif;color:#1a1a1a;"
           u"max-width:960px;margin:24px auto;padding:0 16px;line-height:1.45}"
           u"h1{font-size:26px;margin-bottom:4px}h2{font-size:20px;margin-top:28px;"
           u"border-bottom:2px solid #1d5fa8;padding-bottom:4px}"
           u".en{color:#555;font-weight:normal}"
           u".cards{display:flex;flex-wrap:wrap;gap:12px}"
           u".card{border:1px solid #c9d3e0;border-radius:8px;padding:10px 14px;min-width:180px}"
           u".card .n{font-size:28px;font-weight:bold;color:#1d5fa8}"
           u".demo{background:#fff3cd;border:1px solid #e0b400;padding:8px 12px;border-radius:6px}"
           u"table{border-collapse:collapse}td,th{padding:4px 10px;border-bottom:1px solid #dde3ec;"
           u"text-align:left}td.num{text-align:right}"
           u".chart{max-width:100%;height:auto}.chart .bar{fill:#1d5fa8}"
           u".chart text{font-size:13px;fill:#1a1a1a}.chart .small{font-size:11px}"
           u"footer{margin-top:32px;font-size:13px;color:#555}"
           u"@media print{body{margin:0;max-width:none}h2{break-after:avoid}"
           u"section{break-inside:avoid}}"
           u"</style></head><body>\n"_s;
    html += u"<h1>Звіт про використання кіоску «Mist» <span class=\"en\">/ Kiosk usage report"
            u"</span></h1>\n"_s;
    html += u"<p><strong>%1</strong> — %2</p>\n"_s.arg(esc(libraryName), both(monthUk, monthEn));
    if (synthetic)
        html += u"<p class=\"demo\">"_s
            + both(u"Увага: звіт містить демонстраційні дані (mistctl demo seed), а не справжнє "
                   u"використання."_s,
                u"Note: this report includes demo data (mistctl demo seed), not real use."_s)
            + u"</p>\n"_s;
    if (!error.isEmpty())
        html += u"<p class=\"demo\">"_s
            + both(u"Журнал прочитано не повністю."_s, u"The log could not be read completely."_s)
            + u"</p>\n"_s;

    html += u"<section><h2>%1</h2><div class=\"cards\">"_s.arg(both(u"Коротко"_s, u"Summary"_s));
    auto card = [&](const QString &uk, const QString &en, const QString &value) {
        html += u"<div class=\"card\"><div class=\"n\">%1</div>%2</div>"_s.arg(
            esc(value), both(uk, en));
    };
    card(u"Обслужено відвідувачів (сеансів)"_s, u"Citizens served (sessions)"_s,
        QString::number(sessions));
    card(u"Середня тривалість (медіана)"_s, u"Median session length"_s, duration(medianSessionMs));
    card(u"Відкрито порталів"_s, u"Portals opened"_s, QString::number(portalOpens));
    card(u"Переглянуто навчань"_s, u"Trainings viewed"_s, QString::number(trainingViews));
    card(u"Пошуків"_s, u"Searches"_s, QString::number(searches));
    card(u"Показано QR-кодів"_s, u"QR codes shown"_s, QString::number(qrShown));
    html += u"</div></section>\n"_s;

    html += u"<section><h2>%1</h2>"_s.arg(
        both(u"Як завершувалися сеанси"_s, u"How sessions ended"_s));
    html += barChart({{u"Натиснули «Завершити» / Finished"_s, finished},
                         {u"Час очікування минув / Timed out"_s, timedOut},
                         {u"Завершення не записано / No end recorded"_s, unended}},
        u"Як завершувалися сеанси / How sessions ended"_s);
    html += u"</section>\n"_s;

    html += u"<section><h2>%1</h2>"_s.arg(both(u"Тривалість сеансів"_s, u"Session length"_s));
    std::vector<std::pair<QString, qint64>> buckets;
    for (size_t i = 0; i < lengthBuckets.size(); ++i) {
        const QString label = i + 1 < lengthBuckets.size()
            ? u"%1–%2 хв / min"_s.arg(lengthBucketStartMinutes[i])
                  .arg(lengthBucketStartMinutes[i + 1])
            : u"%1+ хв / min"_s.arg(lengthBucketStartMinutes[i]);
        buckets.emplace_back(label, lengthBuckets[i]);
    }
    html += barChart(buckets, u"Тривалість сеансів / Session length"_s);
    html += u"<p>%1: %2. %3: %4.</p></section>\n"_s.arg(both(u"Медіана"_s, u"median"_s),
        esc(duration(medianSessionMs)), both(u"Середня"_s, u"mean"_s),
        esc(duration(meanSessionMs)));

    html += u"<section><h2>%1</h2>"_s.arg(both(u"Найпопулярніші послуги"_s, u"Top services"_s));
    if (services.empty()) {
        html += u"<p>%1</p>"_s.arg(both(u"Немає даних."_s, u"No data."_s));
    } else {
        std::vector<std::pair<QString, qint64>> rows;
        for (size_t i = 0; i < std::min<size_t>(services.size(), 10); ++i)
            rows.emplace_back(
                names.ukName(services[i].id), services[i].count + services[i].secondary);
        html += barChart(rows, u"Найпопулярніші послуги / Top services"_s);
        html += u"<table><tr><th>%1</th><th>%2</th><th>%3</th></tr>"_s.arg(
            both(u"Послуга"_s, u"Service"_s), both(u"Переглядів"_s, u"Views"_s),
            both(u"Відкрито порталів"_s, u"Portal opens"_s));
        for (size_t i = 0; i < std::min<size_t>(services.size(), 10); ++i)
            html += u"<tr><td>%1</td><td class=\"num\">%2</td><td class=\"num\">%3</td></tr>"_s
                        .arg(both(names.ukName(services[i].id), names.enName(services[i].id)))
                        .arg(services[i].count)
                        .arg(services[i].secondary);
        html += u"</table>"_s;
    }
    html += u"</section>\n"_s;

    html += u"<section><h2>%1</h2>"_s.arg(both(u"Найпопулярніші категорії"_s, u"Top categories"_s));
    if (categories.empty()) {
        html += u"<p>%1</p>"_s.arg(both(u"Немає даних."_s, u"No data."_s));
    } else {
        std::vector<std::pair<QString, qint64>> rows;
        for (size_t i = 0; i < std::min<size_t>(categories.size(), 12); ++i)
            rows.emplace_back(
                names.ukName(categories[i].id) + u" / "_s + names.enName(categories[i].id),
                categories[i].count);
        html += barChart(rows, u"Найпопулярніші категорії / Top categories"_s);
    }
    html += u"</section>\n"_s;

    html += u"<section><h2>%1</h2>"_s.arg(both(u"Коли користуються кіоском (за київським "
                                               u"часом)"_s,
        u"When the kiosk is used (Kyiv time)"_s));
    html += heatmap(*this);
    html += u"</section>\n"_s;

    html += u"<section><h2>%1</h2><p>%2: %3</p>"_s.arg(both(u"Навчання"_s, u"Trainings"_s),
        both(u"Переглядів розкладу навчань"_s, u"Training views"_s),
        QString::number(trainingViews));
    if (!trainings.empty()) {
        html += u"<table>"_s;
        for (size_t i = 0; i < std::min<size_t>(trainings.size(), 10); ++i)
            html += u"<tr><td>%1</td><td class=\"num\">%2</td></tr>"_s.arg(esc(trainings[i].id))
                        .arg(trainings[i].count);
        html += u"</table>"_s;
    }
    html += u"</section>\n"_s;

    html += learningHtml();

    html += librarianHtml();
    html += documentsHtml();
    html += u"<footer>%1</footer>\n</body></html>\n"_s.arg(
        both(u"Журнал знеособлений: без імен, введеного тексту, адрес сторінок чи IP-адрес."_s,
            u"The log is anonymous: no names, typed text, page addresses or IP addresses."_s));
    return html;
}

} // namespace Mist
