// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "documentpdf.h"

#include "documents/documenttray.h"
#include "printing/printinglog.h"

#include <QPainter>

namespace Mist {

DocumentPdf::DocumentPdf(QObject *parent)
    : QObject(parent)
{ }

DocumentPdf::~DocumentPdf()
{
    unload();
}

void DocumentPdf::setTray(DocumentTray *tray)
{
    if (m_tray == tray)
        return;
    if (m_tray)
        disconnect(m_tray, nullptr, this, nullptr);
    m_tray = tray;
    // The document leaving the tray (removed, or the visit's end) closes it here too.
    if (m_tray) {
        connect(m_tray, &DocumentTray::rowsRemoved, this, [this] {
            if (m_status != Empty && !(m_tray && m_tray->document(m_documentId)))
                reload();
        });
        connect(m_tray, &DocumentTray::modelReset, this, &DocumentPdf::reload);
    }
    Q_EMIT trayChanged();
    reload();
}

void DocumentPdf::setDocumentId(const QString &id)
{
    if (m_documentId == id)
        return;
    m_documentId = id;
    Q_EMIT documentIdChanged();
    reload();
}

int DocumentPdf::pageCount() const
{
    return m_status == Ready ? m_pdf.pageCount() : 0;
}

QString DocumentPdf::title() const
{
    const DocumentTray::Document *document = m_tray ? m_tray->document(m_documentId) : nullptr;
    return document ? document->title : QString();
}

void DocumentPdf::unload()
{
    m_pdf.close();
    m_buffer.close();
    m_buffer.setData(QByteArray());
    if (!m_bytes.isEmpty())
        m_bytes.fill('\0');
    m_bytes.clear();
    m_bytes.squeeze();
}

void DocumentPdf::reload()
{
    const Status before = m_status;
    unload();
    m_status = Empty;
    if (m_tray && !m_documentId.isEmpty() && m_tray->document(m_documentId)) {
        const QByteArray bytes = m_tray->bytes(m_documentId);
        m_bytes = QByteArray(bytes.constData(), bytes.size()); // ours alone, so it can be wiped
        m_buffer.setBuffer(&m_bytes);
        m_buffer.open(QIODevice::ReadOnly);
        m_pdf.load(&m_buffer);
        if (m_pdf.status() == QPdfDocument::Status::Ready && m_pdf.pageCount() > 0) {
            m_status = Ready;
            m_tray->setPageCount(m_documentId, m_pdf.pageCount());
        } else {
            m_status = Error;
            qCWarning(lcDocuments)
                << "a document of the tray would not open, Qt Pdf error" << int(m_pdf.error());
            unload();
        }
    }
    if (m_status != before || m_status == Ready)
        Q_EMIT statusChanged();
}

QSizeF DocumentPdf::pagePointSize(int page) const
{
    if (m_status != Ready || page < 0 || page >= m_pdf.pageCount())
        return {};
    return m_pdf.pagePointSize(page);
}

QImage DocumentPdf::render(int page, QSize size)
{
    if (m_status != Ready || page < 0 || page >= m_pdf.pageCount() || size.isEmpty())
        return {};
    QImage image = m_pdf.render(page, size);
    if (image.isNull())
        return image;
    // PDF pages are transparent where nothing is drawn: put them on paper.
    QImage paper(image.size(), QImage::Format_RGB32);
    paper.fill(Qt::white);
    QPainter painter(&paper);
    painter.drawImage(0, 0, image);
    return paper;
}

} // namespace Mist
