// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "portalpage.h"

#include "testhttpsserver.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using MistTest::TestHttpsServer;

namespace MistBench {

namespace {

// Files a Debian system provides, served under the page's own paths.
struct SystemFile
{
    const char *route;
    const char *path;
    const char *package;
    const char *contentType;
};

constexpr SystemFile systemFiles[] = {
    {"/vendor/jquery.min.js", "/usr/share/javascript/jquery/jquery.min.js", "libjs-jquery",
        "text/javascript"},
    {"/vendor/bootstrap.bundle.min.js",
        "/usr/share/javascript/bootstrap4/js/bootstrap.bundle.min.js", "libjs-bootstrap4",
        "text/javascript"},
    {"/vendor/bootstrap.min.css", "/usr/share/javascript/bootstrap4/css/bootstrap.min.css",
        "libjs-bootstrap4", "text/css"},
    {"/vendor/d3.min.js", "/usr/share/javascript/d3/d3.min.js", "libjs-d3", "text/javascript"},
    {"/fonts/portal-regular.ttf", "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
        "fonts-noto-core", "font/ttf"},
    {"/fonts/portal-bold.ttf", "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
        "fonts-noto-core", "font/ttf"},
};

// The fixture's own files.
constexpr std::pair<const char *, const char *> fixtureFiles[] = {
    {"index.html", "text/html; charset=utf-8"},
    {"portal.css", "text/css"},
    {"js/portal-catalogue.js", "text/javascript"},
    {"js/portal-form.js", "text/javascript"},
    {"js/portal-stats.js", "text/javascript"},
    {"js/portal-main.js", "text/javascript"},
};

QByteArray encode(const QImage &image, const char *format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

// A photo-like picture: a sky, a skyline and grain, so that JPEG compresses it as it would a
// photograph (a flat gradient would shrink to nothing).
QImage photo(int width, int height, quint32 seed)
{
    QRandomGenerator random(seed);
    QImage image(width, height, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient sky(0, 0, 0, height);
    sky.setColorAt(0, QColor::fromHsv(int(200 + random.bounded(30)), 120, 230));
    sky.setColorAt(1, QColor::fromHsv(int(30 + random.bounded(20)), 80, 250));
    painter.fillRect(image.rect(), sky);
    painter.setPen(Qt::NoPen);
    for (int x = 0; x < width;) {
        const int w = 20 + int(random.bounded(width / 12 + 1));
        const int h = height / 5 + int(random.bounded(height / 2));
        painter.setBrush(
            QColor::fromHsv(int(random.bounded(360)), 40, 60 + int(random.bounded(80))));
        painter.drawRect(x, height - h, w, h);
        for (int wy = height - h + 8; wy < height - 8; wy += 14) {
            for (int wx = x + 5; wx < x + w - 8; wx += 11) {
                if (random.bounded(3) != 0)
                    painter.fillRect(wx, wy, 5, 7, QColor(255, 230, 150));
            }
        }
        x += w + int(random.bounded(6));
    }
    painter.end();
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const int noise = int(random.bounded(17)) - 8;
            line[x] = qRgb(std::clamp(qRed(line[x]) + noise, 0, 255),
                std::clamp(qGreen(line[x]) + noise, 0, 255),
                std::clamp(qBlue(line[x]) + noise, 0, 255));
        }
    }
    return image;
}

// A flat service icon: a rounded tile and a few shapes, with transparency.
QImage icon(int number)
{
    QImage image(96, 96, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor::fromHsv((number * 29) % 360, 150, 200));
    painter.drawRoundedRect(4, 4, 88, 88, 20, 20);
    painter.setBrush(QColor(255, 255, 255, 220));
    for (int i = 0; i < 1 + number % 4; ++i)
        painter.drawEllipse(QPointF(28 + 14 * i, 48 + (i % 2 ? 12 : -12)), 10, 10);
    painter.drawRect(22, 66, 52, 8);
    return image;
}

// The coat of arms beside the portal's name.
QImage logo()
{
    QImage image(240, 80, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath shield;
    shield.moveTo(10, 8);
    shield.lineTo(62, 8);
    shield.lineTo(62, 44);
    shield.quadTo(62, 68, 36, 76);
    shield.quadTo(10, 68, 10, 44);
    shield.closeSubpath();
    painter.fillPath(shield, QColor(255, 210, 0));
    painter.setPen(QPen(QColor(11, 79, 138), 5));
    painter.drawLine(36, 18, 36, 62);
    painter.drawLine(22, 30, 50, 30);
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < 5; ++i)
        painter.fillRect(76 + 32 * i, 30, 24, 20, QColor(255, 255, 255, 60 + 30 * i));
    return image;
}

TestHttpsServer::Route route(const QByteArray &body, const QByteArray &contentType)
{
    TestHttpsServer::Route route = TestHttpsServer::text(body);
    route.contentType = contentType;
    return route;
}

} // namespace

PortalPage PortalPage::install(TestHttpsServer &server)
{
    PortalPage page;
    const auto add = [&](const QString &path, const QByteArray &body, const QByteArray &type) {
        server.setRoute(path, route(body, type));
        page.bytes += body.size();
        page.files += 1;
    };
    for (const auto &[name, type] : fixtureFiles) {
        QFile file(MistTest::dataFile(u"portal-page/"_s + QLatin1StringView(name)));
        if (!file.open(QIODevice::ReadOnly)) {
            page.missing << u"tests/data/portal-page/"_s + QLatin1StringView(name);
            continue;
        }
        const QString path = u"/"_s + QLatin1StringView(name);
        add(path == u"/index.html"_s ? QLatin1StringView(Path) : path, file.readAll(), type);
    }
    for (const SystemFile &system : systemFiles) {
        QFile file(QString::fromLatin1(system.path));
        if (!file.open(QIODevice::ReadOnly)) {
            page.missing << u"%1 (Debian package %2)"_s.arg(
                QLatin1StringView(system.path), QLatin1StringView(system.package));
            continue;
        }
        add(QString::fromLatin1(system.route), file.readAll(), system.contentType);
    }
    add(u"/img/logo.png"_s, encode(logo(), "PNG"), "image/png");
    add(u"/img/hero.jpg"_s, encode(photo(1600, 480, 1), "JPEG", 85), "image/jpeg");
    for (int i = 1; i <= 4; ++i) {
        add(u"/img/news%1.jpg"_s.arg(i), encode(photo(640, 360, quint32(10 + i)), "JPEG", 85),
            "image/jpeg");
    }
    for (int i = 1; i <= 12; ++i)
        add(u"/img/icon-%1.png"_s.arg(i, 2, 10, QChar(u'0')), encode(icon(i), "PNG"), "image/png");
    server.setRoute(QLatin1StringView(LoadedPath), route("ok\n", "text/plain"));
    return page;
}

bool PortalPage::complete(const QByteArray &loadedTarget)
{
    const QUrlQuery seen(QString::fromUtf8(loadedTarget.mid(loadedTarget.indexOf('?') + 1)));
    const auto value = [&seen](const char *key) {
        return seen.queryItemValue(QLatin1StringView(key), QUrl::FullyDecoded);
    };
    return value("error") == u"none"_s && value("images").toInt() > 0
        && value("images") == value("imagesTotal") && value("fonts").toInt() == 2
        && value("jquery") != u"none"_s && value("bootstrap") == u"yes"_s
        && value("d3") != u"none"_s && value("cards").toInt() > 0;
}

} // namespace MistBench
