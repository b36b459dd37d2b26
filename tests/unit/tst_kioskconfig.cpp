// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The configuration file: defaults, valid values, and bad input that must never stop the kiosk.

#include "config/kioskconfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;
using Mist::KioskConfig;

class TestKioskConfig : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QByteArray &content)
    {
        static int counter = 0;
        const QString path = m_dir.filePath(u"mist-%1.conf"_s.arg(++counter));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write a fixture");
        file.write(content);
        return path;
    }

private Q_SLOTS:
    void emptyPathGivesDefaults()
    {
        const KioskConfig config = KioskConfig::load({});
        QCOMPARE(config.idleTimeout, 90s);
        QCOMPARE(config.warningDuration, 30s);
        QVERIFY(!config.libraryNameUk.isEmpty());
        QVERIFY(config.sourcePath.isEmpty());
        QVERIFY(config.problems.isEmpty());
    }

    void readsAValidFile()
    {
        const QString path = write("[library]\n"
                                   "name_uk=Шепетівська міська бібліотека ім. Т. Шевченка\n"
                                   "name_en=Shepetivka City Library\n"
                                   "[session]\n"
                                   "idle_timeout=120\n"
                                   "warning_seconds=45\n");
        const KioskConfig config = KioskConfig::load(path);
        QCOMPARE(config.libraryNameUk, u"Шепетівська міська бібліотека ім. Т. Шевченка"_s);
        QCOMPARE(config.libraryNameEn, u"Shepetivka City Library"_s);
        QCOMPARE(config.idleTimeout, 120s);
        QCOMPARE(config.warningDuration, 45s);
        QVERIFY(config.problems.isEmpty());
        QVERIFY(!config.sourcePath.isEmpty());
    }

    void badValuesFallBackOneByOne_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not a number") << QByteArray("[session]\nidle_timeout=soon\n");
        QTest::newRow("too short") << QByteArray("[session]\nidle_timeout=5\n");
        QTest::newRow("too long") << QByteArray("[session]\nidle_timeout=99999\n");
        QTest::newRow("negative") << QByteArray("[session]\nidle_timeout=-90\n");
        QTest::newRow("warning below WCAG's 20 s") << QByteArray("[session]\nwarning_seconds=10\n");
        QTest::newRow("empty name") << QByteArray("[library]\nname_uk=\n");
        QTest::newRow("huge name")
            << QByteArray("[library]\nname_uk=" + QByteArray(500, 'x') + '\n');
    }

    void badValuesFallBackOneByOne()
    {
        QFETCH(QByteArray, content);
        const KioskConfig defaults;
        const KioskConfig config = KioskConfig::load(write(content));
        QCOMPARE(config.problems.size(), 1);
        QCOMPARE(config.idleTimeout, defaults.idleTimeout);
        QCOMPARE(config.warningDuration, defaults.warningDuration);
        QCOMPARE(config.libraryNameUk, defaults.libraryNameUk);
    }

    void goodValuesSurviveABadNeighbour()
    {
        const KioskConfig config
            = KioskConfig::load(write("[session]\nidle_timeout=abc\nwarning_seconds=60\n"));
        QCOMPARE(config.idleTimeout, 90s);
        QCOMPARE(config.warningDuration, 60s);
        QCOMPARE(config.problems.size(), 1);
    }

    void missingFileGivesDefaultsAndAProblem()
    {
        const KioskConfig config = KioskConfig::load(m_dir.filePath(u"absent.conf"_s));
        QCOMPARE(config.idleTimeout, 90s);
        QCOMPARE(config.problems.size(), 1);
        QVERIFY(config.sourcePath.isEmpty());
    }

    void readsTheDirectorySection()
    {
        const QString key = write("untrusted comment: minisign public key\nRWQ...\n");
        const QString keyName = QFileInfo(key).fileName();
        const KioskConfig config
            = KioskConfig::load(write("[directory]\n"
                                      "feed_url=https://feeds.example.org/volyn/directory.json\n"
                                      "public_keys="
                + keyName.toUtf8()
                + "\n"
                  "sync_interval_minutes=30\n"
                  "link_check_interval_hours=12\n"
                  "pinned_public_key=sha256//AAAA\n"));
        QVERIFY2(config.problems.isEmpty(), qPrintable(config.problems.join(u'\n')));
        QCOMPARE(config.directory.feedUrl, u"https://feeds.example.org/volyn/directory.json"_s);
        QCOMPARE(config.directory.publicKeyFiles, QStringList {key}); // relative to the file
        QCOMPARE(config.directory.syncInterval, 30min);
        QCOMPARE(config.directory.linkCheckInterval, 12h);
        QCOMPARE(config.directory.pinnedPublicKey, u"sha256//AAAA"_s);
        QVERIFY(config.directory.syncConfigured());
    }

    void noDirectorySectionMeansNoSync()
    {
        const KioskConfig config = KioskConfig::load(write("[session]\nidle_timeout=60\n"));
        QVERIFY(!config.directory.syncConfigured());
        QVERIFY(config.problems.isEmpty());
    }

    void insecureOrUnsignedFeedsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("http") << QByteArray("[directory]\nfeed_url=http://example.org/f.json\n");
        QTest::newRow("javascript") << QByteArray("[directory]\nfeed_url=javascript:alert(1)\n");
        QTest::newRow("user info")
            << QByteArray("[directory]\nfeed_url=https://user:pw@example.org/f.json\n");
        QTest::newRow("no key") << QByteArray("[directory]\nfeed_url=https://example.org/f.json\n");
        QTest::newRow("missing key file")
            << QByteArray("[directory]\nfeed_url=https://example.org/f.json\n"
                          "public_keys=/nonexistent/key.pub\n");
    }

    void insecureOrUnsignedFeedsAreRefused()
    {
        QFETCH(QByteArray, content);
        const KioskConfig config = KioskConfig::load(write(content));
        QVERIFY(!config.directory.syncConfigured());
        QVERIFY(!config.problems.isEmpty());
    }

    void badIntervalsFallBack()
    {
        const KioskConfig config = KioskConfig::load(
            write("[directory]\nsync_interval_minutes=1\nlink_check_interval_hours=x\n"));
        QCOMPARE(config.directory.syncInterval, 60min);
        QCOMPARE(config.directory.linkCheckInterval, 24h);
        QCOMPARE(config.problems.size(), 2);
    }

    void binaryGarbageDoesNotCrash()
    {
        QByteArray garbage;
        for (int i = 0; i < 4096; ++i)
            garbage.append(char((i * 7919) % 256));
        const KioskConfig config = KioskConfig::load(write(garbage));
        QCOMPARE(config.idleTimeout, 90s);
        QCOMPARE(config.warningDuration, 30s);
    }

    void readsTheScheduleSection()
    {
        const KioskConfig config = KioskConfig::load(write(
            "[schedule]\n"
            "source=https://calendar.google.com/calendar/ical/lib%40group.calendar.google.com/"
            "public/basic.ics\n"
            "refresh_minutes=30\n"));
        QCOMPARE(config.schedule.source,
            u"https://calendar.google.com/calendar/ical/lib%40group.calendar.google.com/public/"
            "basic.ics"_s);
        QCOMPARE(config.schedule.refreshInterval, 30min);
        QVERIFY(config.schedule.syncConfigured());
        QVERIFY2(config.problems.isEmpty(), qPrintable(config.problems.join(u'\n')));
    }

    void learningFoldersDefaultToTheDataDir()
    {
        const KioskConfig config = KioskConfig::load(write("[library]\nname_en=Library\n"));
        QVERIFY(config.learning.materialsDir.isEmpty());
        QVERIFY(config.learning.guidesDir.isEmpty());
        QCOMPARE(config.learning.materialsPath(u"/var/lib/mist"_s),
            u"/var/lib/mist/learning/materials"_s);
        QCOMPARE(
            config.learning.guidesPath(u"/var/lib/mist"_s), u"/var/lib/mist/learning/guides"_s);
    }

    void readsTheLearningSection()
    {
        const KioskConfig config = KioskConfig::load(write("[learning]\n"
                                                           "materials_dir=/srv/course/pdf\n"
                                                           "guides_dir=guides/\n"));
        QCOMPARE(config.learning.materialsPath(u"/var/lib/mist"_s), u"/srv/course/pdf"_s);
        // Relative to the configuration file, like every other path in it.
        QCOMPARE(config.learning.guidesPath(u"/var/lib/mist"_s),
            QDir::cleanPath(m_dir.filePath(u"guides"_s)));
        // A folder that does not exist yet is the librarian's to fill, not a mistake.
        QVERIFY2(config.problems.isEmpty(), qPrintable(config.problems.join(u'\n')));
    }

    void readsTheCourseKeys()
    {
        const KioskConfig defaults = KioskConfig::load(write("[library]\nname_en=Library\n"));
        QCOMPARE(
            defaults.learning.coursePath(u"/var/lib/mist"_s), u"/var/lib/mist/learning/course"_s);
        QVERIFY(defaults.learning.coursePublicUrl.isEmpty());
        QVERIFY(!defaults.learning.trainerMode);
        const KioskConfig config
            = KioskConfig::load(write("[learning]\n"
                                      "course_dir=/srv/volyn-course\n"
                                      "course_public_url=https://course.example/egov\n"
                                      "trainer_mode=true\n"));
        QCOMPARE(config.learning.coursePath(u"/var/lib/mist"_s), u"/srv/volyn-course"_s);
        QCOMPARE(config.learning.coursePublicUrl, u"https://course.example/egov"_s);
        QVERIFY(config.learning.trainerMode);
        QVERIFY2(config.problems.isEmpty(), qPrintable(config.problems.join(u'\n')));
        const KioskConfig bad = KioskConfig::load(write("[learning]\n"
                                                        "course_public_url=http://plain.example\n"
                                                        "trainer_mode=perhaps\n"));
        QVERIFY(bad.learning.coursePublicUrl.isEmpty());
        QVERIFY(!bad.learning.trainerMode);
        QCOMPARE(bad.problems.size(), 2);
    }

    void usageRetentionDefaultsToAYear()
    {
        const KioskConfig config = KioskConfig::load(write("[library]\nname_en=Library\n"));
        QCOMPARE(config.usage.retentionDays, 365);
    }

    void readsUsageRetention()
    {
        const KioskConfig config = KioskConfig::load(write("[usage]\nretention_days=90\n"));
        QCOMPARE(config.usage.retentionDays, 90);
        QVERIFY2(config.problems.isEmpty(), qPrintable(config.problems.join(u'\n')));
    }

    void badUsageRetentionKeepsTheDefault_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("zero") << QByteArray("0");
        QTest::newRow("negative") << QByteArray("-5");
        QTest::newRow("over ten years") << QByteArray("3651");
        QTest::newRow("words") << QByteArray("a year");
    }

    void badUsageRetentionKeepsTheDefault()
    {
        QFETCH(QByteArray, value);
        const KioskConfig config
            = KioskConfig::load(write("[usage]\nretention_days=" + value + "\n"));
        QCOMPARE(config.usage.retentionDays, 365);
        QCOMPARE(config.problems.size(), 1);
        QVERIFY(config.problems.constFirst().startsWith(u"usage/retention_days"_s));
    }

    void noScheduleSectionMeansNoSync()
    {
        const KioskConfig config = KioskConfig::load(write("[library]\nname_en=Library\n"));
        QVERIFY(!config.schedule.syncConfigured());
        QCOMPARE(config.schedule.refreshInterval, 60min);
    }

    void scheduleSourceKinds_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<bool>("configured");
        QTest::addColumn<bool>("problem");
        QTest::newRow("webcal") << QByteArray("webcal://cloud.example.org/remote.php/dav/"
                                              "public-calendars/AbC?export")
                                << true << false;
        QTest::newRow("comma in the address")
            << QByteArray("https://example.org/cal?a=1,2") << true << false;
        QTest::newRow("http") << QByteArray("http://example.org/basic.ics") << false << true;
        QTest::newRow("ftp") << QByteArray("ftp://example.org/basic.ics") << false << true;
        QTest::newRow("password in the address")
            << QByteArray("https://user:secret@example.org/cal.ics") << false << true;
        QTest::newRow("missing file (kept: it may appear)")
            << QByteArray("no-such-calendar.ics") << true << true;
        QTest::newRow("empty") << QByteArray("") << false << false;
    }

    void scheduleSourceKinds()
    {
        QFETCH(QByteArray, source);
        QFETCH(bool, configured);
        QFETCH(bool, problem);
        const KioskConfig config = KioskConfig::load(write("[schedule]\nsource=" + source + "\n"));
        QCOMPARE(config.schedule.syncConfigured(), configured);
        QCOMPARE(!config.problems.isEmpty(), problem);
        for (const QString &line : config.problems)
            QVERIFY(!line.contains(u"secret"_s));
    }

    void scheduleFileIsRelativeToTheConfig()
    {
        const QString calendar = m_dir.filePath(u"trainings.ics"_s);
        QFile file(calendar);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("BEGIN:VCALENDAR\nEND:VCALENDAR\n");
        file.close();
        const KioskConfig config
            = KioskConfig::load(write("[schedule]\nsource=trainings.ics\nrefresh_minutes=1\n"));
        QCOMPARE(config.schedule.source, QFileInfo(calendar).absoluteFilePath());
        // 1 minute is below the minimum: the default stays.
        QCOMPARE(config.schedule.refreshInterval, 60min);
        QCOMPARE(config.problems.size(), 1);

        const KioskConfig fileUrl = KioskConfig::load(
            write("[schedule]\nsource=" + QUrl::fromLocalFile(calendar).toEncoded() + "\n"));
        QCOMPARE(fileUrl.schedule.source, QFileInfo(calendar).absoluteFilePath());
        QVERIFY(fileUrl.problems.isEmpty());
    }

    void printingDefaults()
    {
        const KioskConfig config = KioskConfig::load({});
        QVERIFY(config.printing.printer.isEmpty()); // the system default
        QVERIFY(config.printing.enabled());
        QCOMPARE(config.printing.pageLimit, 20);
        QVERIFY(!config.printing.holdForRelease);
        QVERIFY(config.printing.allowPortalDocuments);
    }

    void readsThePrintingSection()
    {
        const KioskConfig config = KioskConfig::load(write("[printing]\n"
                                                           "printer=ipp://192.0.2.7:631/ipp/print\n"
                                                           "page_limit=40\n"
                                                           "hold_for_release=true\n"
                                                           "allow_portal_documents=no\n"));
        QVERIFY2(config.problems.isEmpty(), qPrintable(config.problems.join(u'\n')));
        QCOMPARE(config.printing.printer, u"ipp://192.0.2.7:631/ipp/print"_s);
        QCOMPARE(config.printing.pageLimit, 40);
        QVERIFY(config.printing.holdForRelease);
        QVERIFY(!config.printing.allowPortalDocuments);
        QCOMPARE(KioskConfig::load(write("[printing]\nprinter=Library_Laser\n")).printing.printer,
            u"Library_Laser"_s);
        QVERIFY(!KioskConfig::load(write("[printing]\nprinter=none\n")).printing.enabled());
    }

    void badPrintingValuesKeepTheDefaults_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("http printer") << QByteArray("printer=http://printer.example/ipp");
        QTest::newRow("printer with password") << QByteArray("printer=ipp://u:p@host/ipp/print");
        QTest::newRow("name with a slash") << QByteArray("printer=lib/laser");
        QTest::newRow("page limit zero") << QByteArray("page_limit=0");
        QTest::newRow("page limit huge") << QByteArray("page_limit=100000");
        QTest::newRow("page limit text") << QByteArray("page_limit=twenty");
        QTest::newRow("hold maybe") << QByteArray("hold_for_release=maybe");
    }

    void badPrintingValuesKeepTheDefaults()
    {
        QFETCH(QByteArray, line);
        const KioskConfig config = KioskConfig::load(write("[printing]\n" + line + '\n'));
        QCOMPARE(config.problems.size(), 1);
        QVERIFY(config.printing.printer.isEmpty());
        QCOMPARE(config.printing.pageLimit, 20);
        QVERIFY(!config.printing.holdForRelease);
    }

    void readsTheScanningSection()
    {
        const KioskConfig defaults = KioskConfig::load({});
        QVERIFY(defaults.scanning.device.isEmpty()); // the first scanner SANE finds
        QVERIFY(defaults.scanning.enabled());
        QCOMPARE(defaults.scanning.maxUploadBytes(), 5 * 1024 * 1024);
        const KioskConfig config = KioskConfig::load(
            write("[scanning]\ndevice=genesys:libusb:001:004\nmax_upload_mb=2.5\n"));
        QVERIFY2(config.problems.isEmpty(), qPrintable(config.problems.join(u'\n')));
        QCOMPARE(config.scanning.device, u"genesys:libusb:001:004"_s);
        QCOMPARE(config.scanning.maxUploadBytes(), qint64(2.5 * 1024 * 1024));
        QVERIFY(!KioskConfig::load(write("[scanning]\ndevice=none\n")).scanning.enabled());
        for (const QByteArray bad :
            {"max_upload_mb=0", "max_upload_mb=five", "max_upload_mb=1000"}) {
            const KioskConfig refused = KioskConfig::load(write("[scanning]\n" + bad + '\n'));
            QCOMPARE(refused.problems.size(), 1);
            QCOMPARE(refused.scanning.maxUploadMb, 5.0);
        }
    }

    // [session] warm_browser: on unless switched off; a value that is not a yes or no is
    // refused and the default kept.
    void readsWarmBrowser()
    {
        QVERIFY(KioskConfig::load({}).warmBrowser);
        const KioskConfig off = KioskConfig::load(write("[session]\nwarm_browser=false\n"));
        QVERIFY2(off.problems.isEmpty(), qPrintable(off.problems.join(u'\n')));
        QVERIFY(!off.warmBrowser);
        const KioskConfig bad = KioskConfig::load(write("[session]\nwarm_browser=sometimes\n"));
        QCOMPARE(bad.problems.size(), 1);
        QVERIFY(bad.warmBrowser);
    }

    void speechDefaults()
    {
        const KioskConfig config = KioskConfig::load({});
        QVERIFY(config.speech.voice.isEmpty()); // the best voice there is
        QVERIFY(config.speech.rate < 0); // a little slower than the synthesizer's normal
        QVERIFY(config.speech.rate >= -0.3);
        QCOMPARE(config.speech.volume, 1.0);
        QVERIFY(config.speech.longPress);
    }

    void readsTheSpeechSection()
    {
        const KioskConfig config = KioskConfig::load(write("[speech]\n"
                                                           "voice=Natalia\n"
                                                           "rate=0.25\n"
                                                           "volume=0.6\n"
                                                           "long_press=false\n"));
        QVERIFY2(config.problems.isEmpty(), qPrintable(config.problems.join(u'\n')));
        QCOMPARE(config.speech.voice, u"Natalia"_s);
        QCOMPARE(config.speech.rate, 0.25);
        QCOMPARE(config.speech.volume, 0.6);
        QVERIFY(!config.speech.longPress);
        // espeak-ng's names have commas and brackets; QSettings splits at commas.
        QCOMPARE(KioskConfig::load(write("[speech]\nvoice=English (America, New York City)\n"))
                     .speech.voice,
            u"English (America, New York City)"_s);
        QCOMPARE(KioskConfig::load(write("[speech]\nrate=-1\n")).speech.rate, -1.0);
    }

    void badSpeechValuesKeepTheDefaults_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("rate too fast") << QByteArray("rate=1.5");
        QTest::newRow("rate too slow") << QByteArray("rate=-2");
        QTest::newRow("rate text") << QByteArray("rate=slow");
        QTest::newRow("rate nan") << QByteArray("rate=nan");
        QTest::newRow("volume above one") << QByteArray("volume=2");
        QTest::newRow("volume negative") << QByteArray("volume=-0.1");
        QTest::newRow("long press maybe") << QByteArray("long_press=maybe");
        QTest::newRow("voice too long") << "voice=" + QByteArray(101, 'a');
    }

    void badSpeechValuesKeepTheDefaults()
    {
        QFETCH(QByteArray, line);
        const KioskConfig config = KioskConfig::load(write("[speech]\n" + line + '\n'));
        QCOMPARE(config.problems.size(), 1);
        const KioskConfig::Speech defaults;
        QCOMPARE(config.speech.voice, defaults.voice);
        QCOMPARE(config.speech.rate, defaults.rate);
        QCOMPARE(config.speech.volume, defaults.volume);
        QCOMPARE(config.speech.longPress, defaults.longPress);
    }
};

QTEST_GUILESS_MAIN(TestKioskConfig)
#include "tst_kioskconfig.moc"
