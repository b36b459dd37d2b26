// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "sampledocuments.h"

#include "documents/documenttray.h"
#include "printing/plainpdf.h"
#include "scandesk.h"

#include <QImage>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Mist {

void addSampleDocuments(DocumentTray &tray)
{
    tray.add(PlainPdf::numberedPages(2, u"Pension certificate"_s), u"Довідка про розмір пенсії"_s,
        DocumentTray::Origin::Download, u"https://portal.pfu.gov.ua/documents/sample"_s);
    tray.add(PlainPdf::numberedPages(3, u"Register extract"_s),
        u"Витяг з Державного реєстру речових прав на нерухоме майно"_s,
        DocumentTray::Origin::Download);
    tray.add(PlainPdf::numberedPages(1, u"Receipt"_s), u"Квитанція про сплату"_s,
        DocumentTray::Origin::Print);
}

void addSampleScan(ScanDesk &desk)
{
    constexpr int dpi = 100;
    QImage page(827, 1169, QImage::Format_Grayscale8); // A4 at 100 dpi
    page.fill(Qt::white);
    page.setDotsPerMeterX(int(dpi / 0.0254));
    page.setDotsPerMeterY(int(dpi / 0.0254));
    QPainter painter(&page);
    painter.setPen(Qt::NoPen);
    // A letterhead, a title, and lines of "text" as grey bars of uneven length.
    painter.setBrush(QColor(60, 60, 60));
    painter.drawRect(80, 80, 240, 60);
    painter.drawRect(240, 220, 350, 26);
    painter.setBrush(QColor(110, 110, 110));
    for (int line = 0; line < 28; ++line) {
        const int width = 660 - ((line * 37) % 5 == 0 ? 260 : (line * 53) % 120);
        painter.drawRect(80, 300 + line * 28, width, 12);
    }
    painter.drawRect(480, 1100 - 60, 240, 14); // the signature line
    painter.end();
    desk.addPage(page);
}

} // namespace Mist
