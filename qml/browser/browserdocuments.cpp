// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "browserdocuments.h"

#include "documents/sessionscratch.h"
#include "printing/printinglog.h"

#include <QFileInfo>
#include <QMetaEnum>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

// QWebEngineDownloadRequest::DownloadState::DownloadCompleted (the type is not linked here).
constexpr int downloadCompleted = 2;

const char *nameOf(BrowserDocuments::Outcome outcome)
{
    return QMetaEnum::fromType<BrowserDocuments::Outcome>().valueToKey(int(outcome));
}

} // namespace

// One accepted download: watches its size (cancelled past the tray's limit) and its end. Dies
// with its BrowserDocuments (the browser closed), cancelling the download if it still runs.
class PendingDownload : public QObject
{
    Q_OBJECT

public:
    PendingDownload(QObject *download, QString path, QString title, QString link,
        SessionScratch *scratch, BrowserDocuments *owner)
        : QObject(owner)
        , m_download(download)
        , m_scratch(scratch)
        , m_owner(owner)
        , m_path(std::move(path))
        , m_title(std::move(title))
        , m_link(std::move(link))
    {
        // By name: the download is a QQuickWebEngineDownloadRequest, not linked here.
        connect(download, SIGNAL(receivedBytesChanged()), this, SLOT(progressed()));
        connect(download, SIGNAL(totalBytesChanged()), this, SLOT(progressed()));
        connect(download, SIGNAL(isFinishedChanged()), this, SLOT(changed()));
        connect(download, SIGNAL(stateChanged(QWebEngineDownloadRequest::DownloadState)), this,
            SLOT(changed()));
        connect(download, &QObject::destroyed, this, &QObject::deleteLater);
    }

    ~PendingDownload() override
    {
        if (m_done)
            return;
        if (m_download)
            QMetaObject::invokeMethod(m_download, "cancel");
        if (m_scratch)
            m_scratch->discard(m_path);
    }

public Q_SLOTS:
    void progressed()
    {
        if (m_done || m_tooLarge || !m_download)
            return;
        if (m_download->property("receivedBytes").toLongLong() > DocumentTray::maxBytes
            || m_download->property("totalBytes").toLongLong() > DocumentTray::maxBytes) {
            m_tooLarge = true;
            QMetaObject::invokeMethod(m_download, "cancel");
            changed();
        }
    }

    void changed()
    {
        if (m_done || !m_download || !m_download->property("isFinished").toBool())
            return;
        m_done = true;
        QString path = m_path;
        // Where Qt WebEngine says it wrote the file (it may have changed the name).
        const QString directory = m_download->property("downloadDirectory").toString();
        const QString name = m_download->property("downloadFileName").toString();
        if (!directory.isEmpty() && !name.isEmpty())
            path = directory + u'/' + name;
        const bool completed = m_download->property("state").toInt() == downloadCompleted;
        if (!completed && m_scratch)
            m_scratch->discard(path);
        m_owner->downloadEnded(
            m_download, completed ? path : QString(), m_title, m_link, m_tooLarge);
        deleteLater();
    }

private:
    QPointer<QObject> m_download;
    QPointer<SessionScratch> m_scratch;
    BrowserDocuments *m_owner;
    QString m_path;
    QString m_title;
    QString m_link;
    bool m_tooLarge = false;
    bool m_done = false;
};

BrowserDocuments::BrowserDocuments(QObject *parent)
    : QObject(parent)
{ }

BrowserDocuments::~BrowserDocuments()
{
    // A page print under way: its file goes now (the session's end would remove it anyway).
    if (!m_printPath.isEmpty() && m_tray && m_tray->scratch())
        m_tray->scratch()->discard(m_printPath);
}

void BrowserDocuments::setTray(DocumentTray *tray)
{
    if (tray == m_tray)
        return;
    m_tray = tray;
    Q_EMIT trayChanged();
}

void BrowserDocuments::setBrowser(PortalBrowser *browser)
{
    if (browser == m_browser)
        return;
    m_browser = browser;
    Q_EMIT browserChanged();
}

int BrowserDocuments::maxMegabytes()
{
    return int(DocumentTray::maxBytes / (1024 * 1024));
}

int BrowserDocuments::maxDocuments()
{
    return DocumentTray::maxDocuments;
}

bool BrowserDocuments::looksLikePdf(const QString &mimeType, const QString &fileName)
{
    if (DocumentTray::isPdfContentType(mimeType))
        return true;
    const QString type = mimeType.section(u';', 0, 0).trimmed().toLower();
    return (type.isEmpty() || type == "application/octet-stream"_L1)
        && fileName.endsWith(".pdf"_L1, Qt::CaseInsensitive);
}

std::optional<BrowserDocuments::Outcome> BrowserDocuments::refusal() const
{
    if (!m_tray || !m_tray->portalDocumentsAllowed() || !m_tray->scratch())
        return Outcome::NotAllowed;
    if (m_tray->count() >= DocumentTray::maxDocuments)
        return Outcome::TrayFull;
    return std::nullopt;
}

void BrowserDocuments::report(Outcome outcome, bool print)
{
    const QString origin = print ? u"page-print"_s : u"download"_s;
    // The kind only: never the document's name or address.
    if (outcome != Outcome::Added)
        qCInfo(lcDocuments) << "refused a portal" << (print ? "page print:" : "download:")
                            << nameOf(outcome);
    Q_EMIT finished(outcome, origin);
}

void BrowserDocuments::receiveDownload(QObject *download)
{
    if (!download)
        return;
    const QUrl url = download->property("url").toUrl();
    const QString mimeType = download->property("mimeType").toString();
    QString title = download->property("suggestedFileName").toString();
    if (title.isEmpty())
        title = url.fileName();

    std::optional<Outcome> refused = refusal();
    // Refused as before whatever it is; a save-the-page request never comes from a portal.
    if (refused == Outcome::NotAllowed || download->property("isSavePageDownload").toBool())
        refused = Outcome::NotAllowed;
    else if (!m_browser)
        refused = Outcome::NotAllowed;
    else if (const PortalBrowser::Verdict verdict = m_browser->check(url, true);
             verdict != PortalBrowser::Verdict::Allow)
        // A web address elsewhere, or none at all (blob: and data: files a script made).
        refused = verdict == PortalBrowser::Verdict::OtherSite ? Outcome::OtherSite
                                                               : Outcome::NotAllowed;
    else if (!looksLikePdf(mimeType, title))
        refused = Outcome::NotPdf;
    else if (download->property("totalBytes").toLongLong() > DocumentTray::maxBytes)
        refused = Outcome::TooLarge;

    QString path;
    if (!refused) {
        path = m_tray->scratch()->newFilePath(u".pdf"_s);
        if (path.isEmpty())
            refused = Outcome::NotAllowed;
    }
    if (refused) {
        QMetaObject::invokeMethod(download, "cancel");
        report(*refused, false);
        return;
    }
    // The link for "take it with you": the portal's own https address of the document.
    const QString link = url.scheme() == "https"_L1 ? url.toString(QUrl::FullyEncoded) : QString();
    const QFileInfo file(path);
    download->setProperty("downloadDirectory", file.absolutePath());
    download->setProperty("downloadFileName", file.fileName());
    new PendingDownload(download, path, title, link, m_tray->scratch(), this);
    QMetaObject::invokeMethod(download, "accept");
}

void BrowserDocuments::downloadEnded(QObject *download, const QString &path, const QString &title,
    const QString &link, bool tooLarge)
{
    Q_UNUSED(download)
    if (tooLarge) {
        if (m_tray && m_tray->scratch())
            m_tray->scratch()->discard(path);
        report(Outcome::TooLarge, false);
        return;
    }
    if (path.isEmpty()) { // cancelled or interrupted
        report(Outcome::Failed, false);
        return;
    }
    report(bringIn(path, title, false, link), false);
}

BrowserDocuments::Outcome BrowserDocuments::bringIn(
    const QString &path, const QString &title, bool print, const QString &link)
{
    SessionScratch *scratch = m_tray ? m_tray->scratch() : nullptr;
    if (!scratch)
        return Outcome::Failed;
    SessionScratch::Taken taken = scratch->take(path, DocumentTray::maxBytes);
    switch (taken.status) {
    case SessionScratch::Status::Taken:
        break;
    case SessionScratch::Status::TooLarge:
        return Outcome::TooLarge;
    case SessionScratch::Status::Missing:
    case SessionScratch::Status::Unreadable:
        return Outcome::Failed;
    }
    const DocumentTray::AddResult result = m_tray->add(taken.bytes, title,
        print ? DocumentTray::Origin::Print : DocumentTray::Origin::Download, link);
    taken.bytes.fill('\0'); // the tray has its own copy
    switch (result) {
    case DocumentTray::AddResult::Added:
        return Outcome::Added;
    case DocumentTray::AddResult::NotPdf:
        return Outcome::NotPdf;
    case DocumentTray::AddResult::TooLarge:
        return Outcome::TooLarge;
    case DocumentTray::AddResult::TrayFull:
        return Outcome::TrayFull;
    }
    return Outcome::Failed;
}

QString BrowserDocuments::beginPrint(const QString &title)
{
    if (isPrinting())
        return {};
    if (const std::optional<Outcome> refused = refusal()) {
        report(*refused, true);
        return {};
    }
    const QString path = m_tray->scratch()->newFilePath(u".pdf"_s);
    if (path.isEmpty()) {
        report(Outcome::NotAllowed, true);
        return {};
    }
    m_printPath = path;
    m_printTitle = title;
    Q_EMIT printingChanged();
    return m_printPath;
}

void BrowserDocuments::finishPrint(const QString &filePath, bool success)
{
    if (m_printPath.isEmpty() || filePath != m_printPath)
        return; // not the file this object asked for
    m_printPath.clear();
    const QString title = std::exchange(m_printTitle, QString());
    Q_EMIT printingChanged();
    if (!success) {
        if (m_tray && m_tray->scratch())
            m_tray->scratch()->discard(filePath);
        report(Outcome::Failed, true);
        return;
    }
    // A page print gets no link: the page is the citizen's own view, not an address to share.
    report(bringIn(filePath, title, true, {}), true);
}

} // namespace Mist

#include "browserdocuments.moc"
