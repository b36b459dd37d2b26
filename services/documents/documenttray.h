// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The session's document tray: the PDFs a citizen got from a portal during this visit (a
// download, or a page's own "Print" turned into a PDF), kept in memory only, never on disk. At
// most maxDocuments documents of maxBytes each. When the session ends the tray is wiped: the
// bytes are overwritten and freed. A list model for the tray screen.
#pragma once

#include <QAbstractListModel>
#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <vector>

namespace Mist {

class SessionController;
class SessionScratch;

class DocumentTray : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // Whether a portal's PDF downloads and its pages' own "Print" may come into the tray
    // ([printing] allow_portal_documents); false: the browser refuses them.
    Q_PROPERTY(bool portalDocumentsAllowed READ portalDocumentsAllowed WRITE
            setPortalDocumentsAllowed NOTIFY portalDocumentsAllowedChanged)

public:
    static constexpr qsizetype maxBytes = 20 * 1024 * 1024;
    static constexpr int maxDocuments = 10;

    enum Role {
        IdRole = Qt::UserRole, // a random id, stable while the document is in the tray
        TitleRole, // what the portal called it (shown to the citizen, never logged)
        PagesRole, // page count (0: not known yet)
        SizeRole, // bytes
        OriginRole, // "download", "print" or "handout"
        LinkRole, // an https address the portal itself gave for the document, or ""
    };
    Q_ENUM(Role)

    // Handout: the kiosk's own page (a service, a guide, a lesson) made printable.
    enum class Origin { Download, Print, Handout };
    Q_ENUM(Origin)

    enum class AddResult {
        Added,
        NotPdf, // the bytes are not a PDF, whatever the server said
        TooLarge,
        TrayFull,
    };
    Q_ENUM(AddResult)

    struct Document
    {
        QString id;
        QString title;
        QByteArray bytes;
        int pages = 0;
        Origin origin = Origin::Download;
        QString link;
        QDateTime received;
    };

    explicit DocumentTray(QObject *parent = nullptr);
    ~DocumentTray() override;

    // Wipes the tray whenever session ends (not owned; may be null).
    void setSession(SessionController *session);
    // Where a portal's file waits (on tmpfs) between Qt WebEngine writing it and add(); not
    // owned, may be null (then the browser brings nothing in).
    void setScratch(SessionScratch *scratch) { m_scratch = scratch; }
    [[nodiscard]] SessionScratch *scratch() const { return m_scratch; }
    [[nodiscard]] bool portalDocumentsAllowed() const { return m_portalDocumentsAllowed; }
    void setPortalDocumentsAllowed(bool allowed);

    // Adds a document; id (if given) receives its id.
    AddResult add(const QByteArray &bytes, const QString &title, Origin origin,
        const QString &link = {}, QString *id = nullptr);
    [[nodiscard]] const Document *document(const QString &id) const;
    Q_INVOKABLE [[nodiscard]] QByteArray bytes(const QString &id) const;
    Q_INVOKABLE [[nodiscard]] int pageCount(const QString &id) const;
    // Adds one of the kiosk's own handouts (HandoutWriter); its id, or "" if the tray refused it.
    Q_INVOKABLE QString addHandout(const QByteArray &pdf, const QString &title);
    // The viewer knows the exact page count (Qt Pdf); it replaces the estimate.
    Q_INVOKABLE void setPageCount(const QString &id, int pages);
    Q_INVOKABLE bool remove(const QString &id);
    // Overwrites and frees every document.
    Q_INVOKABLE void clear();

    [[nodiscard]] int count() const { return int(m_documents.size()); }
    [[nodiscard]] qsizetype totalBytes() const;

    // A PDF by its bytes: "%PDF-" in the first 1024 bytes and "%%EOF" in the last 1024.
    [[nodiscard]] static bool isPdf(const QByteArray &bytes);
    // Whether a server's Content-Type says PDF (parameters ignored).
    [[nodiscard]] static bool isPdfContentType(const QString &contentType);
    // The page count from the page objects (0 if not found, e.g. in object streams).
    [[nodiscard]] static int estimatePageCount(const QByteArray &bytes);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();
    void portalDocumentsAllowedChanged();
    void documentAdded(const QString &id);
    void cleared();

private:
    std::vector<Document> m_documents;
    SessionScratch *m_scratch = nullptr;
    bool m_portalDocumentsAllowed = true;
    [[nodiscard]] int rowOf(const QString &id) const;
};

} // namespace Mist
