// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The documents' part of the monthly report: documents portals gave citizens, jobs printed at the
// library's printer with their pages (all copies), and the jobs that failed by problem. Counts
// only: the log never holds a document's name, title or contents.

#include "usagereport.h"
#include "usagereporthtml_p.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Mist {

void UsageReport::countDocumentEvent(
    const UsageEvent &event, Documents &documents, QHash<QString, Count> &failures)
{
    switch (event.type) {
    case UsageEvent::Type::DocumentReceived:
        ++documents.received;
        break;
    case UsageEvent::Type::DocumentPrinted:
        ++documents.printed;
        documents.pagesPrinted += std::max<qint64>(0, event.value.value_or(0));
        break;
    case UsageEvent::Type::DocumentScanned:
        ++documents.scanned;
        documents.pagesScanned += std::max<qint64>(0, event.value.value_or(0));
        break;
    case UsageEvent::Type::UploadOffered:
        ++documents.uploadsOffered;
        break;
    case UsageEvent::Type::UploadAccepted:
        ++documents.uploadsAccepted;
        break;
    case UsageEvent::Type::PrintFailed:
        ++documents.failed;
        failures[event.subject].id = event.subject;
        ++failures[event.subject].count;
        break;
    default:
        break;
    }
}

QJsonObject UsageReport::documentsJson() const
{
    QJsonArray failures;
    for (const Count &count : documents.failuresByProblem)
        failures.append(QJsonObject {{u"problem"_s, count.id}, {u"jobs"_s, count.count}});
    return {{u"received"_s, documents.received}, {u"printed"_s, documents.printed},
        {u"pagesPrinted"_s, documents.pagesPrinted}, {u"failed"_s, documents.failed},
        {u"failuresByProblem"_s, failures}, {u"scanned"_s, documents.scanned},
        {u"pagesScanned"_s, documents.pagesScanned},
        {u"uploadsOffered"_s, documents.uploadsOffered},
        {u"uploadsAccepted"_s, documents.uploadsAccepted}};
}

QString UsageReport::documentsText() const
{
    QString text
        = u"\nDocuments: received from portals %1, printed %2 (%3 pages), failed jobs %4\n"_s
              .arg(documents.received)
              .arg(documents.printed)
              .arg(documents.pagesPrinted)
              .arg(documents.failed);
    for (const Count &count : documents.failuresByProblem)
        text += u"  %1 %2\n"_s.arg(count.count, 5).arg(count.id);
    if (documents.scanned > 0 || documents.uploadsOffered > 0)
        text += u"Scanning: documents scanned %1 (%2 pages), uploads offered %3, accepted %4\n"_s
                    .arg(documents.scanned)
                    .arg(documents.pagesScanned)
                    .arg(documents.uploadsOffered)
                    .arg(documents.uploadsAccepted);
    return text;
}

QString UsageReport::documentsHtml() const
{
    using ReportHtml::both;
    using ReportHtml::card;
    QString html = u"<section><h2>%1</h2><div class=\"cards\">"_s.arg(
        both(u"Документи й друк"_s, u"Documents and printing"_s));
    html += card(documents.pagesPrinted, both(u"Надруковано сторінок"_s, u"Pages printed"_s));
    html += card(documents.printed, both(u"Надруковано документів"_s, u"Documents printed"_s));
    html += card(
        documents.received, both(u"Отримано документів з порталів"_s, u"Documents from portals"_s));
    html += card(documents.failed, both(u"Невдалих друків"_s, u"Failed print jobs"_s));
    if (documents.scanned > 0 || documents.uploadsOffered > 0) {
        html += card(documents.scanned, both(u"Відскановано документів"_s, u"Documents scanned"_s));
        html += card(documents.pagesScanned, both(u"Відскановано сторінок"_s, u"Pages scanned"_s));
        html += card(documents.uploadsAccepted,
            both(u"Надіслано файлів на портали"_s, u"Uploads to portals"_s));
    }
    html += u"</div>"_s + ReportHtml::countTable(documents.failuresByProblem) + u"</section>\n"_s;
    return html;
}

} // namespace Mist
