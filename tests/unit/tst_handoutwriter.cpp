// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// HandoutWriter: a kiosk page as a one- or two-page A4 PDF in the session's language. Each PDF
// is read back with Qt Pdf, the way the tray's viewer reads it: its page count, and its text
// (Ukrainian included, markup kept as the characters it is).

#include "handout.h"
#include "handoutwriter.h"

#include <QBuffer>
#include <QPdfDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mist;

namespace {

struct ReadBack
{
    int pages = 0;
    QString text; // every page's text
    QSizeF firstPageSize; // points
};

ReadBack readBack(const QByteArray &pdf)
{
    QBuffer buffer;
    buffer.setData(pdf);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    ReadBack result;
    result.pages = document.pageCount();
    for (int page = 0; page < result.pages; ++page)
        result.text += document.getAllText(page).text() + u'\n';
    if (result.pages > 0)
        result.firstPageSize = document.pagePointSize(0);
    return result;
}

QVariantMap servicePage()
{
    return {
        {u"title"_s, u"Довідка про склад сім'ї"_s},
        {u"subtitle"_s, u"Луцька міська рада"_s},
        {u"sections"_s,
            QVariantList {
                QVariantMap {{u"heading"_s, u"Що потрібно"_s},
                    {u"bullets"_s, QStringList {u"Паспорт"_s, u"РНОКПП"_s}}},
                QVariantMap {{u"heading"_s, u"Куди звернутися"_s},
                    {u"text"_s, u"ЦНАП, вул. Бойка, 1. Пн–Пт 9:00–18:00."_s}},
            }},
        {u"qrUrl"_s, u"https://diia.gov.ua/services/dovidka"_s},
        {u"qrCaption"_s, u"Відкрийте на телефоні"_s},
        {u"footer"_s, u"Луцька міська бібліотека · 6 грудня 2026"_s},
    };
}

} // namespace

class TestHandoutWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servicePageIsOneA4PageInUkrainian()
    {
        const HandoutWriter::Result result
            = HandoutWriter::write(Handout::fromVariant(servicePage()));
        QVERIFY(result.pdf.startsWith("%PDF-"));
        QCOMPARE(result.pages, 1);
        QCOMPARE(result.textScale, 1.0);
        const ReadBack back = readBack(result.pdf);
        QCOMPARE(back.pages, 1);
        // A4 is 595 x 842 points.
        QVERIFY2(qAbs(back.firstPageSize.width() - 595.3) < 2,
            qPrintable(QString::number(back.firstPageSize.width())));
        QVERIFY(qAbs(back.firstPageSize.height() - 841.9) < 2);
        QVERIFY2(back.text.contains(u"Довідка про склад сім'ї"_s), qPrintable(back.text));
        QVERIFY(back.text.contains(u"Паспорт"_s));
        QVERIFY(back.text.contains(u"ЦНАП, вул. Бойка, 1."_s));
        QVERIFY(back.text.contains(u"https://diia.gov.ua/services/dovidka"_s));
        QVERIFY(back.text.contains(u"Луцька міська бібліотека"_s));
    }

    void markupIsPrintedAsText()
    {
        QVariantMap map = servicePage();
        map[u"title"_s] = u"<b>Жирний</b> &amp; <img src=x>"_s;
        const ReadBack back = readBack(HandoutWriter::write(Handout::fromVariant(map)).pdf);
        QVERIFY2(back.text.contains(u"<b>Жирний</b> &amp; <img src=x>"_s), qPrintable(back.text));
    }

    void longTextShrinksThenLeavesSectionsOff()
    {
        // A lesson a little too long for one page at full size: smaller type, nothing left off.
        QVariantList some;
        for (int i = 0; i < 9; ++i)
            some << QVariantMap {{u"heading"_s, u"Крок %1"_s.arg(i + 1)},
                {u"text"_s, u"Відкрийте портал і увійдіть через Дія.Підпис. "_s.repeated(8)}};
        QVariantMap map = servicePage();
        map[u"sections"_s] = some;
        HandoutWriter::Result result = HandoutWriter::write(Handout::fromVariant(map));
        QVERIFY(result.pages >= 1 && result.pages <= HandoutWriter::maxPages);
        QCOMPARE(result.sectionsLeftOff, 0);

        // Far too long: at the smallest type the last sections go, and the note says so.
        QVariantList many;
        for (int i = 0; i < 30; ++i)
            many << QVariantMap {{u"heading"_s, u"Розділ %1"_s.arg(i + 1)},
                {u"text"_s, u"Текст уроку. "_s.repeated(60)}};
        map[u"sections"_s] = many;
        result
            = HandoutWriter::write(Handout::fromVariant(map), u"Решту читайте на екрані кіоску."_s);
        QCOMPARE(result.pages, HandoutWriter::maxPages);
        QVERIFY(result.sectionsLeftOff > 0);
        QCOMPARE(result.textScale, 0.75);
        const ReadBack back = readBack(result.pdf);
        QCOMPARE(back.pages, HandoutWriter::maxPages);
        QVERIFY(back.text.contains(u"Решту читайте на екрані кіоску."_s));
        QVERIFY(back.text.contains(u"Розділ 1"_s));
        QVERIFY(!back.text.contains(u"Розділ 30"_s));
    }

    void onlyHttpsAddressesBecomeQrCodes()
    {
        QVariantMap map = servicePage();
        map[u"qrUrl"_s] = u"http://diia.gov.ua/"_s;
        QVERIFY(Handout::fromVariant(map).qrUrl.isEmpty());
        map[u"qrUrl"_s] = u"javascript:alert(1)"_s;
        QVERIFY(Handout::fromVariant(map).qrUrl.isEmpty());
        map[u"qrUrl"_s] = 42;
        QVERIFY(Handout::fromVariant(map).qrUrl.isEmpty());
        map[u"qrUrl"_s] = u"https://diia.gov.ua/"_s;
        QCOMPARE(Handout::fromVariant(map).qrUrl, u"https://diia.gov.ua/"_s);
    }

    void wrongTypesAndEmptyHandoutsGiveNoPdf()
    {
        QVariantMap map;
        map[u"title"_s] = QVariantList {1, 2};
        map[u"sections"_s] = u"not a list"_s;
        QVERIFY(Handout::fromVariant(map).isEmpty());
        QVERIFY(HandoutWriter::write(Handout::fromVariant(map)).pdf.isEmpty());
        QVERIFY(HandoutWriter().pdf({}).isEmpty());
    }
};

QTEST_MAIN(TestHandoutWriter)
#include "tst_handoutwriter.moc"
