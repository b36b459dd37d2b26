// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The regional monthly report from NDJSON exports that libraries bring on a USB stick
// (`mistctl report merge`). Each export must come with its signed manifest (ExportManifest):
// an export without one, with a bad signature, or whose size, hash or event count disagrees with
// it is refused, with the reason. Events are identified by their whole exported line (time in
// ms, kiosk, session, event, subject, value): the same export given twice, or two exports whose
// periods overlap, count each event once (an event that occurs n times in one export counts n
// times, never more). The month's figures per kiosk and in total are UsageReport's, computed from
// the merged events exactly as the kiosk computes its own report.
#pragma once

#include "usagereport.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace Mist {

struct UsageMerge
{
    struct Refused
    {
        QString file;
        QString reason;
    };

    struct Library
    {
        QString kioskId;
        QString library;
        QString keyId; // the key that signed its manifests
        QStringList files;
        qint64 coveredFromMs = 0; // the union of its exports' periods (earliest, latest)
        qint64 coveredToMs = 0;
        UsageReport report;
    };

    QDate month;
    std::vector<Library> libraries; // by library name, then kiosk id
    UsageReport totals;
    std::vector<Refused> refused;
    qint64 duplicateEvents = 0; // lines already counted from another file
    qint64 unknownEvents = 0; // event names this version does not know, left out
    QString error; // the merge itself failed (the work directory could not be used)

    // Merges the files for month. trustedKeys: minisign public keys the manifests must be signed
    // with; empty = each manifest's own key. workDir: an empty directory for scratch databases.
    [[nodiscard]] static UsageMerge merge(const QStringList &files, QDate month,
        const std::vector<QByteArray> &trustedKeys, const QString &workDir);

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] QString toText(const UsageReport::Names &names) const;
    // One self-contained printable page: per-library table, totals, refused files.
    [[nodiscard]] QString toHtml() const;
};

} // namespace Mist
