// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// mist-kiosk: builds the services, wires them together, and hands them to the QML UI.
// This is the one place where the parts of the kiosk meet.

#include "admin/librarianmode.h"
#include "admin/pinstore.h"
#include "admin/settingsstore.h"
#include "api/staffapi.h"
#include "config/kioskconfig.h"
#include "core/clock.h"
#include "core/logging.h"
#include "course/courselibrary.h"
#include "course/courseloader.h"
#include "course/courseprogress.h"
#include "directory/directoryupdater.h"
#include "documents/sessionscratch.h"
#include "foreignservices.h"
#include "kioskoptions.h"
#include "layoutcheck.h"
#include "learning/guidelibrary.h"
#include "learning/materialslibrary.h"
#include "library/libraryprofile.h"
#include "net/curlhttpclient.h"
#include "offlinenetwork.h"
#include "portalbrowser.h"
#include "preferences.h"
#include "qrimageprovider.h"
#include "readaloud.h"
#include "sampledocuments.h"
#include "scanning/scanservice.h"
#include "scanpageprovider.h"
#include "schedule/scheduleupdater.h"
#include "screencatalog.h"
#include "screenshot.h"
#include "session/heaptrimmer.h"
#include "session/restartguard.h"
#include "session/sessioncontroller.h"
#include "speechtext.h"
#include "systemdnotifier.h"
#include "usage/kioskidentity.h"
#include "usage/usagerecorder.h"
#include "usage/usagewriter.h"
#include "webengineloader.h"
#include "windowfitter.h"

#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>

#include <csignal>
#include <cstdio>
#include <future>
#include <memory>

Q_IMPORT_QML_PLUGIN(MistPlugin)

using namespace Qt::StringLiterals;
using namespace Mist;

namespace {

QStringList rawArguments(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

QString prepareDataDir(const QString &requested)
{
    const QString dir = requested.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        : requested;
    if (!QDir().mkpath(dir))
        qCWarning(lcApp).noquote()
            << "cannot create the data directory" << dir << "; running without saved data";
    return dir;
}

QQuickWindow *loadWindow(QQmlApplicationEngine &engine, const QUrl &url)
{
    engine.load(url);
    return engine.rootObjects().isEmpty()
        ? nullptr
        : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
}

// The resting kiosk (RestartGuard said rest, or a screenshot of the "resting" screen): the
// resting window and nothing else: no database is opened, no browser loaded, no session, no
// network. Under systemd it is READY and pings the watchdog like the kiosk; after backoff it
// exits cleanly and systemd (Restart=always) starts a normal kiosk again.
int runResting(const KioskOptions &options, const KioskConfig &config, std::chrono::seconds backoff)
{
    Preferences preferences(nullptr);
    if (options.wantsScreenshot()) {
        preferences.setLanguage(options.language);
        preferences.setHighContrast(options.highContrast);
        preferences.setReducedMotion(options.reducedMotion);
        preferences.setTextScale(options.textScale);
    }
    Preferences::provide(&preferences);
    QQmlApplicationEngine engine;
    preferences.setEngine(&engine);
    engine.addImportPath(u"qrc:/"_s);
    QQuickWindow *window = loadWindow(engine, QUrl(u"qrc:/Mist/shell/RestingWindow.qml"_s));
    if (!window) {
        qCCritical(lcApp) << "the resting screen failed to load";
        return 1;
    }
    if (options.wantsScreenshot()) {
        ManualClock clock;
        SessionController session(&clock, config.idleTimeout, config.warningDuration);
        if (options.checkLayout)
            return runLayoutCheck(*window, options, clock, session, preferences, nullptr);
        if (options.speechText)
            return printSpeechText(*window, options, clock, session);
        return renderScreenshot(*window, options, clock, session);
    }
    if (options.windowed)
        window->show();
    else
        window->showFullScreen();
    const SystemdNotifier systemd;
    QTimer::singleShot(backoff, QCoreApplication::instance(), [] {
        qCInfo(lcApp) << "the rest is over: exiting for a normal start";
        QCoreApplication::quit();
    });
    return QGuiApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    // A peer that went away (a portal's server, the staff API's client, CUPS, the speech
    // daemon, the scan helper) gives a failed write, never a SIGPIPE that ends the program:
    // not every library under Mist sends with MSG_NOSIGNAL.
    std::signal(SIGPIPE, SIG_IGN);
    // Screenshots and listings never need a display: render offscreen with the software
    // renderer, so they work the same on a build server and on a librarian's laptop.
    const QStringList arguments = rawArguments(argc, argv);
    const bool headless = KioskOptions::isHeadlessRun(arguments);
    if (headless) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
            qputenv("QT_QUICK_BACKEND", "software");
    }

    // No title bar over the kiosk, whoever started it (see windowfitter.h).
    const auto windowMode = arguments.contains(u"--windowed"_s) ? WindowFitter::Mode::Windowed
                                                                : WindowFitter::Mode::FullScreen;
    WindowFitter::prepareEnvironment(windowMode);

    // The on-screen keyboard (Qt Virtual Keyboard) is the only keyboard a citizen has. The input
    // method is chosen when the application object is made, so it is set before.
    if (qEnvironmentVariableIsEmpty("QT_IM_MODULE"))
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");

    // The kiosk browser, loaded when a portal is first opened (it costs a third of a second and
    // 40 MiB at start). The kiosk runs as its own user (deploy/); as root, screenshots (which
    // load no page) and a developer's quick start still work, the latter with a loud warning.
    if (WebEngineLoader::prepareBeforeApplication() && !headless)
        std::fputs("mist-kiosk: running as root, so the browser runs without its sandbox. "
                   "Run the kiosk as its own user (see deploy/).\n",
            stderr);

    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(u"mist"_s);
    QGuiApplication::setApplicationDisplayName(u"Mist"_s);
    QGuiApplication::setApplicationVersion(QStringLiteral(MIST_VERSION));

    const std::optional<KioskOptions> options = KioskOptions::parse(QGuiApplication::arguments());
    if (!options)
        return 2;
    if (options->listScreens) {
        for (const QString &name : ScreenCatalog::names())
            std::printf("%s\n", qPrintable(name));
        return 0;
    }

    const QString dataDir = prepareDataDir(options->dataDir);
    const QString configPath
        = options->configPath.isEmpty() ? KioskConfig::defaultPath() : options->configPath;
    KioskConfig config = KioskConfig::load(configPath);
    // What a librarian set on the screen or with mistctl (data dir), under what the regional
    // administrator fixed in the configuration file: applied before any service is built.
    SettingsStore settings(dataDir, configPath);
    settings.applyTo(config);
    qCInfo(lcApp).noquote() << "Mist" << QGuiApplication::applicationVersion() << "data:" << dataDir
                            << "config:"
                            << (config.sourcePath.isEmpty() ? u"built-in defaults"_s
                                                            : config.sourcePath);

    // A kiosk that keeps crashing rests instead of flashing its start screen in a loop. Decided
    // before any database or the browser is touched, since either may be what crashes.
    if (options->wantsScreenshot() && options->screen == "resting"_L1)
        return runResting(*options, config, {});
    RestartGuard restartGuard(dataDir, [] { return QDateTime::currentDateTimeUtc(); });
    if (!options->wantsScreenshot()) {
        const RestartGuard::Decision decision = restartGuard.begin();
        if (decision.rest) {
            qCWarning(lcApp).noquote()
                << RestartGuard::describe(decision, restartGuard.settings())
                << "- showing the resting screen; the journal of the previous runs says why";
            return runResting(*options, config, decision.backoff);
        }
    }

    // The screens' QML is compiled in, but loading it (imports, Qt Quick Controls' plugins, type
    // registration) keeps Qt's type loader thread busy for tens of milliseconds, while this
    // thread would wait. It starts here, beside the loading of the directory and the schedule
    // below, and gets as far as its first QML plug-in: Qt runs a plug-in's initialiser on this
    // thread, so the loader waits there until engine->load() (44 ms under strace), and the rest
    // of the imports still load while this thread waits for them (tests/bench/README.md,
    // issue 19: startup). Nothing is created yet: no screen needs a service before load().
    const QUrl mainUrl(u"qrc:/Mist/Main.qml"_s);
    auto engine = std::make_unique<QQmlApplicationEngine>();
    // The screens have no network at all (offlinenetwork.h).
    OfflineNetworkFactory::install(engine.get());
    engine->addImportPath(u"qrc:/"_s);
    auto *typesAhead = new QQmlComponent(engine.get(), engine.get());
    typesAhead->loadUrl(mainUrl, QQmlComponent::Asynchronous);

    // A screenshot freezes time, so a countdown always shows its first second.
    std::unique_ptr<Clock> clock;
    if (options->wantsScreenshot())
        clock = std::make_unique<ManualClock>();
    else
        clock = std::make_unique<SteadyClock>();

    // The course is read and checked (7 ms) on a thread of its own while the directory and the
    // schedule load here (issue 19: startup); it is in place before any screen is made.
    std::future<CourseLoader::Result> courseRead = std::async(std::launch::async,
        [bundled = CourseLoader::bundledDir.toString(),
            library = config.learning.coursePath(dataDir)] {
            return CourseLoader::loadKiosk(bundled, library);
        });

    // The portal directory: loaded now, kept current by the feed sync and link checks. A
    // librarian's change on the screen reloads it at once; a new address is checked live with
    // its own client (made before the directory, so it outlives it).
    CurlHttpClient addressCheckClient;
    DirectoryUpdater directory(dataDir, config.directory, *clock);
    directory.open();
    directory.localPortals()->setAddressClient(&addressCheckClient);

    // The training schedule (stored calendar or the sample), and the learning section's guides
    // and course materials from the librarian's folders.
    ScheduleUpdater schedule(dataDir, config.schedule, *clock);
    schedule.open();
    GuideLibrary guides(config.learning.guidesPath(dataDir));
    MaterialsLibrary materials(config.learning.materialsPath(dataDir));

    SessionController session(clock.get(), config.idleTimeout, config.warningDuration);
    // Whatever a citizen copied (in a portal or anywhere) goes when the visit ends.
    QObject::connect(
        &session, &SessionController::sessionEnded, &app, [] { PortalBrowser::clearClipboard(); });
    // The course: compiled in, with the library's own modules or a regional course from
    // [learning] course_dir. The citizen's progress lives in the session and ends with it.
    CourseLibrary course;
    course.setTrainerMode(config.learning.trainerMode);
    course.setPublicUrl(config.learning.coursePublicUrl);
    // Every screen made from now on finds the course in place (a lesson looked up in an empty
    // course says "not available").
    course.setCourse(courseRead.get().course);
    CourseProgress courseProgress(&session);
    // Where a portal's download or printed page waits a moment on its way into the tray (Qt
    // WebEngine writes only to files): a private directory on tmpfs, removed when the visit ends.
    // Those a crashed kiosk left behind go now.
    const QString scratchBase = SessionScratch::defaultBase();
    SessionScratch::removeStale(scratchBase);
    SessionScratch scratch(scratchBase);
    scratch.setSession(&session);
    // The documents a citizen got from portals in this visit: in memory, wiped when it ends.
    DocumentTray documents;
    documents.setSession(&session);
    documents.setScratch(&scratch);
    documents.setPortalDocumentsAllowed(config.printing.allowPortalDocuments);
    LibraryProfile library;
    settings.applyTo(library);
    Preferences preferences(&session);
    if (options->wantsScreenshot()) {
        preferences.setLanguage(options->language);
        preferences.setHighContrast(options->highContrast);
        preferences.setReducedMotion(options->reducedMotion);
        preferences.setTextScale(options->textScale);
    }

    // Read aloud: nothing is made until a citizen is there. The voices are looked up once, on a
    // worker thread, when the first visit starts (the button shows when one fits the language);
    // the speaking engine comes with the first press and goes with the visit.
    ReadAloud readAloud(&preferences, &session, config.speech);
    if (!options->wantsScreenshot()) {
        QObject::connect(
            &session, &SessionController::sessionStarted, &readAloud, &ReadAloud::discoverVoices);
    } else {
        // A picture, and the layout check, show the bar as a kiosk shows it: with "Read aloud",
        // as espeak-ng (deploy/packages-kiosk.txt) speaks both languages. Nothing is spoken.
        readAloud.setVoices({{u"Ukrainian"_s, u"uk"_s, u"espeak-ng"_s},
            {u"English (Great Britain)"_s, u"en-GB"_s, u"espeak-ng"_s}});
    }

    // The anonymous usage log: written on its own thread, never in the way of the screens.
    // Screenshots record nothing.
    UsageWriter::Settings usageSettings;
    usageSettings.retentionDays = config.usage.retentionDays;
    UsageWriter usageWriter(dataDir, usageSettings);
    if (!options->wantsScreenshot())
        usageWriter.start();
    UsageRecorder usage(&usageWriter, &session, KioskIdentity::load(dataDir));
    QObject::connect(&preferences, &Preferences::languageChanged, &usage,
        [&] { usage.languageChanged(preferences.language()); });
    QObject::connect(&preferences, &Preferences::textScaleChanged, &usage,
        [&] { usage.textSizeChanged(int(qRound(preferences.textScale() * 100))); });

    // Printing a document of the tray at the library's printer; libcups runs on the desk's own
    // thread. The end of a visit cancels and purges its unprinted jobs.
    PrintDesk printDesk(config.printing, &documents, &usage, &session);
    // A picture of a documents-* screen (or the layout check of every screen) shows a tray
    // with documents in it: filled at each session's start, as the check ends a session per
    // screen and that wipes the tray.
    if (options->wantsScreenshot()
        && (options->screen.isEmpty() || options->screen.startsWith("documents-"_L1)
            || options->screen == "scan-choose-document"_L1))
        QObject::connect(&session, &SessionController::sessionStarted, &documents,
            [&documents] { addSampleDocuments(documents); });

    // Scanning paper into the tray: SANE in mist-scan-helper, a process the service starts
    // (and ends at each visit's end), only during a visit ([scanning] device; "none" hides it).
    // SANE is first touched by a scan, which a screenshot never starts.
    ScanService scanner(config.scanning.device, &session);
    ScanDesk scanDesk(&scanner, &documents, &usage, config.scanning, &session);
    if (options->wantsScreenshot()
        && (options->screen == "scan-preview"_L1 || options->screen == "scan-preparing"_L1))
        QObject::connect(&session, &SessionController::sessionStarted, &scanDesk,
            [&scanDesk] { addSampleScan(scanDesk); });

    // Librarian mode: the PIN (with its lock-out) and the two-minute auto-lock. Every change a
    // librarian makes is an admin event in the usage log; it reaches the screens at once.
    settings.setEventSink(
        [&usage](UsageEvent::Type type, const QString &subject, std::optional<qint64> value) {
            usage.adminEvent(type, subject, value);
        });
    directory.localPortals()->setEventSink(
        [&usage](UsageEvent::Type type, const QString &subject, std::optional<qint64> value) {
            usage.adminEvent(type, subject, value);
        });
    PinStore pins(dataDir, *clock);
    LibrarianMode librarian(&pins, &session, clock.get());
    QObject::connect(&settings, &SettingsStore::changed, &library, [&] {
        KioskConfig current = config;
        settings.applyTo(current);
        // The feed address and the calendar a librarian chose apply at once.
        directory.setFeedUrl(current.directory.feedUrl);
        schedule.setSource(current.schedule.source);
        settings.applyTo(library);
        session.setDurations(current.idleTimeout, current.warningDuration);
        preferences.setDefaults(settings.intValue(SettingsStore::textSize),
            settings.value(SettingsStore::languages).contains(u"en"_s));
    });
    if (!options->wantsScreenshot())
        preferences.setDefaults(settings.intValue(SettingsStore::textSize),
            settings.value(SettingsStore::languages).contains(u"en"_s));
    if (options->wantsScreenshot() && options->screen.startsWith(u"admin-"_s)
        && options->screen != u"admin-pin"_s)
        librarian.enterForScreenshot();

    SessionForeign::provide(&session);
    LibrarianForeign::provide(&librarian);
    SettingsForeign::provide(&settings);
    UsageForeign::provide(&usage);
    LibraryForeign::provide(&library);
    DirectoryForeign::provide(&directory.directory());
    LocalPortalsForeign::provide(directory.localPortals());
    DirectoryServiceForeign::provide(&directory);
    ScheduleForeign::provide(&schedule.model());
    GuidesForeign::provide(&guides);
    MaterialsForeign::provide(&materials);
    CourseForeign::provide(&course);
    CourseProgressForeign::provide(&courseProgress);
    DocumentsForeign::provide(&documents);
    PrintDeskForeign::provide(&printDesk);
    ScanDeskForeign::provide(&scanDesk);
    Preferences::provide(&preferences);
    ReadAloud::provide(&readAloud);

    // The engine and its screens go before the services they show: declared after all of
    // them, this runs first.
    const auto engineGoesFirst = qScopeGuard([&engine] { engine.reset(); });
    preferences.setEngine(engine.get());
    engine->addImageProvider(QString::fromLatin1(QrImageProvider::name), new QrImageProvider);
    engine->addImageProvider(
        QString::fromLatin1(ScanPageProvider::name), new ScanPageProvider(&scanDesk));
    // Made at the size it is shown at: every size in the UI follows the window's (Theme.zoom),
    // and a window made at 0x0 and then resized laid every screen out twice (9 ms of a start).
    const QSize windowSize = options->wantsScreenshot() || options->checkLayout
        ? options->size
        : WindowFitter::initialSize(windowMode);
    QVariantMap initialProperties {{u"initialScreen"_s, options->screen}};
    if (!windowSize.isEmpty()) {
        initialProperties.insert(u"width"_s, windowSize.width());
        initialProperties.insert(u"height"_s, windowSize.height());
    }
    engine->setInitialProperties(initialProperties);
    QQuickWindow *window = loadWindow(*engine, mainUrl);
    delete typesAhead; // its work is done: the engine keeps what it loaded
    if (!window) {
        qCCritical(lcApp) << "the user interface failed to load";
        return 1;
    }

    // Every touch, click or key anywhere keeps the citizen's session alive.
    app.installEventFilter(&session);
    app.installEventFilter(&librarian);

    if (options->checkLayout)
        return runLayoutCheck(*window, *options, static_cast<ManualClock &>(*clock), session,
            preferences, &librarian);
    if (options->speechText)
        return printSpeechText(*window, *options, static_cast<ManualClock &>(*clock), session);
    if (options->wantsScreenshot())
        return renderScreenshot(*window, *options, static_cast<ManualClock &>(*clock), session);

    // What a visit freed goes back to the system when it ends: the QML engine's garbage first,
    // then the free heap pages glibc would otherwise keep (a kiosk runs for months).
    HeapTrimmer heapTrimmer(&session);
    heapTrimmer.setBeforeTrim([&engine] { engine->collectGarbage(); });

    // A visit's browser is made as the visit begins (issue 19: the first portal at once).
    if (auto *shell = window->findChild<QQuickItem *>(u"shell"_s))
        shell->setProperty("warmBrowser", config.warmBrowser);
    directory.startUpdates();
    // The staff HTTP API: off unless <data-dir>/staff-api.json enables it (mistctl api enable).
    StaffApi staffApi(dataDir);
    staffApi.start();
    schedule.startUpdates();
    // The whole output, sized from the screen and following its changes, not the QML's size.
    WindowFitter fitter(window, windowMode);
    fitter.show();
    // Under systemd: READY=1 now, watchdog pings while the UI thread runs, a clean stop on SIGTERM.
    const SystemdNotifier systemd;
    const int exitCode = QGuiApplication::exec();
    // An orderly end (SIGTERM from systemctl stop, a quit): not a crash for RestartGuard.
    restartGuard.markCleanExit();
    return exitCode;
}
