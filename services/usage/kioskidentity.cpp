// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "kioskidentity.h"

#include "core/logging.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Mist {

QString KioskIdentity::load(const QString &dataDir)
{
    const QString path = QDir(dataDir).filePath(fileName.toString());
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QString text = QString::fromLatin1(file.read(64)).trimmed();
        if (!QUuid::fromString(text).isNull())
            return text;
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QDir().mkpath(dataDir);
    QSaveFile save(path);
    if (!save.open(QIODevice::WriteOnly) || save.write(id.toLatin1() + '\n') < 0 || !save.commit())
        qCWarning(lcDb, "usage: cannot save the kiosk id in %s", qUtf8Printable(path));
    return id;
}

} // namespace Mist
