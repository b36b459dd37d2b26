// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// A portal page's file input (Qt WebEngine's fileDialogRequested), answered from the visit's
// DocumentTray instead of a file dialog: what the input accepts decides what is offered (PDFs for
// application/pdf, scans as one JPEG per page for image/*), its multiple flag how many may be
// chosen. Qt WebEngine takes only paths, so the chosen documents are written into the session's
// scratch directory (tmpfs, 0700, removed at the end of the visit) at the moment they are given,
// and only paths of files just written there are ever returned: no other path on the machine
// can be chosen.
#pragma once

#include "documents/documenttray.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace Mist {

class UploadChooser : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Mist::DocumentTray *tray READ tray WRITE setTray NOTIFY trayChanged)
    // FileDialogRequest.acceptedMimeTypes: MIME types ("application/pdf", "image/*") and file
    // name endings (".pdf", ".jpg"); empty: anything.
    // (QList<QString>, not QStringList: what qmllint checks a QML list<string> against.)
    Q_PROPERTY(QList<QString> acceptedMimeTypes READ acceptedMimeTypes WRITE setAcceptedMimeTypes
            NOTIFY acceptChanged)
    // FileDialogRequest.mode is FileModeOpenMultiple.
    Q_PROPERTY(bool multiple READ multiple WRITE setMultiple NOTIFY acceptChanged)
    // Scans given as JPEGs are kept under this size ([scanning] max_upload_mb), in megabytes
    // (QML has no 64-bit integer type).
    Q_PROPERTY(double maxUploadMb READ maxUploadMb WRITE setMaxUploadMb NOTIFY acceptChanged)
    Q_PROPERTY(bool acceptsPdf READ acceptsPdf NOTIFY acceptChanged)
    Q_PROPERTY(bool acceptsImages READ acceptsImages NOTIFY acceptChanged)
    // For the usage log and the screen: "pdf", "image" or "any".
    Q_PROPERTY(QString kind READ kind NOTIFY acceptChanged)
    // The tray's documents that can be given to this input (ids), in the tray's order.
    Q_PROPERTY(QStringList offered READ offered NOTIFY offeredChanged)
    // The last prepare() made a JPEG smaller (quality or resolution) to fit.
    Q_PROPERTY(bool reduced READ reduced NOTIFY preparedChanged)

public:
    explicit UploadChooser(QObject *parent = nullptr);

    [[nodiscard]] DocumentTray *tray() const { return m_tray; }
    void setTray(DocumentTray *tray);
    [[nodiscard]] QStringList acceptedMimeTypes() const { return m_accepted; }
    void setAcceptedMimeTypes(const QStringList &types);
    [[nodiscard]] bool multiple() const { return m_multiple; }
    void setMultiple(bool multiple);
    [[nodiscard]] qint64 maxUploadBytes() const { return m_maxUploadBytes; }
    void setMaxUploadBytes(qint64 bytes);
    [[nodiscard]] double maxUploadMb() const { return double(m_maxUploadBytes) / (1024 * 1024); }
    void setMaxUploadMb(double megabytes) { setMaxUploadBytes(qint64(megabytes * 1024 * 1024)); }

    [[nodiscard]] bool acceptsPdf() const;
    [[nodiscard]] bool acceptsImages() const;
    [[nodiscard]] QString kind() const;
    [[nodiscard]] QStringList offered() const;
    [[nodiscard]] bool reduced() const { return m_reduced; }

    // Whether the tray's document id can be given to this input.
    Q_INVOKABLE [[nodiscard]] bool offers(const QString &id) const;
    // Writes the documents ids (offered ones only; at most one unless multiple) into the
    // session's scratch directory, as they are (PDF) or one JPEG per page (a scan for an input
    // that takes only images). The paths for FileDialogRequest.dialogAccept(); empty if nothing
    // could be given.
    Q_INVOKABLE QStringList prepare(const QStringList &ids);

    // Whether a file input with this accept list takes a file of mimeType named with suffix.
    [[nodiscard]] static bool accepts(
        const QStringList &accepted, const QString &mimeType, const QStringList &suffixes);

Q_SIGNALS:
    void trayChanged();
    void acceptChanged();
    void offeredChanged();
    void preparedChanged();

private:
    // The pages of a scan's PDF as JPEGs under the limit.
    [[nodiscard]] QList<QByteArray> scanAsJpegs(const QByteArray &pdf);

    QPointer<DocumentTray> m_tray;
    QStringList m_accepted;
    bool m_multiple = false;
    qint64 m_maxUploadBytes = 5 * 1024 * 1024;
    bool m_reduced = false;
};

} // namespace Mist
