// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// One page of a DocumentPdf, drawn at exactly the item's size (sharp at any zoom). The page is
// rendered on the GUI thread when the page or the size changes, not on every frame, and shown
// as a texture (a plain QQuickItem: qmllint knows it, unlike QQuickPaintedItem in Qt 6.4).
#pragma once

#include "documentpdf.h"

#include <QImage>
#include <QPointer>
#include <QQuickItem>
#include <QtQml/qqmlregistration.h>

namespace Mist {

class DocumentPageView : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Mist::DocumentPdf *document READ document WRITE setDocument NOTIFY documentChanged)
    // 0-based.
    Q_PROPERTY(int page READ page WRITE setPage NOTIFY pageChanged)
    // The page is drawn (false while there is nothing to draw).
    Q_PROPERTY(bool rendered READ rendered NOTIFY renderedChanged)

public:
    explicit DocumentPageView(QQuickItem *parent = nullptr);

    [[nodiscard]] DocumentPdf *document() const { return m_document; }
    void setDocument(DocumentPdf *document);
    [[nodiscard]] int page() const { return m_page; }
    void setPage(int page);
    [[nodiscard]] bool rendered() const { return !m_image.isNull(); }

Q_SIGNALS:
    void documentChanged();
    void pageChanged();
    void renderedChanged();

protected:
    void updatePolish() override;
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *data) override;
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;

private:
    QPointer<DocumentPdf> m_document;
    int m_page = 0;
    QImage m_image;
    int m_imagePage = -1;
    bool m_textureDirty = false;
};

} // namespace Mist
