// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Runs the tst_*.qml screen flows against the real Mist module. Time comes from a ManualClock
// that the QML tests move forward (TestClock.advance(ms)), so a 90 s idle period takes no time.

#include "admin/librarianmode.h"
#include "admin/pinstore.h"
#include "admin/settingsstore.h"
#include "config/kioskconfig.h"
#include "core/clock.h"
#include "course/courselibrary.h"
#include "course/courseloader.h"
#include "course/courseprogress.h"
#include "directory/directoryupdater.h"
#include "foreignservices.h"
#include "ippeveprinterfixture.h"
#include "learning/guidelibrary.h"
#include "learning/materialslibrary.h"
#include "library/libraryprofile.h"
#include "net/curlhttpclient.h"
#include "offlinenetwork.h"
#include "preferences.h"
#include "printing/plainpdf.h"
#include "qrimageprovider.h"
#include "readaloud.h"
#include "sanetestbackend.h"
#include "scanning/scanservice.h"
#include "scanpageprovider.h"
#include "schedule/scheduleupdater.h"
#include "session/sessioncontroller.h"
#include "usage/usagerecorder.h"
#include "usage/usagestore.h"
#include "usage/usagewriter.h"
#include "webengineloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

#include <limits>
#include <memory>

Q_IMPORT_QML_PLUGIN(MistPlugin)

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

// What the screens wrote to the usage log, for the QML tests (TestUsage.events()): one
// "type subject" line per event of the whole run, read back from the SQLite file.
class UsageProbe : public QObject
{
    Q_OBJECT

public:
    UsageProbe(Mist::UsageWriter *writer, Mist::UsageRecorder *recorder, QString dataDir)
        : m_writer(writer)
        , m_recorder(recorder)
        , m_dataDir(std::move(dataDir))
    { }

    Q_INVOKABLE QStringList events() const
    {
        m_writer->flush();
        if (!m_writer->waitForCommitted(m_recorder->lastTicket(), 5s))
            qWarning("UsageProbe: the writer did not commit in time");
        Mist::UsageStore store(m_dataDir);
        QStringList lines;
        if (!store.open())
            return lines;
        auto cursor = store.events(0, std::numeric_limits<qint64>::max());
        Mist::UsageEvent event;
        while (cursor.next(&event))
            lines << QString(event.typeName() + u' ' + event.subject).trimmed();
        return lines;
    }

private:
    Mist::UsageWriter *m_writer;
    Mist::UsageRecorder *m_recorder;
    QString m_dataDir;
};

// Librarian mode's PIN for the QML tests (TestAdmin.setPin("123456"), TestAdmin.removePin()),
// as `mistctl admin set-pin` would set it, through the same PinStore.
class AdminProbe : public QObject
{
    Q_OBJECT

public:
    AdminProbe(Mist::PinStore *pins, QString dataDir)
        : m_pins(pins)
        , m_dataDir(std::move(dataDir))
    { }

    Q_INVOKABLE bool setPin(const QString &pin) { return m_pins->setPin(pin); }
    Q_INVOKABLE bool removePin() { return QFile::remove(m_pins->pinPath()) || true; }
    Q_INVOKABLE bool unlock() { return m_pins->unlock(); }

    // A fake mount root for "Reports to a USB stick" (UsbReports.mountRoot): its proc/mounts and
    // sys/block say a removable stick "STICK" is mounted at /media/mist/STICK, read-write (kind
    // "rw") or read-only ("ro"); "none": only the system disk. Returns the root.
    Q_INVOKABLE QString makeMountRoot(const QString &kind)
    {
        const QString root = m_mountRoots.path() + u"/root"_s + QString::number(++m_rootCount);
        QDir().mkpath(root + u"/proc"_s);
        QDir().mkpath(root + u"/sys/block/sda/sda1"_s);
        QDir().mkpath(root + u"/sys/block/sdb/sdb1"_s);
        QDir().mkpath(root + u"/media/mist/STICK"_s);
        QByteArray mounts = "/dev/sda1 / ext4 rw,relatime 0 0\n";
        if (kind == "rw"_L1 || kind == "ro"_L1)
            mounts += "/dev/sdb1 /media/mist/STICK vfat " + kind.toLatin1() + ",nosuid 0 0\n";
        const auto write = [](const QString &path, const QByteArray &data) {
            QFile file(path);
            return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
        };
        if (!write(root + u"/proc/mounts"_s, mounts)
            || !write(root + u"/sys/block/sda/removable"_s, "0\n")
            || !write(root + u"/sys/block/sdb/removable"_s, "1\n"))
            return {};
        return root;
    }
    // The files in the stick's Mist folder, by name.
    Q_INVOKABLE QStringList stickFiles(const QString &root) const
    {
        return QDir(root + u"/media/mist/STICK/Mist"_s)
            .entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    }
    // The first bytes of a file on the stick, in hex ("efbbbf..." for a UTF-8 BOM).
    Q_INVOKABLE QString stickFileStart(const QString &root, const QString &name, int bytes) const
    {
        QFile file(root + u"/media/mist/STICK/Mist/"_s + name);
        return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.read(bytes).toHex())
                                              : QString();
    }

private:
    Mist::PinStore *m_pins;
    QString m_dataDir;
    QTemporaryDir m_mountRoots;
    int m_rootCount = 0;
};

// The machine's voices for the QML tests, never a speech engine: TestSpeech.giveVoices() gives
// ReadAloud espeak-ng's Ukrainian and English, as a kiosk has them after its first visit (the
// bar's "Read aloud" shows); forgetVoices() leaves it none (hidden). Nothing is spoken: a test
// that gives voices does not press the button.
class SpeechProbe : public QObject
{
    Q_OBJECT

public:
    explicit SpeechProbe(Mist::ReadAloud *readAloud)
        : m_readAloud(readAloud)
    { }

    Q_INVOKABLE void giveVoices()
    {
        m_readAloud->setVoices({{u"Ukrainian"_s, u"uk"_s, u"espeak-ng"_s},
            {u"English (Great Britain)"_s, u"en-GB"_s, u"espeak-ng"_s}});
    }
    Q_INVOKABLE void forgetVoices() { m_readAloud->setVoices({}); }

private:
    Mist::ReadAloud *m_readAloud;
};

// The visit's documents and the library's printer for the QML tests: TestDocuments.add(pages,
// title, link) puts a PDF of that many numbered pages in the tray as a portal would;
// TestDocuments.startPrinter(pageLimit) starts a real ippeveprinter on 127.0.0.1
// (tests/support) and points the PrintDesk at it; printedDocuments() counts what it received.
class DocumentsProbe : public QObject
{
    Q_OBJECT

public:
    DocumentsProbe(Mist::DocumentTray *tray, Mist::PrintDesk *desk)
        : m_tray(tray)
        , m_desk(desk)
    { }

    Q_INVOKABLE QString add(int pages, const QString &title, const QString &link)
    {
        QString id;
        m_tray->add(Mist::PlainPdf::numberedPages(pages), title,
            Mist::DocumentTray::Origin::Download, link, &id);
        return id;
    }
    // The tool the test printer needs and this machine lacks, or "" (the test is then skipped).
    Q_INVOKABLE QString printerMissing() const
    {
        QString missing;
        return MistTest::IppEvePrinter::available(&missing) ? QString() : missing;
    }
    // "" when the printer runs, else why it does not (the test fails).
    Q_INVOKABLE QString startPrinter(int pageLimit)
    {
        if (m_printer && m_printerStopped) {
            if (!m_printer->start())
                return m_printer->errorString();
            m_printerStopped = false;
        }
        if (!m_printer) {
            m_printer = std::make_unique<MistTest::IppEvePrinter>();
            if (!m_printer->start()) {
                const QString error = m_printer->errorString();
                m_printer.reset();
                return error;
            }
        }
        Mist::KioskConfig::Printing printing;
        printing.printer = m_printer->uri();
        printing.pageLimit = pageLimit;
        m_desk->setSettings(printing);
        m_desk->setPollInterval(200ms);
        return {};
    }
    // The printer goes away (switched off); startPrinter() brings it back.
    Q_INVOKABLE void stopPrinter()
    {
        if (m_printer) {
            m_printer->stopPrinter();
            m_printerStopped = true;
        }
    }
    Q_INVOKABLE int printedDocuments() const
    {
        return m_printer ? int(m_printer->spoolFiles().size()) : 0;
    }

private:
    Mist::DocumentTray *m_tray;
    Mist::PrintDesk *m_desk;
    std::unique_ptr<MistTest::IppEvePrinter> m_printer;
    bool m_printerStopped = false;
};

class Setup : public QObject
{
    Q_OBJECT

public:
    // As in kiosk/main.cpp, before the application is made: the input method, and Qt
    // WebEngine's set-up ("Open here" starts the real kiosk browser). Every browser request goes
    // to a closed port on loopback, so a portal's real address is never contacted; no sandbox
    // as root.
    Setup()
    {
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
        Mist::WebEngineLoader::prepareBeforeApplication("--proxy-server=127.0.0.1:9");
        Mist::WebEngineLoader::addSearchDirectory(QStringLiteral(MIST_WEBENGINE_BUILD_DIR));
    }

public Q_SLOTS:
    // The services need an application object, so they are made here rather than in the
    // constructor. Wired as in kiosk/main.cpp.
    void applicationAvailable()
    {
        m_clock = std::make_unique<Mist::ManualClock>();
        m_session = std::make_unique<Mist::SessionController>(m_clock.get(), 90s, 30s);
        m_library = std::make_unique<Mist::LibraryProfile>();
        m_library->setNames(u"Луцька міська бібліотека"_s, u"Lutsk City Library"_s);
        m_preferences = std::make_unique<Mist::Preferences>(m_session.get());
        Mist::SessionForeign::provide(m_session.get());
        // The screens report what citizens do, into a real log in the throw-away data dir.
        m_usageWriter
            = std::make_unique<Mist::UsageWriter>(m_dataDir.path(), Mist::UsageWriter::Settings());
        m_usageWriter->start();
        m_usage = std::make_unique<Mist::UsageRecorder>(
            m_usageWriter.get(), m_session.get(), u"test"_s);
        // Events are stamped on the schedule's fixed day (below), moved by the test clock, so a
        // training recorded on the librarian's screen falls in the month the screen lists.
        m_usage->setTimeSource([this] {
            return QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch()
                + m_clock->nowMs();
        });
        Mist::UsageForeign::provide(m_usage.get());
        m_usageProbe
            = std::make_unique<UsageProbe>(m_usageWriter.get(), m_usage.get(), m_dataDir.path());
        qmlRegisterSingletonInstance("MistTest", 1, 0, "TestUsage", m_usageProbe.get());
        Mist::LibraryForeign::provide(m_library.get());
        Mist::Preferences::provide(m_preferences.get());
        // Read aloud with its voices unknown (no speech-dispatcher is asked): not available, as
        // on a kiosk before its first visit. A test that needs it gives voices (TestSpeech).
        m_readAloud = std::make_unique<Mist::ReadAloud>(
            m_preferences.get(), m_session.get(), Mist::KioskConfig::Speech());
        Mist::ReadAloud::provide(m_readAloud.get());
        m_speechProbe = std::make_unique<SpeechProbe>(m_readAloud.get());
        qmlRegisterSingletonInstance("MistTest", 1, 0, "TestSpeech", m_speechProbe.get());
        // The bundled starter directory, from a store in a throw-away data dir.
        m_directory = std::make_unique<Mist::DirectoryUpdater>(
            m_dataDir.path(), Mist::KioskConfig::Directory(), *m_clock);
        m_directory->open();
        Mist::DirectoryForeign::provide(&m_directory->directory());
        // The librarian's portals: a new address is checked live, and every name a test uses
        // answers from a closed port on loopback, so a check never leaves the machine and
        // always ends with "did not answer".
        qputenv("no_proxy", "*");
        Mist::HttpClientOptions checkOptions;
        checkOptions.resolve = {QByteArrayLiteral("cnap.lutsk-hromada.test:443:127.0.0.1"),
            QByteArrayLiteral("cnap.lutsk-hromada.test:80:127.0.0.1")};
        m_addressClient = std::make_unique<Mist::CurlHttpClient>(checkOptions);
        m_directory->localPortals()->setAddressClient(m_addressClient.get());
        m_directory->localPortals()->setEventSink(
            [this](Mist::UsageEvent::Type type, const QString &subject,
                std::optional<qint64> value) { m_usage->adminEvent(type, subject, value); });
        Mist::LocalPortalsForeign::provide(m_directory->localPortals());
        Mist::DirectoryServiceForeign::provide(m_directory.get());
        // The sample schedule at a fixed "now" (1 December 2026, 10:00 Kyiv), the bundled guides
        // and the test PDFs of tests/data/learning as course materials.
        m_schedule = std::make_unique<Mist::ScheduleUpdater>(
            m_dataDir.path(), Mist::KioskConfig::Schedule(), *m_clock);
        m_schedule->open();
        m_schedule->model().setUtcClock(
            [] { return QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC); });
        m_schedule->model().refresh();
        Mist::ScheduleForeign::provide(&m_schedule->model());
        m_guides = std::make_unique<Mist::GuideLibrary>(QString());
        Mist::GuidesForeign::provide(m_guides.get());
        m_materials = std::make_unique<Mist::MaterialsLibrary>(
            QStringLiteral(QUICK_TEST_SOURCE_DIR "/../data/learning"));
        Mist::MaterialsForeign::provide(m_materials.get());
        // The bundled course, with the public online version set so the "continue on your
        // phone" QR code shows, and the trainer's entry on; progress tied to the real session.
        m_course = std::make_unique<Mist::CourseLibrary>();
        m_course->setTrainerMode(true);
        m_course->setPublicUrl(u"https://course.example.org/egov"_s);
        m_course->load(Mist::CourseLoader::bundledDir.toString(), QString());
        Mist::CourseForeign::provide(m_course.get());
        m_courseProgress = std::make_unique<Mist::CourseProgress>(m_session.get());
        Mist::CourseProgressForeign::provide(m_courseProgress.get());
        // This visit's document tray, wiped by the real session's end.
        m_documents = std::make_unique<Mist::DocumentTray>();
        m_documents->setSession(m_session.get());
        m_documents->setPortalDocumentsAllowed(Mist::KioskConfig::Printing().allowPortalDocuments);
        Mist::DocumentsForeign::provide(m_documents.get());
        // The print desk: no printer until a test starts one (TestDocuments.startPrinter).
        Mist::KioskConfig::Printing noPrinter;
        noPrinter.printer = u"none"_s;
        m_printDesk = std::make_unique<Mist::PrintDesk>(
            noPrinter, m_documents.get(), m_usage.get(), m_session.get());
        Mist::PrintDeskForeign::provide(m_printDesk.get());
        // The scanner: SANE's own virtual scanner (test:0) through a private SANE_CONFIG_DIR.
        m_scanner = std::make_unique<Mist::ScanService>(u"test:0"_s, m_session.get());
        m_scanDesk = std::make_unique<Mist::ScanDesk>(m_scanner.get(), m_documents.get(),
            m_usage.get(), Mist::KioskConfig::Scanning(), m_session.get());
        Mist::ScanDeskForeign::provide(m_scanDesk.get());
        m_documentsProbe = std::make_unique<DocumentsProbe>(m_documents.get(), m_printDesk.get());
        qmlRegisterSingletonInstance("MistTest", 1, 0, "TestDocuments", m_documentsProbe.get());
        // Librarian mode, with its settings and PIN in the throw-away data dir.
        m_settings = std::make_unique<Mist::SettingsStore>(m_dataDir.path(), QString());
        Mist::SettingsForeign::provide(m_settings.get());
        QObject::connect(m_settings.get(), &Mist::SettingsStore::changed, m_library.get(), [this] {
            m_settings->applyTo(*m_library);
            m_session->setDurations(
                std::chrono::seconds(m_settings->intValue(Mist::SettingsStore::idleTimeout)),
                std::chrono::seconds(m_settings->intValue(Mist::SettingsStore::warningSeconds)));
        });
        m_pins = std::make_unique<Mist::PinStore>(m_dataDir.path(), *m_clock);
        m_librarian
            = std::make_unique<Mist::LibrarianMode>(m_pins.get(), m_session.get(), m_clock.get());
        Mist::LibrarianForeign::provide(m_librarian.get());
        m_adminProbe = std::make_unique<AdminProbe>(m_pins.get(), m_dataDir.path());
        qmlRegisterSingletonInstance("MistTest", 1, 0, "TestAdmin", m_adminProbe.get());
        QCoreApplication::instance()->installEventFilter(m_session.get());
        QCoreApplication::instance()->installEventFilter(m_librarian.get());
        // Registered once for the process; every test file's engine sees the same clock.
        qmlRegisterSingletonInstance("MistTest", 1, 0, "TestClock", m_clock.get());
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        Mist::OfflineNetworkFactory::install(engine);
        engine->addImportPath(u"qrc:/"_s);
        engine->addImageProvider(
            QString::fromLatin1(Mist::QrImageProvider::name), new Mist::QrImageProvider);
        engine->addImageProvider(QString::fromLatin1(Mist::ScanPageProvider::name),
            new Mist::ScanPageProvider(m_scanDesk.get()));
        m_preferences->setEngine(engine);
    }

    void cleanupTestCase()
    {
        QCoreApplication::instance()->removeEventFilter(m_session.get());
        QCoreApplication::instance()->removeEventFilter(m_librarian.get());
        m_preferences->setEngine(nullptr);
    }

private:
    QTemporaryDir m_dataDir; // first made, last gone: the stores in it close before it goes
    std::unique_ptr<Mist::ManualClock> m_clock;
    std::unique_ptr<Mist::SessionController> m_session;
    std::unique_ptr<Mist::LibraryProfile> m_library;
    std::unique_ptr<Mist::Preferences> m_preferences;
    std::unique_ptr<Mist::ReadAloud> m_readAloud;
    std::unique_ptr<SpeechProbe> m_speechProbe;
    std::unique_ptr<Mist::UsageWriter> m_usageWriter;
    std::unique_ptr<Mist::UsageRecorder> m_usage;
    std::unique_ptr<UsageProbe> m_usageProbe;
    std::unique_ptr<Mist::CurlHttpClient> m_addressClient; // outlives m_directory
    std::unique_ptr<Mist::DirectoryUpdater> m_directory;
    std::unique_ptr<Mist::ScheduleUpdater> m_schedule;
    std::unique_ptr<Mist::GuideLibrary> m_guides;
    std::unique_ptr<Mist::MaterialsLibrary> m_materials;
    std::unique_ptr<Mist::CourseLibrary> m_course;
    std::unique_ptr<Mist::CourseProgress> m_courseProgress;
    std::unique_ptr<Mist::DocumentTray> m_documents;
    std::unique_ptr<Mist::PrintDesk> m_printDesk;
    MistTest::SaneTestBackend m_sane;
    std::unique_ptr<Mist::ScanService> m_scanner;
    std::unique_ptr<Mist::ScanDesk> m_scanDesk;
    std::unique_ptr<DocumentsProbe> m_documentsProbe;
    std::unique_ptr<Mist::SettingsStore> m_settings;
    std::unique_ptr<Mist::PinStore> m_pins;
    std::unique_ptr<Mist::LibrarianMode> m_librarian;
    std::unique_ptr<AdminProbe> m_adminProbe;
};

QUICK_TEST_MAIN_WITH_SETUP(mist_quick, Setup)

#include "tst_quick.moc"
