// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "testsheet.h"

#include "plainpdf.h"

using namespace Qt::StringLiterals;

namespace Mist {

QByteArray printerTestSheet(
    const QString &libraryName, const QString &kioskId, const QDateTime &when)
{
    PlainPdf pdf;
    pdf.newPage();
    const QString date = when.toString(u"yyyy-MM-dd HH:mm"_s);
    pdf.text(72, 760, 26, u"Mist: printer test page"_s);
    pdf.text(72, 720, 16, libraryName);
    pdf.text(72, 694, 12, u"Kiosk: "_s + kioskId);
    pdf.text(72, 676, 12, u"Printed: "_s + date);
    pdf.text(72, 640, 12, u"If you can read this page, citizens can print their documents."_s);
    // A frame at the page's printable edge (12 mm) shows what the printer crops.
    constexpr double edge = 34;
    constexpr double line = 1;
    pdf.rect(edge, edge, PlainPdf::pageWidth - 2 * edge, line);
    pdf.rect(edge, PlainPdf::pageHeight - edge - line, PlainPdf::pageWidth - 2 * edge, line);
    pdf.rect(edge, edge, line, PlainPdf::pageHeight - 2 * edge);
    pdf.rect(PlainPdf::pageWidth - edge - line, edge, line, PlainPdf::pageHeight - 2 * edge);
    pdf.qrCode(72, 400, 180,
        (u"Mist test page\n"_s + libraryName + u"\nkiosk "_s + kioskId + u"\n"_s + date).toUtf8());
    return pdf.finish();
}

} // namespace Mist
