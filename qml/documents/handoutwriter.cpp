// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "handoutwriter.h"

#include "core/logging.h"
#include "qrcode.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

#include <array>
#include <memory>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

// QTextDocument lays out in its own pixels (96 per inch); A4 in those, and 2 cm margins.
constexpr qreal layoutDpi = 96.0;
constexpr qreal mmPerInch = 25.4;
constexpr qreal pxPerMm = layoutDpi / mmPerInch;
const QSizeF a4Layout(210.0 * pxPerMm, 297.0 * pxPerMm);
constexpr qreal marginMm = 18.0;
constexpr qreal qrSideMm = 38.0;

// Type sizes in points at scale 1.0; the smallest scale keeps body text at 9 pt.
constexpr qreal titlePt = 20.0;
constexpr qreal subtitlePt = 12.0;
constexpr qreal headingPt = 14.0;
constexpr qreal bodyPt = 12.0;
constexpr qreal footerPt = 9.0;
constexpr std::array<qreal, 4> scales = {1.0, 0.9, 0.82, 0.75};

const auto qrResource = QUrl(u"mist-handout:qr"_s);

QTextCharFormat charFormat(qreal pointSize, bool bold = false, const QColor &color = Qt::black)
{
    QTextCharFormat format;
    format.setFontFamilies({u"Noto Sans"_s, u"DejaVu Sans"_s});
    format.setFontPointSize(pointSize);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    format.setForeground(color);
    return format;
}

QTextBlockFormat blockFormat(qreal topMarginPt, qreal bottomMarginPt = 0)
{
    QTextBlockFormat format;
    // Block margins are in layout pixels; 1 pt = 96/72 px.
    format.setTopMargin(topMarginPt * layoutDpi / 72.0);
    format.setBottomMargin(bottomMarginPt * layoutDpi / 72.0);
    format.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
    return format;
}

// The handout as a document at one type scale, with sections [0, sectionCount).
std::unique_ptr<QTextDocument> layOut(
    const Handout &handout, qreal scale, std::size_t sectionCount, const QString &moreNote)
{
    auto document = std::make_unique<QTextDocument>();
    document->setUndoRedoEnabled(false);
    document->setPageSize(a4Layout);
    QTextFrameFormat rootFormat = document->rootFrame()->frameFormat();
    rootFormat.setMargin(marginMm * pxPerMm);
    document->rootFrame()->setFrameFormat(rootFormat);

    QTextCursor cursor(document.get());
    bool firstBlock = true;
    auto newBlock = [&](const QTextBlockFormat &format, const QTextCharFormat &chars) {
        if (firstBlock) {
            cursor.setBlockFormat(format);
            cursor.setBlockCharFormat(chars);
            cursor.setCharFormat(chars);
            firstBlock = false;
        } else {
            cursor.insertBlock(format, chars);
        }
    };

    newBlock(blockFormat(0, 4), charFormat(titlePt * scale, true));
    cursor.insertText(handout.title);
    if (!handout.subtitle.isEmpty()) {
        newBlock(
            blockFormat(0, 6), charFormat(subtitlePt * scale, false, QColor(0x44, 0x44, 0x44)));
        cursor.insertText(handout.subtitle);
    }

    for (std::size_t i = 0; i < sectionCount; ++i) {
        const Handout::Section &section = handout.sections[i];
        if (!section.heading.isEmpty()) {
            newBlock(blockFormat(12 * scale, 3), charFormat(headingPt * scale, true));
            cursor.insertText(section.heading);
        }
        const QStringList paragraphs = section.text.split(u"\n\n"_s, Qt::SkipEmptyParts);
        for (const QString &paragraph : paragraphs) {
            newBlock(blockFormat(4 * scale), charFormat(bodyPt * scale));
            cursor.insertText(paragraph.simplified());
        }
        QTextList *list = nullptr;
        for (const QString &bullet : section.bullets) {
            newBlock(blockFormat(3 * scale), charFormat(bodyPt * scale));
            if (!list) {
                QTextListFormat listFormat;
                listFormat.setStyle(
                    section.numbered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc);
                listFormat.setIndent(1);
                list = cursor.createList(listFormat);
            } else {
                list->add(cursor.block());
            }
            cursor.insertText(bullet);
        }
    }
    if (sectionCount < handout.sections.size() && !moreNote.isEmpty()) {
        newBlock(blockFormat(10 * scale), charFormat(bodyPt * scale, true));
        cursor.insertText(moreNote.simplified());
    }

    if (!handout.qrUrl.isEmpty()) {
        // The QR code with its caption beside it, in a borderless two-cell table.
        newBlock(blockFormat(14 * scale), charFormat(bodyPt * scale));
        QTextTableFormat tableFormat;
        tableFormat.setBorder(0);
        tableFormat.setCellPadding(4);
        QTextTable *table = cursor.insertTable(1, 2, tableFormat);
        QTextImageFormat image;
        image.setName(qrResource.toString());
        image.setWidth(qrSideMm * pxPerMm);
        image.setHeight(qrSideMm * pxPerMm);
        QTextCursor cell = table->cellAt(0, 0).firstCursorPosition();
        cell.insertImage(image);
        cell = table->cellAt(0, 1).firstCursorPosition();
        cell.setCharFormat(charFormat(bodyPt * scale));
        if (!handout.qrCaption.isEmpty()) {
            cell.insertText(handout.qrCaption, charFormat(bodyPt * scale, true));
            cell.insertBlock(blockFormat(3), charFormat(bodyPt * scale));
        }
        cell.insertText(handout.qrUrl, charFormat(bodyPt * scale * 0.9));
        cursor.movePosition(QTextCursor::End);
    }
    if (!handout.footer.isEmpty()) {
        cursor.insertBlock(
            blockFormat(16 * scale), charFormat(footerPt, false, QColor(0x55, 0x55, 0x55)));
        cursor.insertText(handout.footer);
    }
    return document;
}

} // namespace

HandoutWriter::HandoutWriter(QObject *parent)
    : QObject(parent)
{ }

HandoutWriter::Result HandoutWriter::write(const Handout &handout, const QString &moreNote)
{
    Result result;
    if (handout.isEmpty()) {
        qCWarning(lcUi) << "refused to print an empty handout";
        return result;
    }
    QImage qr;
    if (!handout.qrUrl.isEmpty()) {
        constexpr int qrPixels = 600; // crisp at 300 dpi for 38 mm
        qr = QrCode::encode(handout.qrUrl).toImage(QSize(qrPixels, qrPixels));
    }

    // The largest type that fits, then, at the smallest type, as many sections as fit.
    std::unique_ptr<QTextDocument> document;
    std::size_t sections = handout.sections.size();
    for (qreal scale : scales) {
        document = layOut(handout, scale, sections, moreNote);
        if (!qr.isNull())
            document->addResource(QTextDocument::ImageResource, qrResource, qr);
        result.textScale = scale;
        if (document->pageCount() <= maxPages)
            break;
    }
    while (document->pageCount() > maxPages && sections > 0) {
        --sections;
        document = layOut(handout, result.textScale, sections, moreNote);
        if (!qr.isNull())
            document->addResource(QTextDocument::ImageResource, qrResource, qr);
    }
    result.sectionsLeftOff = int(handout.sections.size() - sections);

    QBuffer buffer(&result.pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(
            QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(), QPageLayout::Millimeter));
        writer.setCreator(u"Mist"_s);
        writer.setTitle(handout.title);
        // Paginated (the page size is set), so QTextDocument prints exactly these pages and
        // draws no page numbers of its own.
        document->print(&writer);
    }
    result.pages = document->pageCount();
    qCInfo(lcUi) << "handout written:" << result.pages << "pages," << result.pdf.size() << "bytes,"
                 << result.sectionsLeftOff << "sections left off";
    return result;
}

QByteArray HandoutWriter::pdf(const QVariantMap &handout) const
{
    return write(Handout::fromVariant(handout), handout.value(u"moreNote"_s).toString()).pdf;
}

} // namespace Mist
