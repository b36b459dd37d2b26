// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The real kiosk shell (KioskShell.qml) in a window, wired as kiosk/main.cpp wires it but with a
// ManualClock and an empty directory, for the browser tests and benchmarks. Portals are opened
// with KioskShell.showPortal(), as "Open here" does after its directory look-up.
#pragma once

#include "sanetestbackend.h"

#include <QByteArray>
#include <QPointer>
#include <QQmlApplicationEngine>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

QT_BEGIN_NAMESPACE
class QQuickItem;
class QQuickWindow;
QT_END_NAMESPACE

namespace Mist {
class Directory;
class DocumentTray;
class GuideLibrary;
class HeapTrimmer;
class LibrarianMode;
class PinStore;
class PrintDesk;
class ScanDesk;
class ScanService;
class SettingsStore;
class LibraryProfile;
class ManualClock;
class Preferences;
class ReadAloud;
class ScheduleModel;
class SessionController;
class SessionScratch;
class UsageRecorder;
class UsageWriter;
} // namespace Mist

namespace MistTest {

class KioskHarness
{
public:
    // Before the application object: Qt WebEngine's set-up, and the Chromium flags the tests
    // need (no sandbox as root; trust only the test server's key, tests/data/tls/server.pin),
    // then extraFlags (a benchmark measuring a candidate flag).
    static void initializeWebEngine(const QByteArray &extraFlags = {});

    KioskHarness();
    // The usage log written through usageWriter (not owned; it must outlive the harness), as
    // mist-kiosk writes it; the default harness records nowhere.
    explicit KioskHarness(Mist::UsageWriter *usageWriter);
    ~KioskHarness();
    Q_DISABLE_COPY_MOVE(KioskHarness)

    // Before load(): the screens show this directory (a DirectoryUpdater's, kept current by its
    // syncs) and this training schedule instead of an empty directory and none. Not owned.
    void setDirectory(Mist::Directory *directory);
    void setSchedule(Mist::ScheduleModel *schedule);
    // Before load(): the learning section's guides, which a service page links (not owned).
    void setGuides(Mist::GuideLibrary *guides);

    // Loads the shell in a 1280x800 window. False if QML failed.
    [[nodiscard]] bool load();
    // Destroys the window and its QML engine (the shell, any browser): what is left afterwards
    // (processes, descriptors) was not the screens'.
    void unload();

    [[nodiscard]] Mist::ManualClock &clock() { return *m_clock; }
    [[nodiscard]] Mist::SessionController &session() { return *m_session; }
    [[nodiscard]] Mist::Preferences &preferences() { return *m_preferences; }
    [[nodiscard]] Mist::UsageRecorder &usage() { return *m_usage; }
    // The visit's documents, and where a portal's file waits on its way in ($XDG_RUNTIME_DIR).
    [[nodiscard]] Mist::DocumentTray &documents() { return *m_documents; }
    [[nodiscard]] Mist::SessionScratch &scratch() { return *m_scratch; }
    [[nodiscard]] QQuickWindow *window() const { return m_window; }
    [[nodiscard]] QQuickItem *shell() const { return m_shell; }

    // KioskShell.showPortal(); the browser item, or null if it did not load.
    QQuickItem *openPortal(const QUrl &startUrl, const QStringList &loginHosts = {},
        const QString &name = QStringLiteral("Test portal"));
    // KioskShell.warmBrowser, as mist-kiosk sets it from [session] warm_browser: the visit's
    // browser is made, hidden and empty, soon after the visit begins.
    void setWarmBrowser(bool warm);
    // That prepared browser before a portal opens in it; null if there is none.
    [[nodiscard]] QQuickItem *preparedBrowser() const;
    // The open browser (BrowserView), its WebEngineView and its PortalBrowser; null when closed.
    [[nodiscard]] QQuickItem *browser() const;
    [[nodiscard]] QQuickItem *view() const;
    [[nodiscard]] QObject *portalBrowser() const;
    // The profile of the open browser.
    [[nodiscard]] QObject *profile() const;

    // Waits until the view has loaded a page (or failed); true if it finished in time.
    bool waitForLoad(int timeoutMs = 20000) const;
    // Runs script in the page (no result: pages report through their title or the server).
    void runJavaScript(const QString &script) const;
    [[nodiscard]] QString title() const;
    [[nodiscard]] QUrl url() const;

private:
    std::unique_ptr<Mist::ManualClock> m_clock;
    std::unique_ptr<Mist::SessionController> m_session;
    std::unique_ptr<Mist::LibraryProfile> m_library;
    std::unique_ptr<Mist::Preferences> m_preferences;
    std::unique_ptr<Mist::ReadAloud> m_readAloud;
    std::unique_ptr<Mist::Directory> m_directory;
    std::unique_ptr<Mist::UsageRecorder> m_usage;
    std::unique_ptr<Mist::SessionScratch> m_scratch;
    std::unique_ptr<Mist::DocumentTray> m_documents;
    std::unique_ptr<Mist::PrintDesk> m_printDesk;
    SaneTestBackend m_sane;
    std::unique_ptr<Mist::ScanService> m_scanner;
    std::unique_ptr<Mist::ScanDesk> m_scanDesk;
    QTemporaryDir m_adminDir;
    std::unique_ptr<Mist::PinStore> m_pins;
    std::unique_ptr<Mist::SettingsStore> m_settings;
    std::unique_ptr<Mist::LibrarianMode> m_librarian;
    std::unique_ptr<Mist::HeapTrimmer> m_heapTrimmer;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QPointer<QQuickWindow> m_window;
    QPointer<QQuickItem> m_shell;
};

// Renderer processes below this process (the zygote's children), and all QtWebEngineProcess
// descendants (zygotes, GPU and utility processes included).
[[nodiscard]] int rendererChildren();
[[nodiscard]] int webEngineChildren();
// Resident memory in KiB of this process, and of it plus every QtWebEngineProcess child.
[[nodiscard]] long selfRssKiB();
[[nodiscard]] long totalRssKiB();

} // namespace MistTest
