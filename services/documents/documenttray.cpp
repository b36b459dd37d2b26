// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "documenttray.h"

#include "printing/printinglog.h"
#include "session/sessioncontroller.h"

#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        bytes.fill('\0'); // detaches only if shared; the tray's copy is overwritten
    bytes.clear();
    bytes.squeeze();
}

} // namespace

DocumentTray::DocumentTray(QObject *parent)
    : QAbstractListModel(parent)
{ }

DocumentTray::~DocumentTray()
{
    for (Document &document : m_documents)
        wipe(document.bytes);
}

void DocumentTray::setSession(SessionController *session)
{
    if (session)
        connect(session, &SessionController::sessionEnded, this, &DocumentTray::clear);
}

void DocumentTray::setPortalDocumentsAllowed(bool allowed)
{
    if (allowed == m_portalDocumentsAllowed)
        return;
    m_portalDocumentsAllowed = allowed;
    Q_EMIT portalDocumentsAllowedChanged();
}

bool DocumentTray::isPdf(const QByteArray &bytes)
{
    if (bytes.size() < 16)
        return false;
    const qsizetype header = bytes.indexOf("%PDF-");
    if (header < 0 || header > 1024)
        return false;
    const qsizetype end = bytes.lastIndexOf("%%EOF");
    return end >= 0 && end >= bytes.size() - 1024;
}

bool DocumentTray::isPdfContentType(const QString &contentType)
{
    const QString type = contentType.section(u';', 0, 0).trimmed().toLower();
    return type == "application/pdf"_L1 || type == "application/x-pdf"_L1;
}

int DocumentTray::estimatePageCount(const QByteArray &bytes)
{
    static const QRegularExpression page(u"/Type\\s*/Page(?![a-zA-Z])"_s);
    // Latin-1 keeps every byte one character, so binary streams cannot break the match.
    const QString text = QString::fromLatin1(bytes);
    int pages = 0;
    for (auto it = page.globalMatch(text); it.hasNext(); it.next())
        ++pages;
    return pages;
}

DocumentTray::AddResult DocumentTray::add(
    const QByteArray &bytes, const QString &title, Origin origin, const QString &link, QString *id)
{
    if (bytes.size() > maxBytes) {
        qCInfo(lcDocuments) << "refused a document of" << bytes.size() << "bytes: too large";
        return AddResult::TooLarge;
    }
    if (!isPdf(bytes)) {
        qCInfo(lcDocuments) << "refused a download that is not a PDF";
        return AddResult::NotPdf;
    }
    if (count() >= maxDocuments) {
        qCInfo(lcDocuments) << "refused a document: the tray is full";
        return AddResult::TrayFull;
    }
    Document document;
    document.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    document.title = title.simplified().left(200);
    document.bytes = bytes;
    document.bytes.detach(); // our own copy, so clear() can overwrite it
    document.pages = estimatePageCount(bytes);
    document.origin = origin;
    document.link = link.startsWith("https://"_L1) ? link : QString();
    document.received = QDateTime::currentDateTimeUtc();
    beginInsertRows({}, count(), count());
    m_documents.push_back(std::move(document));
    endInsertRows();
    qCInfo(lcDocuments) << "document received," << bytes.size() << "bytes,"
                        << m_documents.back().pages << "pages";
    if (id)
        *id = m_documents.back().id;
    Q_EMIT countChanged();
    Q_EMIT documentAdded(m_documents.back().id);
    return AddResult::Added;
}

QString DocumentTray::addHandout(const QByteArray &pdf, const QString &title)
{
    QString id;
    add(pdf, title, Origin::Handout, {}, &id);
    return id;
}

int DocumentTray::rowOf(const QString &id) const
{
    for (std::size_t i = 0; i < m_documents.size(); ++i) {
        if (m_documents[i].id == id)
            return int(i);
    }
    return -1;
}

const DocumentTray::Document *DocumentTray::document(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_documents[std::size_t(row)];
}

QByteArray DocumentTray::bytes(const QString &id) const
{
    const Document *found = document(id);
    return found ? found->bytes : QByteArray();
}

int DocumentTray::pageCount(const QString &id) const
{
    const Document *found = document(id);
    return found ? found->pages : 0;
}

void DocumentTray::setPageCount(const QString &id, int pages)
{
    const int row = rowOf(id);
    if (row < 0 || pages < 1 || m_documents[std::size_t(row)].pages == pages)
        return;
    m_documents[std::size_t(row)].pages = pages;
    Q_EMIT dataChanged(index(row), index(row), {PagesRole});
}

bool DocumentTray::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    wipe(m_documents[std::size_t(row)].bytes);
    m_documents.erase(m_documents.begin() + row);
    endRemoveRows();
    Q_EMIT countChanged();
    return true;
}

void DocumentTray::clear()
{
    if (m_documents.empty())
        return;
    beginResetModel();
    for (Document &document : m_documents)
        wipe(document.bytes);
    const int removed = count();
    m_documents.clear();
    m_documents.shrink_to_fit();
    endResetModel();
    qCInfo(lcDocuments) << "tray wiped," << removed << "documents";
    Q_EMIT countChanged();
    Q_EMIT cleared();
}

qsizetype DocumentTray::totalBytes() const
{
    qsizetype total = 0;
    for (const Document &document : m_documents)
        total += document.bytes.size();
    return total;
}

int DocumentTray::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant DocumentTray::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Document &document = m_documents[std::size_t(index.row())];
    switch (Role(role)) {
    case IdRole:
        return document.id;
    case TitleRole:
        return document.title;
    case PagesRole:
        return document.pages;
    case SizeRole:
        return document.bytes.size();
    case OriginRole:
        switch (document.origin) {
        case Origin::Print:
            return u"print"_s;
        case Origin::Handout:
            return u"handout"_s;
        case Origin::Download:
            break;
        }
        return u"download"_s;
    case LinkRole:
        return document.link;
    }
    return {};
}

QHash<int, QByteArray> DocumentTray::roleNames() const
{
    return {{IdRole, "documentId"}, {TitleRole, "title"}, {PagesRole, "pages"}, {SizeRole, "size"},
        {OriginRole, "origin"}, {LinkRole, "link"}};
}

} // namespace Mist
