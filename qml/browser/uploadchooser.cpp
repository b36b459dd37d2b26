// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "uploadchooser.h"

#include "core/logging.h"
#include "documents/sessionscratch.h"
#include "scanning/scanoutput.h"

#include <QBuffer>
#include <QPdfDocument>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

// The resolution a scan's page is drawn at to become a JPEG: the photo preset's; ScanOutput
// lowers it when the file would be too large.
constexpr double jpegDpi = 300;
constexpr double pointsPerInch = 72;

const QStringList pdfSuffixes {u".pdf"_s};
const QStringList jpegSuffixes {u".jpg"_s, u".jpeg"_s, u".jfif"_s};

} // namespace

UploadChooser::UploadChooser(QObject *parent)
    : QObject(parent)
{ }

void UploadChooser::setTray(DocumentTray *tray)
{
    if (m_tray == tray)
        return;
    if (m_tray)
        disconnect(m_tray, nullptr, this, nullptr);
    m_tray = tray;
    if (tray)
        connect(tray, &DocumentTray::countChanged, this, &UploadChooser::offeredChanged);
    Q_EMIT trayChanged();
    Q_EMIT offeredChanged();
}

void UploadChooser::setAcceptedMimeTypes(const QStringList &types)
{
    if (m_accepted == types)
        return;
    m_accepted = types;
    Q_EMIT acceptChanged();
    Q_EMIT offeredChanged();
}

void UploadChooser::setMultiple(bool multiple)
{
    if (m_multiple == multiple)
        return;
    m_multiple = multiple;
    Q_EMIT acceptChanged();
    Q_EMIT offeredChanged();
}

void UploadChooser::setMaxUploadBytes(qint64 bytes)
{
    if (m_maxUploadBytes == bytes)
        return;
    m_maxUploadBytes = bytes;
    Q_EMIT acceptChanged();
}

bool UploadChooser::accepts(
    const QStringList &accepted, const QString &mimeType, const QStringList &suffixes)
{
    if (accepted.isEmpty())
        return true;
    const QString family = mimeType.section(u'/', 0, 0) + u"/*"_s;
    for (const QString &entry : accepted) {
        const QString type = entry.trimmed().toLower();
        if (type == mimeType || type == family || type == "*/*"_L1 || suffixes.contains(type))
            return true;
    }
    return false;
}

bool UploadChooser::acceptsPdf() const
{
    return accepts(m_accepted, u"application/pdf"_s, pdfSuffixes);
}

bool UploadChooser::acceptsImages() const
{
    return !acceptsPdf() && accepts(m_accepted, u"image/jpeg"_s, jpegSuffixes);
}

QString UploadChooser::kind() const
{
    if (m_accepted.isEmpty())
        return u"any"_s;
    return acceptsPdf() ? u"pdf"_s : u"image"_s;
}

bool UploadChooser::offers(const QString &id) const
{
    const DocumentTray::Document *document = m_tray ? m_tray->document(id) : nullptr;
    if (!document)
        return false;
    if (acceptsPdf())
        return true;
    // As images only scans (a downloaded PDF is not a picture), one page a file: an input that
    // takes one file gets one-page scans only.
    if (!acceptsImages() || document->origin != DocumentTray::Origin::Scan)
        return false;
    return m_multiple || document->pages == 1;
}

QStringList UploadChooser::offered() const
{
    QStringList ids;
    if (!m_tray)
        return ids;
    for (const DocumentTray::Document &document : m_tray->documents()) {
        if (offers(document.id))
            ids << document.id;
    }
    return ids;
}

QList<QByteArray> UploadChooser::scanAsJpegs(const QByteArray &pdf)
{
    QList<QByteArray> files;
    QBuffer buffer;
    buffer.setData(pdf);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    if (document.status() != QPdfDocument::Status::Ready)
        return files;
    for (int page = 0; page < document.pageCount(); ++page) {
        const QSizeF points = document.pagePointSize(page);
        const QSize pixels = (points * jpegDpi / pointsPerInch).toSize();
        QImage image = document.render(page, pixels);
        if (image.isNull())
            return {};
        // A grey scan stays grey: a third of the bytes, and what the citizen saw.
        image = image.allGray() ? image.convertToFormat(QImage::Format_Grayscale8)
                                : image.convertToFormat(QImage::Format_RGB888);
        const int dotsPerMeter = int(jpegDpi / 0.0254);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        const ScanOutput::Result jpeg = ScanOutput::jpeg(image, m_maxUploadBytes);
        if (jpeg.bytes.isEmpty())
            return {};
        m_reduced = m_reduced || jpeg.reduced;
        files << jpeg.bytes;
    }
    return files;
}

QStringList UploadChooser::prepare(const QStringList &ids)
{
    QStringList paths;
    SessionScratch *scratch = m_tray ? m_tray->scratch() : nullptr;
    m_reduced = false;
    if (!scratch)
        return paths;
    const bool asImages = !acceptsPdf();
    for (const QString &id : ids) {
        if (!offers(id) || (!m_multiple && !paths.isEmpty()))
            continue;
        const DocumentTray::Document *document = m_tray->document(id);
        const QList<QByteArray> files
            = asImages ? scanAsJpegs(document->bytes) : QList<QByteArray> {document->bytes};
        for (const QByteArray &bytes : files) {
            const QString path = scratch->write(bytes, asImages ? u".jpg"_s : u".pdf"_s);
            // Only a file just written directly into the scratch directory ever leaves here.
            if (!path.isEmpty() && scratch->contains(path))
                paths << path;
        }
    }
    if (!m_multiple && paths.size() > 1)
        paths = paths.mid(0, 1);
    qCInfo(lcBrowser) << "files given to a portal's file input:" << paths.size();
    Q_EMIT preparedChanged();
    return paths;
}

} // namespace Mist
