// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// GuideLibrary: the bundled guides load and are complete in both languages, a librarian's
// folder adds guides and replaces bundled ones by id, and every kind of broken file is skipped
// with a log line while the rest still load.

#include "learning/guidelibrary.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Mist;

namespace {

const QByteArray validGuide = R"({
  "id": "library-wifi",
  "title": {"uk": "Як під’єднатися до Wi-Fi бібліотеки", "en": "How to join the library Wi-Fi"},
  "summary": "Коротко.",
  "services": ["diia"],
  "steps": [
    {"text": {"uk": "Відкрийте налаштування.", "en": "Open the settings."}, "image": "wifi.svg"},
    {"text": "Оберіть мережу бібліотеки."}
  ]
})";

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

class TestGuideLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundledGuidesAreCompleteInBothLanguages()
    {
        const GuideLibrary library(QString {});
        QVERIFY(library.count() >= 3);
        for (const char *id : {"diia-signature", "pension-certificate", "land-parcel"}) {
            const Guide *guide = library.find(QString::fromLatin1(id));
            QVERIFY2(guide, id);
            QCOMPARE(guide->origin, u"bundled"_s);
            QVERIFY(!guide->title.uk.isEmpty() && !guide->title.en.isEmpty());
            QVERIFY(!guide->summary.uk.isEmpty() && !guide->summary.en.isEmpty());
            QVERIFY(!guide->serviceIds.isEmpty());
            QVERIFY(guide->steps.size() >= 3);
            for (const GuideStep &step : guide->steps) {
                QVERIFY(!step.text.uk.isEmpty());
                QVERIFY(!step.text.en.isEmpty());
                // Ukrainian text in the uk field, and no Cyrillic-free English in it.
                QVERIFY(step.text.uk.contains(QRegularExpression(u"[а-яіїєґ]"_s)));
                // Every bundled picture is really there.
                QVERIFY2(step.image.isValid() && !step.image.isEmpty(), id);
                QCOMPARE(step.image.scheme(), u"qrc"_s);
                QVERIFY(QFile::exists(u":"_s + step.image.path()));
            }
        }
    }

    void guidesForServiceFindsTheRightGuides()
    {
        const GuideLibrary library(QString {});
        const QVariantList pension = library.guidesForService(u"pfu-portal"_s, u"en"_s);
        QCOMPARE(pension.size(), 1);
        QCOMPARE(pension.first().toMap().value(u"guideId"_s).toString(), u"pension-certificate"_s);
        QCOMPARE(pension.first().toMap().value(u"title"_s).toString(),
            u"How to order a pension certificate online"_s);
        const QVariantList land = library.guidesForService(u"cadastral-map"_s, u"uk"_s);
        QCOMPARE(land.size(), 1);
        QCOMPARE(
            land.first().toMap().value(u"title"_s).toString(), u"Як перевірити земельну ділянку"_s);
        QVERIFY(library.guidesForService(u"prozorro"_s, u"uk"_s).isEmpty());
        QVERIFY(library.guidesForService(QString(), u"uk"_s).isEmpty());
    }

    void guideAsAMap()
    {
        const GuideLibrary library(QString {});
        const QVariantMap guide = library.guide(u"diia-signature"_s, u"uk"_s);
        QCOMPARE(guide.value(u"title"_s).toString(), u"Як отримати Дія.Підпис"_s);
        const QVariantList steps = guide.value(u"steps"_s).toList();
        QCOMPARE(steps.size(), guide.value(u"stepCount"_s).toInt());
        QVERIFY(steps.first().toMap().value(u"image"_s).toString().startsWith(u"qrc:/learning/"_s));
        QVERIFY(library.guide(u"nope"_s, u"uk"_s).isEmpty());
    }

    void librarianFolderAddsAndReplaces()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"wifi.json"_s), validGuide);
        writeFile(dir.filePath(u"wifi.svg"_s), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        QByteArray replacement = validGuide;
        replacement.replace("library-wifi", "land-parcel");
        writeFile(dir.filePath(u"land.json"_s), replacement);

        const GuideLibrary library(dir.path());
        const Guide *wifi = library.find(u"library-wifi"_s);
        QVERIFY(wifi);
        QCOMPARE(wifi->origin, u"local"_s);
        QCOMPARE(wifi->steps.size(), size_t(2));
        QCOMPARE(wifi->steps[0].image, QUrl::fromLocalFile(dir.filePath(u"wifi.svg"_s)));
        QVERIFY(wifi->steps[1].image.isEmpty());
        // A plain string is Ukrainian; English falls back to it.
        QCOMPARE(wifi->steps[1].text.forLanguage(u"en"), u"Оберіть мережу бібліотеки."_s);

        const Guide *land = library.find(u"land-parcel"_s);
        QVERIFY(land);
        QCOMPARE(land->origin, u"local"_s);
        QCOMPARE(land->title.en, u"How to join the library Wi-Fi"_s);
        // Replaced, not doubled.
        int count = 0;
        for (const Guide &guide : library.guides())
            count += guide.id == u"land-parcel"_s;
        QCOMPARE(count, 1);
    }

    void brokenFilesAreSkippedWithALogLine_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("problem");
        QTest::newRow("empty") << QByteArray() << u"not valid JSON"_s;
        QTest::newRow("truncated") << validGuide.left(80) << u"not valid JSON"_s;
        QTest::newRow("array") << QByteArray("[1, 2]") << u"not a JSON object"_s;
        QByteArray noId = validGuide;
        noId.replace("\"id\": \"library-wifi\"", "\"id\": \"Library Wi-Fi!\"");
        QTest::newRow("bad id") << noId << u"valid \"id\""_s;
        // A regular expression's $ also matches before a final line break: the id pattern must
        // not let one through (it would split the log line and the guide's address).
        QByteArray newlineId = validGuide;
        newlineId.replace("\"id\": \"library-wifi\"", "\"id\": \"library-wifi\\n\"");
        QTest::newRow("id ending in a line break") << newlineId << u"valid \"id\""_s;
        QByteArray noTitle = validGuide;
        noTitle.replace("\"title\"", "\"name\"");
        QTest::newRow("no title") << noTitle << u"no Ukrainian \"title\""_s;
        QTest::newRow("no steps") << QByteArray(R"({"id": "x", "title": "X", "steps": []})")
                                  << u"no \"steps\""_s;
        QTest::newRow("empty step") << QByteArray(
            R"({"id": "x", "title": "X", "steps": [{"text": "a"}, {"image": "a.svg"}]})")
                                    << u"step 2 has no Ukrainian \"text\""_s;
        QByteArray many = R"({"id": "x", "title": "X", "steps": [)";
        for (int i = 0; i < 40; ++i)
            many += QByteArray(i ? "," : "") + R"({"text": "a"})";
        QTest::newRow("too many steps") << many + "]}" << u"more than 30 steps"_s;
        QTest::newRow("huge") << QByteArray(300 * 1024, ' ') << u"larger than"_s;
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4) << u"not valid JSON"_s;
    }

    void brokenFilesAreSkippedWithALogLine()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        writeFile(dir.filePath(u"a-broken.json"_s), content);
        writeFile(dir.filePath(u"wifi.json"_s), validGuide);

        QTest::ignoreMessage(QtWarningMsg,
            QRegularExpression(u"skipping guide file a-broken.json in the local guides: .*"_s
                + QRegularExpression::escape(problem)));
        const GuideLibrary library(dir.path());
        QVERIFY(library.find(u"library-wifi"_s));
        QVERIFY(library.find(u"diia-signature"_s));
    }

    void unsafeOrMissingImagesLoseOnlyThePicture()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"g.json"_s),
            R"({"id": "g", "title": "G", "steps": [
                {"text": "one", "image": "../../etc/passwd.png"},
                {"text": "two", "image": "/etc/x.svg"},
                {"text": "three", "image": "missing.svg"},
                {"text": "four", "image": "script.js"}]})");
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(u"guide g step 1 .*next to the guide"_s));
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(u"guide g step 2 .*next to the guide"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"guide g step 3 .*not found"_s));
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(u"guide g step 4 .*next to the guide"_s));
        const GuideLibrary library(dir.path());
        const Guide *guide = library.find(u"g"_s);
        QVERIFY(guide);
        QCOMPARE(guide->steps.size(), size_t(4));
        for (const GuideStep &step : guide->steps)
            QVERIFY(step.image.isEmpty());
    }

    void duplicateIdInOneFolderKeepsTheFirst()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"a.json"_s), validGuide);
        QByteArray other = validGuide;
        other.replace("How to join", "Second copy: how to join");
        writeFile(dir.filePath(u"b.json"_s), other);
        QTest::ignoreMessage(QtWarningMsg,
            QRegularExpression(
                u"skipping guide file b.json : the id library-wifi is already used"_s));
        const GuideLibrary library(dir.path());
        QCOMPARE(library.find(u"library-wifi"_s)->title.en, u"How to join the library Wi-Fi"_s);
    }

    void missingFolderIsNoError()
    {
        const GuideLibrary library(u"/nonexistent/mist/guides"_s);
        QVERIFY(library.count() >= 3);
    }

    void reloadNotices()
    {
        QTemporaryDir dir;
        GuideLibrary library(dir.path());
        const int before = library.count();
        QSignalSpy changed(&library, &GuideLibrary::guidesChanged);
        writeFile(dir.filePath(u"wifi.json"_s), validGuide);
        library.reload();
        QCOMPARE(library.count(), before + 1);
        QCOMPARE(changed.count(), 1);
        library.reload();
        QCOMPARE(changed.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestGuideLibrary)
#include "tst_guidelibrary.moc"
