// mist-kiosk: builds the services, wires them together, and hands them to the QML UI.
// This is the one place where the parts of the kiosk meet.

#include "config/kioskconfig.h"
#include "core/clock.h"
#include "core/logging.h"
#include "directory/directoryupdater.h"
#include "foreignservices.h"
#include "kioskoptions.h"
#include "library/libraryprofile.h"
#include "preferences.h"
#include "screencatalog.h"
#include "screenshot.h"
#include "session/sessioncontroller.h"
#include "systemdnotifier.h"

#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>
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

} // namespace

int main(int argc, char **argv)
{
    // Screenshots and listings never need a display: render offscreen with the software
    // renderer, so they work the same on a build server and on a librarian's laptop.
    if (KioskOptions::isHeadlessRun(rawArguments(argc, argv))) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
            qputenv("QT_QUICK_BACKEND", "software");
    }

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
    const KioskConfig config = KioskConfig::load(
        options->configPath.isEmpty() ? KioskConfig::defaultPath() : options->configPath);
    qCInfo(lcApp).noquote() << "Mist" << QGuiApplication::applicationVersion() << "data:" << dataDir
                            << "config:"
                            << (config.sourcePath.isEmpty() ? u"built-in defaults"_s
                                                            : config.sourcePath);

    // A screenshot freezes time, so a countdown always shows its first second.
    std::unique_ptr<Clock> clock;
    if (options->wantsScreenshot())
        clock = std::make_unique<ManualClock>();
    else
        clock = std::make_unique<SteadyClock>();

    // The portal directory: loaded now, kept current by the feed sync and link checks.
    DirectoryUpdater directory(dataDir, config.directory, *clock);
    directory.open();

    SessionController session(clock.get(), config.idleTimeout, config.warningDuration);
    LibraryProfile library;
    library.setNames(config.libraryNameUk, config.libraryNameEn);
    Preferences preferences(&session);
    if (options->wantsScreenshot())
        preferences.setLanguage(options->language);

    SessionForeign::provide(&session);
    LibraryForeign::provide(&library);
    Preferences::provide(&preferences);

    QQmlApplicationEngine engine;
    preferences.setEngine(&engine);
    engine.addImportPath(u"qrc:/"_s);
    engine.setInitialProperties({{u"initialScreen"_s, options->screen}});
    engine.load(QUrl(u"qrc:/Mist/Main.qml"_s));
    auto *window = engine.rootObjects().isEmpty()
        ? nullptr
        : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window) {
        qCCritical(lcApp) << "the user interface failed to load";
        return 1;
    }

    // Every touch, click or key anywhere keeps the citizen's session alive.
    app.installEventFilter(&session);

    if (options->wantsScreenshot())
        return renderScreenshot(*window, *options, static_cast<ManualClock &>(*clock), session);

    directory.startUpdates();
    if (options->windowed)
        window->show();
    else
        window->showFullScreen();
    // Under systemd: READY=1 now, watchdog pings while the UI thread runs, a clean stop on SIGTERM.
    const SystemdNotifier systemd;
    return QGuiApplication::exec();
}
