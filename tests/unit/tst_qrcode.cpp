// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// QrCode: libqrencode's matrix at ECC level M, and the crisp image drawn from it. No decoder:
// the checks are the structure every QR code must have (size per version, the three finder
// patterns, the timing row) and whole-pixel modules inside a white quiet zone.

#include "qrcode.h"
#include "qrimageprovider.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mist;

namespace {

// The 7x7 finder pattern with its top-left module at (x, y): dark ring, light ring, dark 3x3.
bool hasFinder(const QrCode &code, int x, int y)
{
    for (int dy = 0; dy < 7; ++dy) {
        for (int dx = 0; dx < 7; ++dx) {
            const bool ring = dx == 0 || dy == 0 || dx == 6 || dy == 6;
            const bool centre = dx >= 2 && dx <= 4 && dy >= 2 && dy <= 4;
            if (code.isDark(x + dx, y + dy) != (ring || centre))
                return false;
        }
    }
    return true;
}

} // namespace

class TestQrCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matrixHasTheStructureOfAQrCode_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("minVersion");
        QTest::newRow("short url") << u"https://diia.gov.ua/"_s << 1;
        QTest::newRow("cyrillic host") << u"https://дія.укр/послуги?q=пенсія"_s << 2;
        QTest::newRow("long url") << u"https://portal.pfu.gov.ua/"_s.repeated(20) << 10;
    }

    void matrixHasTheStructureOfAQrCode()
    {
        QFETCH(QString, text);
        QFETCH(int, minVersion);
        const QrCode code = QrCode::encode(text);
        QVERIFY(!code.isNull());
        QVERIFY2(code.version() >= minVersion, qPrintable(QString::number(code.version())));
        QVERIFY(code.version() <= 40);
        QCOMPARE(code.width(), 17 + 4 * code.version());

        const int w = code.width();
        QVERIFY(hasFinder(code, 0, 0));
        QVERIFY(hasFinder(code, w - 7, 0));
        QVERIFY(hasFinder(code, 0, w - 7));
        QVERIFY2(!hasFinder(code, w - 7, w - 7), "no finder in the bottom-right corner");
        // The separators around the finders are light.
        for (int i = 0; i < 8; ++i) {
            QVERIFY(!code.isDark(7, i));
            QVERIFY(!code.isDark(i, 7));
            QVERIFY(!code.isDark(w - 8, i));
        }
        // Timing patterns: alternating modules on row 6 and column 6 between the finders.
        for (int i = 8; i < w - 8; ++i) {
            QCOMPARE(code.isDark(i, 6), i % 2 == 0);
            QCOMPARE(code.isDark(6, i), i % 2 == 0);
        }
        // Outside the symbol is light.
        QVERIFY(!code.isDark(-1, 0));
        QVERIFY(!code.isDark(w, w));
    }

    void sameTextSameCode()
    {
        const QrCode a = QrCode::encode(u"https://diia.gov.ua/"_s);
        const QrCode b = QrCode::encode(u"https://diia.gov.ua/"_s);
        const QrCode c = QrCode::encode(u"https://id.gov.ua/"_s);
        QCOMPARE(a.toImage({}), b.toImage({}));
        QVERIFY(a.toImage({}) != c.toImage({}));
    }

    void tooLongOrEmptyGivesANullCodeAndAWarning()
    {
        // Version 40 at level M holds 2,331 bytes.
        QTest::ignoreMessage(QtWarningMsg, "QR code: cannot encode 5000 bytes: too long");
        const QrCode tooLong = QrCode::encode(QString(5000, u'a'));
        QVERIFY(tooLong.isNull());
        QCOMPARE(tooLong.width(), 0);
        QVERIFY(tooLong.toImage(QSize(300, 300)).isNull());

        QTest::ignoreMessage(QtWarningMsg, "QR code: nothing to encode");
        QVERIFY(QrCode::encode(QString()).isNull());

        QVERIFY(!QrCode::encode(QString(2000, u'a')).isNull());
    }

    void imageIsCrispWithAQuietZone_data()
    {
        QTest::addColumn<QSize>("requested");
        QTest::newRow("exact fit") << QSize(300, 300);
        QTest::newRow("odd size") << QSize(333, 333);
        QTest::newRow("wide") << QSize(500, 320);
        QTest::newRow("too small") << QSize(10, 10);
        QTest::newRow("no size") << QSize();
    }

    void imageIsCrispWithAQuietZone()
    {
        QFETCH(QSize, requested);
        const QrCode code = QrCode::encode(u"https://diia.gov.ua/"_s);
        const QImage image = code.toImage(requested);
        QVERIFY(!image.isNull());
        const int modules = code.width() + 2 * QrCode::quietZone;
        const int scale = requested.isValid()
            ? std::max(1, std::min(requested.width(), requested.height()) / modules)
            : 4;
        const int symbol = modules * scale;
        if (requested.isValid())
            QCOMPARE(image.size(), requested.expandedTo(QSize(symbol, symbol)));
        else
            QCOMPARE(image.size(), QSize(symbol, symbol));

        const int left = (image.width() - symbol) / 2;
        const int top = (image.height() - symbol) / 2;
        // Only pure black and white, and every pixel is its module's colour.
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QRgb pixel = image.pixel(x, y);
                QVERIFY(pixel == qRgb(0, 0, 0) || pixel == qRgb(255, 255, 255));
                const int mx = x - left;
                const int my = y - top;
                const bool inSymbol = mx >= 0 && my >= 0 && mx < symbol && my < symbol;
                const bool dark = inSymbol
                    && code.isDark(mx / scale - QrCode::quietZone, my / scale - QrCode::quietZone);
                if ((pixel == qRgb(0, 0, 0)) != dark)
                    QFAIL(qPrintable(u"pixel %1,%2"_s.arg(x).arg(y)));
            }
        }
    }

    void providerDecodesTheIdOnce()
    {
        QCOMPARE(QrImageProvider::textFromId(u"https%3A%2F%2Fdiia.gov.ua%2F"_s),
            u"https://diia.gov.ua/"_s);
        // The engine may already have decoded some escapes; a literal % stays %25 until here.
        QCOMPARE(QrImageProvider::textFromId(u"https://example.org/a%2520b"_s),
            u"https://example.org/a%20b"_s);
        QCOMPARE(QrImageProvider::textFromId(u"https://дія.укр/"_s), u"https://дія.укр/"_s);

        QrImageProvider provider;
        QSize size;
        const QImage image
            = provider.requestImage(u"https%3A%2F%2Fdiia.gov.ua%2F"_s, &size, QSize(290, 290));
        QCOMPARE(size, QSize(290, 290));
        QCOMPARE(image, QrCode::encode(u"https://diia.gov.ua/"_s).toImage(QSize(290, 290)));

        QTest::ignoreMessage(QtWarningMsg, "QR code: cannot encode 4000 bytes: too long");
        QVERIFY(provider.requestImage(QString(4000, u'x'), &size, QSize(100, 100)).isNull());
    }
};

QTEST_GUILESS_MAIN(TestQrCode)

#include "tst_qrcode.moc"
