// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "apisettings.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Mist {

QString ApiSettings::listenText() const
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? u"["_s + address.toString() + u"]"_s
        : address.toString();
    return host + u":"_s + QString::number(port);
}

bool ApiSettings::parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon < 0)
        return false;
    QString host = text.left(colon).trimmed();
    bool ok = false;
    const uint number = text.mid(colon + 1).toUInt(&ok);
    if (!ok || number < 1 || number > 65535)
        return false;
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    QHostAddress parsed = host.isEmpty() ? QHostAddress(QHostAddress::LocalHost) : QHostAddress();
    if (!host.isEmpty() && !parsed.setAddress(host))
        return false; // an address, not a name: what a kiosk binds must be unambiguous
    *address = parsed;
    *port = quint16(number);
    return true;
}

ApiSettings ApiSettings::load(const QString &dataDir, QString *error)
{
    ApiSettings settings;
    QFile file(QDir(dataDir).filePath(fileName.toString()));
    if (!file.exists())
        return settings;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"cannot read %1: %2"_s.arg(file.fileName(), file.errorString());
        return settings;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(64 * 1024), &parseError);
    const QJsonObject object = document.object();
    ApiSettings read;
    read.enabled = object.value(u"enabled"_s).toBool(false);
    read.tokenHash = object.value(u"tokenHash"_s).toString();
    read.tlsCertificate = object.value(u"tlsCertificate"_s).toString();
    read.tlsKey = object.value(u"tlsKey"_s).toString();
    read.allowPlaintext = object.value(u"allowPlaintext"_s).toBool(false);
    const bool listenOk = parseListen(
        object.value(u"listen"_s).toString(u"127.0.0.1:8787"_s), &read.address, &read.port);
    if (parseError.error != QJsonParseError::NoError || !document.isObject() || !listenOk) {
        if (error)
            *error = u"%1 is damaged; the staff API stays off"_s.arg(file.fileName());
        return settings;
    }
    return read;
}

bool ApiSettings::save(const QString &dataDir, QString *error) const
{
    QDir().mkpath(dataDir);
    const QJsonObject object {
        {u"enabled"_s, enabled},
        {u"listen"_s, listenText()},
        {u"tokenHash"_s, tokenHash},
        {u"tlsCertificate"_s, tlsCertificate},
        {u"tlsKey"_s, tlsKey},
        {u"allowPlaintext"_s, allowPlaintext},
    };
    QSaveFile file(QDir(dataDir).filePath(fileName.toString()));
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace Mist
