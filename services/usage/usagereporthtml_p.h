// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Pieces of the monthly report's HTML that its sections share: a bilingual label, a figure card
// and a table of counts. Every text is escaped here, so no id from the log is ever markup.
#pragma once

#include "usagereport.h"

#include <QString>

#include <vector>

namespace Mist::ReportHtml {

// "Ukrainian / English", the English muted.
inline QString both(const QString &uk, const QString &en)
{
    return QStringLiteral("%1 <span class=\"en\">/ %2</span>")
        .arg(uk.toHtmlEscaped(), en.toHtmlEscaped());
}

// One large figure with its (already escaped) label.
inline QString card(qint64 number, const QString &label)
{
    return QStringLiteral("<div class=\"card\"><div class=\"n\">%1</div>%2</div>")
        .arg(number)
        .arg(label);
}

// A two-column table of ids and their counts; nothing when there are none.
inline QString countTable(const std::vector<UsageReport::Count> &counts)
{
    if (counts.empty())
        return {};
    QString html = QStringLiteral("<table>");
    for (const UsageReport::Count &count : counts)
        html += QStringLiteral("<tr><td>%1</td><td class=\"num\">%2</td></tr>")
                    .arg(count.id.toHtmlEscaped())
                    .arg(count.count);
    return html + QStringLiteral("</table>");
}

} // namespace Mist::ReportHtml
