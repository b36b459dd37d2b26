// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "webengineloader.h"

#include "browser/chromiumflags.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>
#include <QLoggingCategory>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Mist::WebEngineLoader {

namespace {

using CreateProfile = QObject *(*)();

QStringList &extraDirectories()
{
    static QStringList directories;
    return directories;
}

// Installed: <prefix>/bin/mist-kiosk and <prefix>/lib/mist/libmist-webengine.so; in the build
// tree, build/kiosk/mist-kiosk and build/lib/mist/ alike. No build path is compiled in: tests,
// which sit deeper in the build tree, name theirs with addSearchDirectory().
QStringList candidates()
{
    QStringList paths {
        QDir(QCoreApplication::applicationDirPath()).filePath(u"../lib/mist/mist-webengine"_s)};
    for (const QString &directory : std::as_const(extraDirectories()))
        paths << QDir(directory).filePath(u"mist-webengine"_s);
    return paths;
}

CreateProfile resolve()
{
    static CreateProfile create = []() -> CreateProfile {
        for (const QString &path : candidates()) {
            QLibrary library(path);
            if (!library.load())
                continue;
            if (auto function
                = reinterpret_cast<CreateProfile>(library.resolve("mist_create_portal_profile"))) {
                qCInfo(lcBrowser).noquote() << "loaded" << library.fileName();
                return function; // stays loaded: QLibrary does not unload on destruction
            }
            qCCritical(lcBrowser).noquote() << library.fileName() << "has no profile factory";
        }
        qCCritical(lcBrowser).noquote() << "cannot load libmist-webengine (looked in"
                                        << candidates().join(u", "_s) << "): portals cannot open";
        return nullptr;
    }();
    return create;
}

} // namespace

void addSearchDirectory(const QString &directory)
{
    extraDirectories() << directory;
}

bool prepareBeforeApplication(const QByteArray &extraFlags)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    const bool asRoot = ::geteuid() == 0;
    // Qt WebEngine's own variables that open a debugging port, swap its helper process or its
    // data, or turn the sandbox off: the kiosk decides those itself.
    for (const char *name : {"QTWEBENGINE_REMOTE_DEBUGGING", "QTWEBENGINE_PROCESS_PATH",
             "QTWEBENGINE_RESOURCES_PATH", "QTWEBENGINE_LOCALES_PATH",
             "QTWEBENGINE_DICTIONARIES_PATH", "QTWEBENGINE_DISABLE_SANDBOX"}) {
        if (qEnvironmentVariableIsSet(name)) {
            qCWarning(lcBrowser) << "ignoring" << name << "from the environment";
            qunsetenv(name);
        }
    }

    // The kiosk's flags first; of the environment's, only display workarounds (chromiumflags.h).
    // The variable is always set, so Qt WebEngine also ignores flags on the command line.
    QStringList flags = ChromiumFlags::kioskFlags();
    const ChromiumFlags::Filtered fromEnvironment = ChromiumFlags::filterEnvironment(
        ChromiumFlags::split(qEnvironmentVariable("QTWEBENGINE_CHROMIUM_FLAGS")));
    for (const QString &name : fromEnvironment.refused) {
        qCWarning(lcBrowser).noquote()
            << "ignoring the Chromium flag" << name << "from QTWEBENGINE_CHROMIUM_FLAGS";
    }
    flags << fromEnvironment.kept << ChromiumFlags::split(QString::fromUtf8(extraFlags));
    if (asRoot && !flags.contains(u"--no-sandbox"_s))
        flags << u"--no-sandbox"_s;
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", ChromiumFlags::join(flags).toUtf8());
    // Qt's own category for page console messages, should a view ever lack its handler
    // (BrowserView.qml counts them instead; nothing a page says is logged).
    QLoggingCategory::setFilterRules(u"js.debug=false\njs.info=false\njs.warning=false\n"
                                     "js.critical=false"_s);
    return asRoot;
}

QObject *createPortalProfile()
{
    const CreateProfile create = resolve();
    return create ? create() : nullptr;
}

} // namespace Mist::WebEngineLoader
