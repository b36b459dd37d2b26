// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// One document of the tray opened with Qt Pdf, for the viewer: its bytes are copied into memory
// and read through a QBuffer (no file is ever written), and the copy is overwritten when the
// viewer lets it go. Gives the page count (and hands the exact count to the tray), page sizes
// and rendered pages for DocumentPageView.
#pragma once

#include "documents/documenttray.h"

#include <QBuffer>
#include <QByteArray>
#include <QImage>
#include <QObject>
#include <QPdfDocument>
#include <QPointer>
#include <QSizeF>
#include <QtQml/qqmlregistration.h>

namespace Mist {

class DocumentPdf : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // The tray the document is in (Documents) and its id there.
    Q_PROPERTY(Mist::DocumentTray *tray READ tray WRITE setTray NOTIFY trayChanged)
    Q_PROPERTY(QString documentId READ documentId WRITE setDocumentId NOTIFY documentIdChanged)
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(int pageCount READ pageCount NOTIFY statusChanged)
    // What the portal called it (for the screen only: never logged).
    Q_PROPERTY(QString title READ title NOTIFY statusChanged)

public:
    enum Status {
        Empty, // no document (none asked for, or it left the tray)
        Ready,
        Error, // the bytes would not open as a PDF
    };
    Q_ENUM(Status)

    explicit DocumentPdf(QObject *parent = nullptr);
    ~DocumentPdf() override;

    [[nodiscard]] DocumentTray *tray() const { return m_tray; }
    void setTray(DocumentTray *tray);
    [[nodiscard]] QString documentId() const { return m_documentId; }
    void setDocumentId(const QString &id);
    [[nodiscard]] Status status() const { return m_status; }
    [[nodiscard]] int pageCount() const;
    [[nodiscard]] QString title() const;

    // A page's size in points (1/72 inch); an empty size for a page that does not exist.
    Q_INVOKABLE [[nodiscard]] QSizeF pagePointSize(int page) const;
    // The page drawn at size pixels on white; a null image if it cannot be.
    [[nodiscard]] QImage render(int page, QSize size);

Q_SIGNALS:
    void trayChanged();
    void documentIdChanged();
    void statusChanged();

private:
    QPointer<DocumentTray> m_tray;
    QString m_documentId;
    Status m_status = Empty;
    QByteArray m_bytes; // our own copy, overwritten on unload
    QBuffer m_buffer;
    QPdfDocument m_pdf;

    void reload();
    void unload();
};

} // namespace Mist
