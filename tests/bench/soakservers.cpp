// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "soakservers.h"

#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace MistTest {

namespace {

const QString portalPath = u"/portal"_s;
// A far expiry: the soak's manual clock runs weeks ahead of the feed's real-time checks.
const QString feedExpires = u"2099-01-01T00:00:00Z"_s;
const QStringList categories {u"documents-id"_s, u"pension-social"_s, u"health"_s,
    u"land-property"_s, u"taxes"_s, u"education"_s, u"other"_s};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// A portal page as small as a real one's start is not, but with a title, script and an image
// request: enough for a renderer to be made, load and be destroyed.
const QByteArray portalPage = R"(<!doctype html>
<html lang="uk"><head><meta charset="utf-8"><title>Soak portal</title>
<style>body { font: 20px sans-serif; margin: 2em }</style></head>
<body><h1>Портал</h1><p>Сторінка порталу для тривалого тесту.</p>
<form><label>Код <input name="code"></label></form>
<script>document.title = "Soak portal " + location.hostname;</script>
</body></html>
)";

} // namespace

SoakServers::SoakServers(int portals)
    : m_portals(std::clamp(portals, 1, 99))
    , m_server(std::make_unique<TestHttpsServer>(TestHttpsServer::Threading::OwnThread))
    , m_key(Mist::MinisignSigner::generate())
{ }

SoakServers::~SoakServers() = default;

QString SoakServers::caBundlePath()
{
    return TestHttpsServer::caCertificatePath();
}

QString SoakServers::hostOf(int index) const
{
    return u"soak-%1.example.test"_s.arg(index + 1, 2, 10, QLatin1Char('0'));
}

QStringList SoakServers::portalIds() const
{
    QStringList ids;
    for (int i = 0; i < m_portals; ++i)
        ids << u"soak-%1"_s.arg(i + 1, 2, 10, QLatin1Char('0'));
    return ids;
}

bool SoakServers::issueIdentity()
{
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty()) {
        qWarning("SoakServers: the openssl tool is not installed");
        return false;
    }
    QStringList names {u"IP:127.0.0.1"_s, u"DNS:localhost"_s};
    for (int i = 0; i < m_portals; ++i)
        names << u"DNS:"_s + hostOf(i);
    const TestHttpsServer::Identity identity {
        m_dir.filePath(u"soak.pem"_s), dataFile(u"tls/server.key"_s)};
    // Valid for two days from now: made for this run only. "req -x509 -CA" needs OpenSSL 3.
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(openssl,
        {u"req"_s, u"-new"_s, u"-x509"_s, u"-key"_s, identity.keyPath, u"-CA"_s,
            dataFile(u"tls/ca.pem"_s), u"-CAkey"_s, dataFile(u"tls/ca.key"_s), u"-subj"_s,
            u"/O=Mist tests/CN=soak"_s, u"-days"_s, u"2"_s, u"-addext"_s,
            u"subjectAltName="_s + names.join(u','), u"-addext"_s,
            u"basicConstraints=critical,CA:FALSE"_s, u"-addext"_s, u"extendedKeyUsage=serverAuth"_s,
            u"-out"_s, identity.certificatePath});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning("SoakServers: openssl failed: %s", process.readAll().constData());
        return false;
    }
    m_server->setIdentity(identity);
    return true;
}

bool SoakServers::start()
{
    if (!m_dir.isValid() || !m_key.isValid() || !issueIdentity())
        return false;
    if (!writeFile(publicKeyPath(), m_key.publicKeyFile()))
        return false;
    if (!m_server->start())
        return false;
    TestHttpsServer::Route page = TestHttpsServer::text(portalPage);
    page.contentType = "text/html; charset=utf-8";
    m_server->setRoute(portalPath, page);
    m_server->setRoute(u"/"_s, TestHttpsServer::text("ok"));
    publishFeed();
    publishCalendar();
    return true;
}

QByteArray SoakServers::feedDocument() const
{
    QJsonArray entries;
    const quint16 port = m_server->port();
    for (int i = 0; i < m_portals; ++i) {
        const QString id = portalIds().at(i);
        entries.append(QJsonObject {
            {u"id"_s, id},
            {u"name"_s,
                QJsonObject {
                    {u"uk"_s, QString(u"Портал "_s + id)}, {u"en"_s, QString(u"Portal "_s + id)}}},
            {u"description"_s, QJsonObject {{u"uk"_s, u"Послуга для тривалого тесту."_s}}},
            {u"scope"_s, QJsonObject {{u"level"_s, u"national"_s}}},
            {u"categories"_s, QJsonArray {categories.at(i % categories.size())}},
            {u"online"_s,
                QJsonObject {
                    {u"url"_s, u"https://%1:%2%3"_s.arg(hostOf(i)).arg(port).arg(portalPath)}}},
        });
    }
    const QJsonObject root {
        {u"schemaVersion"_s, 1},
        {u"version"_s, m_feedVersion},
        {u"generated"_s, u"2026-11-20T08:00:00Z"_s},
        {u"expires"_s, feedExpires},
        {u"entries"_s, entries},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void SoakServers::publishFeed()
{
    ++m_feedVersion;
    const QByteArray feed = feedDocument();
    const QString comment
        = u"mist-feed version=%1 expires=%2"_s.arg(m_feedVersion).arg(feedExpires);
    TestHttpsServer::Route feedRoute = TestHttpsServer::text(feed);
    feedRoute.contentType = "application/json";
    feedRoute.etag = "\"feed-" + QByteArray::number(m_feedVersion) + '"';
    m_server->setRoute(u"/feed.json"_s, feedRoute);
    m_server->setRoute(u"/feed.json.minisig"_s,
        TestHttpsServer::text(Mist::MinisignSigner::sign(m_key, feed, comment)));
}

void SoakServers::publishCalendar()
{
    ++m_calendarVersion;
    // A real calendar export; its description changes so that the stored one is replaced.
    QByteArray ics = readFile(dataFile(u"ics/google-export.ics"_s));
    ics.replace(QByteArray("X-WR-CALDESC:"),
        QByteArray("X-WR-CALDESC:" + QByteArray::number(m_calendarVersion) + ' '));
    TestHttpsServer::Route route = TestHttpsServer::text(ics);
    route.contentType = "text/calendar; charset=utf-8";
    route.etag = "\"ics-" + QByteArray::number(m_calendarVersion) + '"';
    m_server->setRoute(u"/calendar.ics"_s, route);
}

QUrl SoakServers::feedUrl() const
{
    return m_server->url(u"/feed.json"_s);
}

QUrl SoakServers::calendarUrl() const
{
    return m_server->url(u"/calendar.ics"_s);
}

QString SoakServers::publicKeyPath() const
{
    return m_dir.filePath(u"feed.pub"_s);
}

QList<QByteArray> SoakServers::linkResolve() const
{
    QList<QByteArray> entries;
    for (int i = 0; i < m_portals; ++i)
        entries << u"%1:%2:127.0.0.1"_s.arg(hostOf(i)).arg(m_server->port()).toLatin1();
    return entries;
}

int SoakServers::portalRequests() const
{
    return m_server->requestCount(portalPath);
}

} // namespace MistTest
