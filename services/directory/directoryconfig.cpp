// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "directoryconfig.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace Mist {

DirectorySync::Settings directorySyncSettings(
    const KioskConfig::Directory &config, QStringList *problems)
{
    // A minisign public key file is two short lines; anything much larger is not one.
    constexpr qint64 maxKeyFileBytes = 4096;

    DirectorySync::Settings settings;
    settings.feedUrl = QUrl(config.feedUrl);
    settings.signatureUrl = QUrl(config.signatureUrl);
    settings.interval = config.syncInterval;
    settings.caBundlePath = config.caBundle;
    settings.pinnedPublicKey = config.pinnedPublicKey.toUtf8();
    for (const QString &path : config.publicKeyFiles) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            if (problems)
                *problems << u"cannot read the public key %1: %2"_s.arg(path, file.errorString());
            continue;
        }
        const QByteArray key = file.read(maxKeyFileBytes + 1);
        if (key.size() > maxKeyFileBytes) {
            if (problems)
                *problems << u"%1 is too large to be a minisign public key"_s.arg(path);
            continue;
        }
        settings.publicKeys.push_back(key);
    }
    return settings;
}

} // namespace Mist
