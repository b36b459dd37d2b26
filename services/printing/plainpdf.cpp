// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "plainpdf.h"

#include <qrencode.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

QByteArray number(double value)
{
    return QByteArray::number(value, 'f', 2);
}

// A PDF string literal of Latin-1 text.
QByteArray pdfString(const QString &text)
{
    QByteArray out = "(";
    for (const QChar c : text) {
        const char ch = c.unicode() < 256 ? char(c.unicode()) : '?';
        if (ch == '(' || ch == ')' || ch == '\\')
            out += '\\';
        out += ch;
    }
    return out + ')';
}

} // namespace

void PlainPdf::newPage()
{
    m_pages.append(QByteArray());
}

void PlainPdf::text(double x, double y, double size, const QString &text)
{
    if (m_pages.isEmpty())
        newPage();
    m_pages.last() += "BT /F1 " + number(size) + " Tf " + number(x) + ' ' + number(y) + " Td "
        + pdfString(text) + " Tj ET\n";
}

void PlainPdf::rect(double x, double y, double width, double height)
{
    if (m_pages.isEmpty())
        newPage();
    m_pages.last()
        += number(x) + ' ' + number(y) + ' ' + number(width) + ' ' + number(height) + " re f\n";
}

bool PlainPdf::qrCode(double x, double y, double size, const QByteArray &data)
{
    QRcode *code = QRcode_encodeData(int(data.size()),
        reinterpret_cast<const unsigned char *>(data.constData()), 0, QR_ECLEVEL_M);
    if (!code)
        return false;
    const int width = code->width;
    const double module = size / width;
    for (int row = 0; row < width; ++row) {
        for (int column = 0; column < width; ++column) {
            if (code->data[row * width + column] & 1)
                rect(x + column * module, y + size - (row + 1) * module, module, module);
        }
    }
    QRcode_free(code);
    return true;
}

QByteArray PlainPdf::finish() const
{
    QList<QByteArray> pages = m_pages;
    if (pages.isEmpty())
        pages.append(QByteArray());
    // Objects: 1 catalog, 2 pages, 3 font, then a page and its content for each page.
    std::vector<QByteArray> objects;
    QByteArray kids;
    for (qsizetype i = 0; i < pages.size(); ++i)
        kids += QByteArray::number(4 + 2 * i) + " 0 R ";
    objects.push_back("<< /Type /Catalog /Pages 2 0 R >>");
    objects.push_back("<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count "
        + QByteArray::number(pages.size()) + " >>");
    objects.push_back(
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    for (qsizetype i = 0; i < pages.size(); ++i) {
        objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
                          "<< /Font << /F1 3 0 R >> >> /Contents "
            + QByteArray::number(5 + 2 * i) + " 0 R >>");
        objects.push_back("<< /Length " + QByteArray::number(pages[i].size()) + " >>\nstream\n"
            + pages[i] + "endstream");
    }
    QByteArray out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    std::vector<qsizetype> offsets;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(out.size());
        out += QByteArray::number(qsizetype(i + 1)) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(qsizetype(objects.size() + 1))
        + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(qsizetype(objects.size() + 1))
        + " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QByteArray PlainPdf::numberedPages(int pages, const QString &title)
{
    PlainPdf pdf;
    for (int i = 1; i <= pages; ++i) {
        pdf.newPage();
        if (!title.isEmpty())
            pdf.text(72, 770, 20, title);
        pdf.text(72, 720, 14, u"Page %1 of %2"_s.arg(i).arg(pages));
    }
    return pdf.finish();
}

} // namespace Mist
