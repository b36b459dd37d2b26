// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The session's scratch directory: private (0700), made only when needed, a file read out is
// deleted at once, nothing outside it is read or deleted, the session's end removes it, and at
// start only the directories nobody holds (a crashed kiosk's) are removed.

#include "core/clock.h"
#include "documents/sessionscratch.h"
#include "session/sessioncontroller.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Mist::SessionScratch;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList filesIn(const QString &directory)
{
    return QDir(directory).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

} // namespace

class TestSessionScratch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void madeOnlyWhenNeededAndPrivate()
    {
        QTemporaryDir base;
        SessionScratch scratch(base.path());
        QVERIFY(!scratch.exists());
        QVERIFY(filesIn(base.path()).isEmpty());

        const QString directory = scratch.directory();
        QVERIFY(!directory.isEmpty());
        QVERIFY(scratch.exists());
        QCOMPARE(QFileInfo(directory).absolutePath(), QFileInfo(base.path()).absoluteFilePath());
        QVERIFY(QFileInfo(directory).fileName().startsWith(
            QString::fromLatin1(SessionScratch::prefix)));
        struct stat info
        {
        };
        QCOMPARE(::stat(QFile::encodeName(directory).constData(), &info), 0);
        QCOMPARE(info.st_mode & 07777, mode_t(0700));
        QCOMPARE(scratch.directory(), directory); // the same one while it lives
    }

    void newFilesAreFreshNamesInside()
    {
        QTemporaryDir base;
        SessionScratch scratch(base.path());
        const QString first = scratch.newFilePath(u".pdf"_s);
        const QString second = scratch.newFilePath(u".pdf"_s);
        QVERIFY(first != second);
        QVERIFY(first.endsWith(u".pdf"_s));
        QCOMPARE(QFileInfo(first).absolutePath(), scratch.directory());
        QVERIFY(!QFile::exists(first));
    }

    void takeReadsTheExactBytesAndDeletesTheFile()
    {
        QTemporaryDir base;
        SessionScratch scratch(base.path());
        const QString path = scratch.newFilePath(u".pdf"_s);
        QByteArray bytes("%PDF-1.4\n");
        bytes.append(QByteArray(5000, '\x01')).append("\n%%EOF\n");
        QVERIFY(writeFile(path, bytes));

        const SessionScratch::Taken taken = scratch.take(path, 1024 * 1024);
        QCOMPARE(taken.status, SessionScratch::Status::Taken);
        QCOMPARE(taken.bytes, bytes);
        QVERIFY(!QFile::exists(path));
        QVERIFY(filesIn(scratch.directory()).isEmpty());

        // Gone means gone: a second take finds nothing.
        QCOMPARE(scratch.take(path, 1024 * 1024).status, SessionScratch::Status::Missing);
    }

    void tooLargeIsNotReadButStillDeleted()
    {
        QTemporaryDir base;
        SessionScratch scratch(base.path());
        const QString path = scratch.newFilePath(u".pdf"_s);
        QVERIFY(writeFile(path, QByteArray(1001, 'x')));
        const SessionScratch::Taken taken = scratch.take(path, 1000);
        QCOMPARE(taken.status, SessionScratch::Status::TooLarge);
        QVERIFY(taken.bytes.isEmpty());
        QVERIFY(!QFile::exists(path));

        // Exactly the limit is fine.
        QVERIFY(writeFile(path, QByteArray(1000, 'x')));
        QCOMPARE(scratch.take(path, 1000).bytes.size(), 1000);
    }

    void nothingOutsideIsReadOrDeleted()
    {
        QTemporaryDir base;
        SessionScratch scratch(base.path());
        const QString directory = scratch.directory();
        const QString outside = base.filePath(u"citizen-file.pdf"_s);
        QVERIFY(writeFile(outside, "keep me"));

        QCOMPARE(scratch.take(outside, 1000).status, SessionScratch::Status::Missing);
        QCOMPARE(scratch.take(directory + u"/../citizen-file.pdf"_s, 1000).status,
            SessionScratch::Status::Missing);
        scratch.discard(outside);
        QVERIFY(QFile::exists(outside));

        // A link inside that points out is not followed.
        const QString link = QDir(directory).filePath(u"link.pdf"_s);
        QVERIFY(QFile::link(outside, link));
        QCOMPARE(scratch.take(link, 1000).status, SessionScratch::Status::Missing);
        QVERIFY(QFile::exists(outside));
        QFile file(outside);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("keep me"));

        // Nor a directory.
        QVERIFY(QDir(directory).mkdir(u"sub"_s));
        QCOMPARE(scratch.take(QDir(directory).filePath(u"sub"_s), 1000).status,
            SessionScratch::Status::Missing);
    }

    void clearRemovesEverythingAndTheNextUseIsNew()
    {
        QTemporaryDir base;
        SessionScratch scratch(base.path());
        const QString first = scratch.directory();
        QVERIFY(writeFile(scratch.newFilePath(u".pdf"_s), "left behind by a cancelled download"));
        QVERIFY(QDir(first).mkdir(u"sub"_s));
        scratch.clear();
        QVERIFY(!scratch.exists());
        QVERIFY(!QFileInfo::exists(first));
        QVERIFY(filesIn(base.path()).isEmpty());

        const QString second = scratch.directory();
        QVERIFY(!second.isEmpty());
        QVERIFY(second != first);
    }

    void theSessionsEndRemovesIt()
    {
        QTemporaryDir base;
        Mist::ManualClock clock;
        Mist::SessionController session(&clock, 90s, 30s);
        SessionScratch scratch(base.path());
        scratch.setSession(&session);
        session.start();
        const QString directory = scratch.directory();
        QVERIFY(writeFile(scratch.newFilePath(u".pdf"_s), "a citizen's document"));
        session.finish();
        QVERIFY(!QFileInfo::exists(directory));
        QVERIFY(filesIn(base.path()).isEmpty());
    }

    void destructionRemovesIt()
    {
        QTemporaryDir base;
        QString directory;
        {
            SessionScratch scratch(base.path());
            directory = scratch.directory();
            QVERIFY(writeFile(scratch.newFilePath(u".pdf"_s), "x"));
        }
        QVERIFY(!QFileInfo::exists(directory));
    }

    // A crashed kiosk's directory (nobody holds it) goes; a living one's stays, even in this
    // very process; anything else in the folder is not touched.
    void removeStaleRemovesOnlyOrphans()
    {
        QTemporaryDir base;
        const QString orphan
            = base.filePath(QString::fromLatin1(SessionScratch::prefix) + u"abc123"_s);
        QVERIFY(QDir().mkpath(orphan + u"/nested"_s));
        QVERIFY(writeFile(orphan + u"/nested/document.pdf"_s, "from the last visit"));
        const QString unrelated = base.filePath(u"pulse"_s);
        QVERIFY(QDir().mkpath(unrelated));
        const QString unrelatedFile = base.filePath(u"mist-scratch-file"_s);
        QVERIFY(writeFile(unrelatedFile, "a file, not a directory"));

        SessionScratch living(base.path());
        const QString livingDirectory = living.directory();
        QVERIFY(writeFile(living.newFilePath(u".pdf"_s), "in use"));

        QCOMPARE(SessionScratch::removeStale(base.path()), 1);
        QVERIFY(!QFileInfo::exists(orphan));
        QVERIFY(QFileInfo::exists(livingDirectory));
        QCOMPARE(filesIn(livingDirectory).size(), 1);
        QVERIFY(QFileInfo::exists(unrelated));
        QVERIFY(QFileInfo::exists(unrelatedFile));

        // Once its owner lets go, it is an orphan too.
        living.clear();
        QCOMPARE(SessionScratch::removeStale(base.path()), 0);
        QCOMPARE(SessionScratch::removeStale(QString()), 0);
    }

    void noBaseMeansNoDirectory()
    {
        QTemporaryDir base;
        const QString file = base.filePath(u"not-a-folder"_s);
        QVERIFY(writeFile(file, "x"));
        SessionScratch scratch(file + u"/below"_s);
        QVERIFY(scratch.directory().isEmpty());
        QVERIFY(scratch.newFilePath(u".pdf"_s).isEmpty());
        QVERIFY(!scratch.exists());
    }
};

QTEST_GUILESS_MAIN(TestSessionScratch)
#include "tst_sessionscratch.moc"
