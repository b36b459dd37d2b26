// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Every user-visible string is translated, in Ukrainian and English, and the .ts files are up
// to date with the sources: lupdate runs over the sources into copies of the .ts files, and any
// string it finds unfinished (new, changed or never translated) fails the test by name.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    struct Message
    {
        QString context;
        QString source;
        bool numerus = false;
        bool unfinished = false;
        QStringList forms; // one, or one per plural form
    };

    static QList<Message> readTs(const QString &path, QString *language)
    {
        QList<Message> messages;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return messages;
        QXmlStreamReader xml(&file);
        QString context;
        Message current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const auto name = xml.name();
            if (name == "TS"_L1) {
                *language = xml.attributes().value("language"_L1).toString();
            } else if (name == "name"_L1) {
                context = xml.readElementText();
            } else if (name == "message"_L1) {
                current = Message {
                    context, {}, xml.attributes().value("numerus"_L1) == "yes"_L1, false, {}};
            } else if (name == "source"_L1) {
                current.source = xml.readElementText();
            } else if (name == "translation"_L1) {
                const auto type = xml.attributes().value("type"_L1);
                current.unfinished
                    = type == "unfinished"_L1 || type == "vanished"_L1 || type == "obsolete"_L1;
                if (current.numerus) {
                    while (xml.readNextStartElement()) {
                        if (xml.name() == "numerusform"_L1)
                            current.forms << xml.readElementText();
                        else
                            xml.skipCurrentElement();
                    }
                } else {
                    current.forms << xml.readElementText();
                }
                messages << current;
            }
        }
        return messages;
    }

    static QStringList placeholders(const QString &text)
    {
        static const QRegularExpression pattern(u"%(n|L?\\d)"_s);
        QStringList found;
        for (auto it = pattern.globalMatch(text); it.hasNext();)
            found << it.next().captured(0);
        found.sort();
        return found;
    }

private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("tsFile");
        QTest::addColumn<int>("pluralForms");
        QTest::newRow("uk") << u"mist_uk.ts"_s << 3; // one, few, many
        QTest::newRow("en") << u"mist_en.ts"_s << 2; // one, other
    }

    void complete()
    {
        QFETCH(QString, tsFile);
        QFETCH(int, pluralForms);

        QTemporaryDir dir;
        const QString copy = dir.filePath(tsFile);
        QVERIFY(QFile::copy(QStringLiteral(MIST_SOURCE_DIR "/qml/i18n/") + tsFile, copy));
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(MIST_SOURCE_DIR));
        lupdate.start(QStringLiteral(LUPDATE_PATH),
            {u"-locations"_s, u"none"_s, u"-no-obsolete"_s, u"-silent"_s, u"qml"_s, u"services"_s,
                u"kiosk"_s, u"-ts"_s, copy});
        QVERIFY(lupdate.waitForFinished(120'000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        QString language;
        const QList<Message> messages = readTs(copy, &language);
        QVERIFY2(messages.size() > 20, "lupdate found almost no strings: is the source dir right?");

        QStringList problems;
        for (const Message &message : messages) {
            const QString where = message.context + u": \""_s + message.source + u'"';
            if (message.unfinished) {
                problems << u"unfinished "_s + where;
                continue;
            }
            if (message.numerus && message.forms.size() != pluralForms)
                problems << u"needs %1 plural forms: "_s.arg(pluralForms) + where;
            for (const QString &form : message.forms) {
                if (form.trimmed().isEmpty())
                    problems << u"empty translation: "_s + where;
                else if (placeholders(form) != placeholders(message.source))
                    problems << u"placeholders differ: "_s + where;
            }
        }
        if (!problems.isEmpty()) {
            QFAIL(qPrintable(u"%1 (%2): %3 problems. Run `cmake --build <build> --target "
                             "mist_update_translations` and translate:\n  "_s.arg(tsFile, language)
                                 .arg(problems.size())
                + problems.join(u"\n  "_s)));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
