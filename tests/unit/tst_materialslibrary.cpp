// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// MaterialsLibrary: only readable PDF files are offered, by title; anything else in the folder,
// and a PDF the viewer cannot open, is one log line naming the file, never a crash.

#include "learning/materialslibrary.h"
#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Mist;

namespace {

void copyFixture(const QString &name, const QString &to)
{
    QFile::remove(to);
    QVERIFY(QFile::copy(MistTest::dataFile(u"learning/"_s + name), to));
    QFile(to).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

class TestMaterialsLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsReadablePdfsByTitle()
    {
        QTemporaryDir dir;
        copyFixture(u"two-pages.pdf"_s, dir.filePath(u"Основи_електронного_урядування.pdf"_s));
        copyFixture(u"two-pages.pdf"_s, dir.filePath(u"Безпека в інтернеті.PDF"_s));
        copyFixture(u"truncated.pdf"_s, dir.filePath(u"Зламаний.pdf"_s));
        writeFile(dir.filePath(u"notes.txt"_s), "not a course");
        writeFile(dir.filePath(u"fake.pdf"_s), "<html>an error page saved as a PDF</html>");
        writeFile(dir.filePath(u"empty.pdf"_s), {});

        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(u"course material fake.pdf is not a PDF file"_s));
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(u"course material empty.pdf is not a PDF file"_s));
        const MaterialsLibrary library(dir.path());
        const auto materials = library.materials();
        QStringList titles;
        for (const auto &material : materials)
            titles << material.title;
        // A truncated PDF still starts like one: it is listed, and the viewer reports it.
        QCOMPARE(titles,
            (QStringList {
                u"Безпека в інтернеті"_s, u"Зламаний"_s, u"Основи електронного урядування"_s}));
        QCOMPARE(
            materials.front().url, QUrl::fromLocalFile(dir.filePath(u"Безпека в інтернеті.PDF"_s)));
        QVERIFY(materials.front().bytes > 0);

        const QVariantList scanned = library.scan();
        QCOMPARE(scanned.size(), 3);
        QCOMPARE(
            scanned.first().toMap().value(u"fileName"_s).toString(), u"Безпека в інтернеті.PDF"_s);
    }

    void missingOrEmptyFolderIsAnEmptyList()
    {
        QVERIFY(MaterialsLibrary(u"/nonexistent/mist/materials"_s).materials().empty());
        QVERIFY(MaterialsLibrary(QString()).scan().isEmpty());
        QTemporaryDir dir;
        QVERIFY(MaterialsLibrary(dir.path()).materials().empty());
    }

    void unreadableFileIsLeftOut()
    {
        if (geteuid() == 0)
            QSKIP("root reads every file");
        QTemporaryDir dir;
        copyFixture(u"two-pages.pdf"_s, dir.filePath(u"secret.pdf"_s));
        QFile(dir.filePath(u"secret.pdf"_s)).setPermissions(QFile::WriteOwner);
        QVERIFY(MaterialsLibrary(dir.path()).materials().empty());
    }

    void titleFromFileName()
    {
        QCOMPARE(MaterialsLibrary::titleFromFileName(u"Урок_1__Дія.pdf"_s), u"Урок 1 Дія"_s);
        QCOMPARE(MaterialsLibrary::titleFromFileName(u"course.v2.pdf"_s), u"course.v2"_s);
    }

    void openFailureIsOneLogLineWithTheFileNameOnly()
    {
        const MaterialsLibrary library(u"/srv/secret-folder"_s);
        QTest::ignoreMessage(
            QtWarningMsg, "course material broken.pdf could not be opened: invalid file format");
        library.reportOpenFailure(u"/srv/secret-folder/broken.pdf"_s, u"invalid file format"_s);
        QTest::ignoreMessage(
            QtWarningMsg, "course material x.pdf could not be opened: unknown error");
        library.reportOpenFailure(u"x.pdf"_s, {});
    }
};

QTEST_GUILESS_MAIN(TestMaterialsLibrary)
#include "tst_materialslibrary.moc"
