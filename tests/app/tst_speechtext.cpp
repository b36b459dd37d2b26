// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// What "Read aloud" would say, for every screen in uk and en: `mist-kiosk --speech-text` prints
// it (ScreenText over the screen's accessibility tree). It must not be empty, must contain the
// screen's heading (its title, and the first Heading item it shows, as the screen states them on
// stderr) and must be in the session's language: Cyrillic in uk; in en the title and heading are
// not Cyrillic unless they are data (a training's title comes from the library's calendar, a
// document's from the portal that gave it).

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

bool hasCyrillic(const QString &text)
{
    static const QRegularExpression cyrillic(u"\\p{Cyrillic}"_s);
    return text.contains(cyrillic);
}

bool hasLatin(const QString &text)
{
    static const QRegularExpression latin(u"[A-Za-z]{3}"_s);
    return text.contains(latin);
}

} // namespace

class TestSpeechText : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QStringList screens()
    {
        QProcess process;
        process.start(QStringLiteral(MIST_KIOSK_PATH), {u"--list-screens"_s});
        process.waitForFinished(60'000);
        return QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void everyScreenReadsItsHeading_data()
    {
        QTest::addColumn<QString>("screen");
        QTest::addColumn<QString>("language");
        const QStringList names = screens();
        QVERIFY(names.size() > 20);
        for (const QString &name : names) {
            for (const QString &language : {u"uk"_s, u"en"_s})
                QTest::addRow("%s-%s", qPrintable(name), qPrintable(language)) << name << language;
        }
    }

    void everyScreenReadsItsHeading()
    {
        QFETCH(QString, screen);
        QFETCH(QString, language);
        QProcess process;
        process.start(QStringLiteral(MIST_KIOSK_PATH),
            {u"--speech-text"_s, u"--screen"_s, screen, u"--lang"_s, language, u"--size"_s,
                u"1280x800"_s, u"--data-dir"_s, m_dir.filePath(u"data"_s)});
        QVERIFY(process.waitForFinished(120'000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(process.exitCode() == 0, qPrintable(err));

        // What the screen itself says its title and first heading are.
        static const QRegularExpression stated(
            u"screen \"[^\"]+\" \\((uk|en)\\): title \"(.*)\", heading \"(.*)\"\n"_s);
        const QRegularExpressionMatch match = stated.match(err);
        QVERIFY2(match.hasMatch(), qPrintable(err));
        QCOMPARE(match.captured(1), language);
        const QString title = match.captured(2);
        const QString heading = match.captured(3);
        QVERIFY2(
            !title.isEmpty() || !heading.isEmpty(), "the screen has neither title nor heading");

        QVERIFY2(!text.isEmpty(), "nothing to read");
        if (!title.isEmpty())
            QVERIFY2(
                text.contains(title), qPrintable(u"no title \"%1\" in:\n%2"_s.arg(title, text)));
        if (!heading.isEmpty())
            QVERIFY2(text.contains(heading),
                qPrintable(u"no heading \"%1\" in:\n%2"_s.arg(heading, text)));
        // The heading is read first.
        const QString first = title.isEmpty() ? heading : title;
        QVERIFY2(text.startsWith(first), qPrintable(text));

        if (language == "uk"_L1) {
            QVERIFY2(hasCyrillic(text), qPrintable(text));
            QVERIFY2(hasCyrillic(first), qPrintable(first));
            // ScreenText's own words are translated too.
            QVERIFY2(
                !text.contains("Button:"_L1) && !text.contains("Buttons:"_L1), qPrintable(text));
        } else {
            QVERIFY2(hasLatin(text), qPrintable(text));
            // A title or heading that is data keeps its language: a training's title from the
            // calendar (training-detail's heading), a document's title from the portal that gave
            // it (the viewer's title, the print choice's heading). The rest is read in English.
            const bool dataTitle = screen == "documents-viewer"_L1;
            const bool dataHeading
                = screen == "training-detail"_L1 || screen == "documents-print"_L1;
            if (!dataTitle)
                QVERIFY2(!hasCyrillic(title), qPrintable(title));
            if (!dataHeading)
                QVERIFY2(!hasCyrillic(heading), qPrintable(heading));
            QString rest = text;
            rest.remove(title).remove(heading);
            QVERIFY2(hasLatin(rest), qPrintable(text));
        }
    }

    // The course's screens, made as the kiosk starts on them, show the course: mist-kiosk reads
    // the course on a thread of its own and must have it in place before any screen is made.
    void courseScreensFindTheCourse_data()
    {
        QTest::addColumn<QString>("screen");
        for (const char *name : {"course-lesson", "course-check", "course-module-end",
                 "trainer-lesson", "trainer-check"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void courseScreensFindTheCourse()
    {
        QFETCH(QString, screen);
        QProcess process;
        process.start(QStringLiteral(MIST_KIOSK_PATH),
            {u"--speech-text"_s, u"--screen"_s, screen, u"--lang"_s, u"en"_s, u"--data-dir"_s,
                m_dir.filePath(u"data"_s)});
        QVERIFY(process.waitForFinished(120'000));
        QCOMPARE(process.exitCode(), 0);
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(!text.contains(u"not available"_s), qPrintable(text));
        QVERIFY2(!text.contains(u" / 0"_s), qPrintable(text)); // "1 / 0": no lessons at all
    }
};

QTEST_GUILESS_MAIN(TestSpeechText)
#include "tst_speechtext.moc"
