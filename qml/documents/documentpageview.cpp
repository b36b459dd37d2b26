// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "documentpageview.h"

#include <QQuickWindow>
#include <QSGImageNode>
#include <QSGTexture>

namespace Mist {

DocumentPageView::DocumentPageView(QQuickItem *parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents);
}

void DocumentPageView::setDocument(DocumentPdf *document)
{
    if (m_document == document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &DocumentPdf::statusChanged, this, [this] {
            m_imagePage = -1;
            polish();
        });
    m_imagePage = -1;
    Q_EMIT documentChanged();
    polish();
}

void DocumentPageView::setPage(int page)
{
    if (m_page == page)
        return;
    m_page = page;
    Q_EMIT pageChanged();
    polish();
}

void DocumentPageView::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size())
        polish();
}

void DocumentPageView::updatePolish()
{
    const qreal ratio = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    const QSize size = (boundingRect().size() * ratio).toSize();
    if (m_imagePage == m_page && m_image.size() == size)
        return;
    const bool wasRendered = rendered();
    m_image = m_document ? m_document->render(m_page, size) : QImage();
    m_image.setDevicePixelRatio(ratio);
    m_imagePage = m_page;
    m_textureDirty = true;
    if (wasRendered != rendered())
        Q_EMIT renderedChanged();
    update();
}

// On the render thread, while the GUI thread waits: m_image is not changing.
QSGNode *DocumentPageView::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    auto *node = static_cast<QSGImageNode *>(old);
    if (m_image.isNull()) {
        delete node;
        return nullptr;
    }
    if (!node) {
        node = window()->createImageNode();
        node->setOwnsTexture(true);
        m_textureDirty = true;
    }
    if (m_textureDirty) {
        node->setTexture(window()->createTextureFromImage(m_image));
        m_textureDirty = false;
    }
    node->setRect(boundingRect());
    return node;
}

} // namespace Mist
