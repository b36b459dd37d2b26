// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "webengineloader.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Mist::WebEngineLoader {

namespace {

using CreateProfile = QObject *(*)();

// Installed: <prefix>/bin/mist-kiosk and <prefix>/lib/mist/libmist-webengine.so. In the build
// tree the executables and tests sit in several folders, so the build's own folder comes second.
QStringList candidates()
{
    return {QDir(QCoreApplication::applicationDirPath()).filePath(u"../lib/mist/mist-webengine"_s),
        QStringLiteral(MIST_WEBENGINE_BUILD_DIR "/mist-webengine")};
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

bool prepareBeforeApplication(const QByteArray &extraFlags)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    qunsetenv("QTWEBENGINE_REMOTE_DEBUGGING");
    QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS") + ' ' + extraFlags;
    const bool asRoot = ::geteuid() == 0;
    if (asRoot && !flags.contains("--no-sandbox"))
        flags += " --no-sandbox";
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags.simplified());
    return asRoot;
}

QObject *createPortalProfile()
{
    const CreateProfile create = resolve();
    return create ? create() : nullptr;
}

} // namespace Mist::WebEngineLoader
