// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// What a portal gives the citizen, into the visit's DocumentTray: a PDF the portal offers as a
// download, and the portal's own "Print" (window.print()) made into a PDF. One per BrowserView;
// everything else a page tries to download stays refused.
//
// A download is taken only if the tray accepts portal documents, its address passes the portal's
// navigation policy (PortalBrowser::check; so never a blob: or data: file), the server calls it a
// PDF (or application/ octet-stream with a .pdf name), and the tray has room. Qt WebEngine writes
// it into the session's scratch directory on tmpfs (SessionScratch); once finished it is read into
// the tray, where its bytes must be a PDF, and the file is deleted at once. A download that grows
// past DocumentTray::maxBytes is cancelled.
//
// Qt WebEngine's types are not linked here (webengineloader.h): the download is handled through
// its properties, signals and slots by name.
#pragma once

#include "documents/documenttray.h"
#include "portalbrowser.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace Mist {

class BrowserDocuments : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // The visit's tray (the Documents singleton); nothing comes in without it.
    Q_PROPERTY(Mist::DocumentTray *tray READ tray WRITE setTray NOTIFY trayChanged)
    // The browser whose portal policy a download's address must pass.
    Q_PROPERTY(Mist::PortalBrowser *browser READ browser WRITE setBrowser NOTIFY browserChanged)
    // True while a page is being printed to PDF (one at a time).
    Q_PROPERTY(bool printing READ isPrinting NOTIFY printingChanged)
    // The limits, for the messages that name them.
    Q_PROPERTY(int maxMegabytes READ maxMegabytes CONSTANT)
    Q_PROPERTY(int maxDocuments READ maxDocuments CONSTANT)

public:
    // How a download or a page print ended, for the message the citizen sees.
    enum class Outcome {
        Added, // in the tray
        NotPdf, // the server or the bytes say it is not a PDF
        TooLarge, // over DocumentTray::maxBytes
        TrayFull, // DocumentTray::maxDocuments already
        OtherSite, // the address is another website's
        // The kiosk takes no portal documents (configuration), or cannot (no scratch directory),
        // or the file has no web address of the portal (blob: or data:, made by a script)
        NotAllowed,
        Failed, // the network or Qt WebEngine failed
    };
    Q_ENUM(Outcome)

    explicit BrowserDocuments(QObject *parent = nullptr);
    ~BrowserDocuments() override;

    [[nodiscard]] DocumentTray *tray() const { return m_tray; }
    void setTray(DocumentTray *tray);
    [[nodiscard]] PortalBrowser *browser() const { return m_browser; }
    void setBrowser(PortalBrowser *browser);
    [[nodiscard]] bool isPrinting() const { return !m_printPath.isEmpty(); }
    [[nodiscard]] static int maxMegabytes();
    [[nodiscard]] static int maxDocuments();

    // For the profile's downloadRequested: accepts the download into the scratch directory or
    // cancels it. finished() follows (at once for a refusal).
    Q_INVOKABLE void receiveDownload(QObject *download);

    // For the view's printRequested: the file for printToPdf(), or empty if the page may not be
    // printed now (finished() says why; nothing is said while another print is under way).
    // title: the page's, the document's title in the tray.
    Q_INVOKABLE QString beginPrint(const QString &title);
    // For the view's pdfPrintingFinished: reads the PDF into the tray.
    Q_INVOKABLE void finishPrint(const QString &filePath, bool success);

    // Whether a server's type and file name make a download worth taking: a PDF type, or
    // application/octet-stream (or nothing) with a .pdf name. The bytes decide in the end.
    [[nodiscard]] static bool looksLikePdf(const QString &mimeType, const QString &fileName);

Q_SIGNALS:
    void trayChanged();
    void browserChanged();
    void printingChanged();
    // origin: "download" or "page-print" (the words Usage.documentReceived takes).
    void finished(Mist::BrowserDocuments::Outcome outcome, const QString &origin);

private:
    friend class PendingDownload;
    // Why nothing may come in now (before anything is written), or nothing to go ahead.
    [[nodiscard]] std::optional<Outcome> refusal() const;
    // A file in the scratch directory, read into the tray (and deleted).
    [[nodiscard]] Outcome bringIn(
        const QString &path, const QString &title, bool print, const QString &link);
    // An accepted download has ended, with its file at path (if it completed).
    void downloadEnded(QObject *download, const QString &path, const QString &title,
        const QString &link, bool tooLarge);
    void report(Outcome outcome, bool print);

    QPointer<DocumentTray> m_tray;
    QPointer<PortalBrowser> m_browser;
    QString m_printPath; // the file printToPdf() is writing, or empty
    QString m_printTitle;
};

} // namespace Mist
