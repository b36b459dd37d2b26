// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// SettingsStore: configuration file over data dir over default, validation with KioskConfig's
// limits, atomic saves (a failed save changes nothing), reload, admin_change events by key.

#include "admin/settingsstore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mist;

namespace {

QString writeConfig(const QTemporaryDir &dir, const QByteArray &text)
{
    const QString path = dir.filePath(u"mist.conf"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text);
    return path;
}

} // namespace

class TestSettingsStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults()
    {
        QTemporaryDir dir;
        SettingsStore store(dir.path(), {});
        QCOMPARE(store.value(SettingsStore::idleTimeout), u"90"_s);
        QCOMPARE(store.value(SettingsStore::warningSeconds), u"30"_s);
        QCOMPARE(store.value(SettingsStore::textSize), u"100"_s);
        QCOMPARE(store.value(SettingsStore::languages), u"uk,en"_s);
        QCOMPARE(store.source(SettingsStore::idleTimeout), SettingsStore::Source::Default);
        QCOMPARE(store.list().size(), size_t(SettingsStore::keys().size()));
    }

    void precedence()
    {
        QTemporaryDir dir;
        const QString config = writeConfig(dir,
            "[session]\nidle_timeout=120\nwarning_seconds=5\n[library]\nname_uk=Луцька "
            "бібліотека\n");
        {
            SettingsStore store(dir.path(), config);
            // The file fixes idle_timeout and the Ukrainian name; warning_seconds=5 is out of range
            // there, so it does not fix the key.
            QCOMPARE(store.value(SettingsStore::idleTimeout), u"120"_s);
            QVERIFY(store.isFixed(SettingsStore::idleTimeout));
            QVERIFY(store.isFixed(SettingsStore::libraryNameUk));
            QVERIFY(!store.isFixed(SettingsStore::warningSeconds));
            QCOMPARE(store.set(SettingsStore::idleTimeout, u"200"_s),
                SettingsStore::Problem::FixedByAdmin);
            QCOMPARE(store.value(SettingsStore::idleTimeout), u"120"_s);
            QCOMPARE(
                store.set(SettingsStore::warningSeconds, u"45"_s), SettingsStore::Problem::None);
            QCOMPARE(store.source(SettingsStore::warningSeconds), SettingsStore::Source::DataDir);
            QCOMPARE(store.set(SettingsStore::textSize, u"125"_s), SettingsStore::Problem::None);
        }
        // A new store (a restart) reads the data dir's values back.
        SettingsStore again(dir.path(), config);
        QCOMPARE(again.value(SettingsStore::warningSeconds), u"45"_s);
        QCOMPARE(again.value(SettingsStore::textSize), u"125"_s);
        KioskConfig applied;
        again.applyTo(applied);
        QCOMPARE(applied.idleTimeout.count(), 120);
        QCOMPARE(applied.warningDuration.count(), 45);
        QCOMPARE(applied.libraryNameUk, u"Луцька бібліотека"_s);
        // Without the configuration file, nothing is fixed.
        SettingsStore unfixed(dir.path(), {});
        QCOMPARE(unfixed.value(SettingsStore::idleTimeout), u"90"_s);
        QVERIFY(!unfixed.isFixed(SettingsStore::idleTimeout));
    }

    void validation_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<SettingsStore::Problem>("problem");
        using P = SettingsStore::Problem;
        QTest::newRow("idle low") << SettingsStore::idleTimeout << u"29"_s << P::OutOfRange;
        QTest::newRow("idle min") << SettingsStore::idleTimeout << u"30"_s << P::None;
        QTest::newRow("idle max") << SettingsStore::idleTimeout << u"3600"_s << P::None;
        QTest::newRow("idle high") << SettingsStore::idleTimeout << u"3601"_s << P::OutOfRange;
        QTest::newRow("idle text") << SettingsStore::idleTimeout << u"soon"_s << P::NotANumber;
        QTest::newRow("warning low") << SettingsStore::warningSeconds << u"19"_s << P::OutOfRange;
        QTest::newRow("warning max") << SettingsStore::warningSeconds << u"300"_s << P::None;
        QTest::newRow("text 150") << SettingsStore::textSize << u"150"_s << P::None;
        QTest::newRow("text 130") << SettingsStore::textSize << u"130"_s << P::BadChoice;
        QTest::newRow("uk only") << SettingsStore::languages << u"uk"_s << P::None;
        QTest::newRow("en only") << SettingsStore::languages << u"en"_s << P::BadChoice;
        QTest::newRow("empty name") << SettingsStore::libraryNameUk << u"  "_s << P::Empty;
        QTest::newRow("long name")
            << SettingsStore::libraryNameEn << QString(121, u'a') << P::TooLong;
        QTest::newRow("http calendar")
            << SettingsStore::scheduleSource << u"http://example.org/a.ics"_s << P::NotHttps;
        QTest::newRow("https calendar")
            << SettingsStore::scheduleSource << u"https://example.org/a.ics"_s << P::None;
        QTest::newRow("unknown") << u"session/nonsense"_s << u"1"_s << P::UnknownKey;
    }

    void validation()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(SettingsStore::Problem, problem);
        QCOMPARE(SettingsStore::validate(key, value), problem);
        QTemporaryDir dir;
        SettingsStore store(dir.path(), {});
        const QString before = store.value(key);
        QCOMPARE(store.set(key, value), problem);
        if (problem != SettingsStore::Problem::None)
            QCOMPARE(store.value(key), before);
    }

    // A calendar file must be there and readable when it is chosen; the check is on a save
    // only, so a file that is away for a while does not lose the stored choice.
    void calendarFileMustBeReadable()
    {
        QTemporaryDir dir;
        SettingsStore store(dir.path(), {});
        const QString missing = dir.filePath(u"missing.ics"_s);
        QCOMPARE(SettingsStore::validate(SettingsStore::scheduleSource, missing),
            SettingsStore::Problem::None);
        QCOMPARE(store.set(SettingsStore::scheduleSource, missing),
            SettingsStore::Problem::FileNotReadable);
        QCOMPARE(store.value(SettingsStore::scheduleSource), QString());
        QVERIFY(QDir(dir.path()).mkdir(u"folder.ics"_s)); // not a file
        QCOMPARE(store.set(SettingsStore::scheduleSource, dir.filePath(u"folder.ics"_s)),
            SettingsStore::Problem::FileNotReadable);

        QFile file(dir.filePath(u"trainings.ics"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
        file.close();
        QCOMPARE(store.set(SettingsStore::scheduleSource, file.fileName()),
            SettingsStore::Problem::None);
        QCOMPARE(store.value(SettingsStore::scheduleSource), file.fileName());
        QVERIFY(file.remove());
        SettingsStore again(dir.path(), {});
        QCOMPARE(again.value(SettingsStore::scheduleSource), file.fileName());
    }

    void atomicSaveAndEvents()
    {
        QTemporaryDir dir;
        SettingsStore store(dir.path(), {});
        QStringList events;
        store.setEventSink([&](UsageEvent::Type type, const QString &subject, auto) {
            QCOMPARE(type, UsageEvent::Type::AdminChange);
            events << subject;
        });
        QSignalSpy changed(&store, &SettingsStore::changed);
        QCOMPARE(store.setMany({{SettingsStore::idleTimeout, u"60"_s},
                     {SettingsStore::libraryAddress, u"вул. Лесі Українки, 1"_s}}),
            SettingsStore::Problem::None);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(events,
            (QStringList {SettingsStore::libraryAddress, SettingsStore::idleTimeout})); // by key
        // All or none: one bad value keeps the good one out too.
        QString failed;
        QCOMPARE(store.setMany({{SettingsStore::idleTimeout, u"70"_s},
                                   {SettingsStore::warningSeconds, u"1"_s}},
                     &failed),
            SettingsStore::Problem::OutOfRange);
        QCOMPARE(failed, SettingsStore::warningSeconds);
        QCOMPARE(store.value(SettingsStore::idleTimeout), u"60"_s);
        // A save that cannot be written (settings.json is in the way as a folder) changes
        // nothing in memory.
        QTemporaryDir blocked;
        QVERIFY(QDir(blocked.path()).mkdir(u"settings.json"_s));
        SettingsStore stuck(blocked.path(), {});
        QCOMPARE(
            stuck.set(SettingsStore::idleTimeout, u"80"_s), SettingsStore::Problem::StorageError);
        QCOMPARE(stuck.value(SettingsStore::idleTimeout), u"90"_s);
        QCOMPARE(stuck.source(SettingsStore::idleTimeout), SettingsStore::Source::Default);
        // No temporary file is left beside it.
        QCOMPARE(QDir(blocked.path()).entryList(QDir::Files), QStringList());
    }

    void damagedFileKeepsDefaults()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"settings.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"session/idle_timeout\": \"5\", \"display/text_size\": \"150\"");
        file.close();
        SettingsStore store(dir.path(), {});
        QCOMPARE(store.value(SettingsStore::idleTimeout), u"90"_s);
        QCOMPARE(store.value(SettingsStore::textSize), u"100"_s);
    }

    void reloadSeesMistctl()
    {
        QTemporaryDir dir;
        SettingsStore kiosk(dir.path(), {});
        SettingsStore ctl(dir.path(), {});
        QSignalSpy changed(&kiosk, &SettingsStore::changed);
        QCOMPARE(
            ctl.set(SettingsStore::libraryHours, u"Пн-Пт 9-18"_s), SettingsStore::Problem::None);
        kiosk.reload();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(kiosk.value(SettingsStore::libraryHours), u"Пн-Пт 9-18"_s);
    }
};

QTEST_GUILESS_MAIN(TestSettingsStore)
#include "tst_settingsstore.moc"
