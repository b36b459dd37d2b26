// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "kioskharness.h"

#include "admin/librarianmode.h"
#include "admin/pinstore.h"
#include "admin/settingsstore.h"
#include "config/kioskconfig.h"
#include "core/clock.h"
#include "directory/directory.h"
#include "documents/documenttray.h"
#include "documents/sessionscratch.h"
#include "foreignservices.h"
#include "library/libraryprofile.h"
#include "offlinenetwork.h"
#include "portalbrowser.h"
#include "preferences.h"
#include "printdesk.h"
#include "qrimageprovider.h"
#include "readaloud.h"
#include "scanning/scanservice.h"
#include "scanpageprovider.h"
#include "session/heaptrimmer.h"
#include "session/sessioncontroller.h"
#include "testsupport.h"
#include "usage/usagerecorder.h"
#include "webengineloader.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

#include <unistd.h>

Q_IMPORT_QML_PLUGIN(MistPlugin)

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace MistTest {

void KioskHarness::initializeWebEngine(const QByteArray &extraFlags)
{
    QFile pin(dataFile(u"tls/server.pin"_s));
    // Names under .test stand for public web sites and lead to the test server on 127.0.0.1
    // (the kiosk refuses localhost and IP addresses other than the portal's own).
    QByteArray flags = "\"--host-resolver-rules=MAP *.test 127.0.0.1\"";
    if (pin.open(QIODevice::ReadOnly))
        flags += " --ignore-certificate-errors-spki-list=" + pin.readAll().trimmed();
    if (!extraFlags.isEmpty())
        flags += ' ' + extraFlags;
    Mist::WebEngineLoader::prepareBeforeApplication(flags);
    Mist::WebEngineLoader::addSearchDirectory(QStringLiteral(MIST_WEBENGINE_BUILD_DIR));
}

KioskHarness::KioskHarness()
    : KioskHarness(nullptr)
{ }

KioskHarness::KioskHarness(Mist::UsageWriter *usageWriter)
    : m_clock(std::make_unique<Mist::ManualClock>())
    , m_session(std::make_unique<Mist::SessionController>(m_clock.get(), 90s, 30s))
    , m_library(std::make_unique<Mist::LibraryProfile>())
    , m_preferences(std::make_unique<Mist::Preferences>(m_session.get()))
    , m_directory(std::make_unique<Mist::Directory>())
    , m_usage(std::make_unique<Mist::UsageRecorder>(usageWriter, m_session.get(), u"test"_s))
{
    m_library->setNames(u"Луцька міська бібліотека"_s, u"Lutsk City Library"_s);
    Mist::SessionForeign::provide(m_session.get());
    Mist::UsageForeign::provide(m_usage.get());
    Mist::LibraryForeign::provide(m_library.get());
    Mist::DirectoryForeign::provide(m_directory.get());
    Mist::Preferences::provide(m_preferences.get());
    // Read aloud with its voices unknown (no speech-dispatcher is asked): its button hidden, as
    // on a kiosk before its first visit.
    m_readAloud = std::make_unique<Mist::ReadAloud>(
        m_preferences.get(), m_session.get(), Mist::KioskConfig::Speech());
    Mist::ReadAloud::provide(m_readAloud.get());
    // The visit's documents, with the session's scratch directory where the kiosk makes it.
    m_scratch = std::make_unique<Mist::SessionScratch>(Mist::SessionScratch::defaultBase());
    m_scratch->setSession(m_session.get());
    m_documents = std::make_unique<Mist::DocumentTray>();
    m_documents->setSession(m_session.get());
    m_documents->setScratch(m_scratch.get());
    Mist::DocumentsForeign::provide(m_documents.get());
    // The print desk the documents screens use; no printer (the browser tests print nothing).
    Mist::KioskConfig::Printing noPrinter;
    noPrinter.printer = u"none"_s;
    m_printDesk = std::make_unique<Mist::PrintDesk>(
        noPrinter, m_documents.get(), m_usage.get(), m_session.get());
    Mist::PrintDeskForeign::provide(m_printDesk.get());
    // The scanner: SANE's own virtual scanner (test:0) through a private SANE_CONFIG_DIR.
    m_scanner = std::make_unique<Mist::ScanService>(u"test:0"_s, m_session.get());
    m_scanDesk = std::make_unique<Mist::ScanDesk>(m_scanner.get(), m_documents.get(), m_usage.get(),
        Mist::KioskConfig::Scanning(), m_session.get());
    Mist::ScanDeskForeign::provide(m_scanDesk.get());
    // The shell follows librarian mode (it ends the citizen's screens when it starts); its PIN and
    // settings live in a throw-away data directory.
    m_pins = std::make_unique<Mist::PinStore>(m_adminDir.path(), *m_clock);
    m_settings = std::make_unique<Mist::SettingsStore>(m_adminDir.path(), QString());
    m_librarian
        = std::make_unique<Mist::LibrarianMode>(m_pins.get(), m_session.get(), m_clock.get());
    Mist::LibrarianForeign::provide(m_librarian.get());
    Mist::SettingsForeign::provide(m_settings.get());
    // As in kiosk/main.cpp.
    QObject::connect(m_session.get(), &Mist::SessionController::sessionEnded, m_session.get(),
        [] { Mist::PortalBrowser::clearClipboard(); });
    m_heapTrimmer = std::make_unique<Mist::HeapTrimmer>(m_session.get());
    QCoreApplication::instance()->installEventFilter(m_session.get());
}

KioskHarness::~KioskHarness()
{
    QCoreApplication::instance()->removeEventFilter(m_session.get());
    m_heapTrimmer->setBeforeTrim({});
    m_preferences->setEngine(nullptr);
    m_engine.reset();
}

void KioskHarness::setDirectory(Mist::Directory *directory)
{
    Mist::DirectoryForeign::provide(directory);
}

void KioskHarness::setSchedule(Mist::ScheduleModel *schedule)
{
    Mist::ScheduleForeign::provide(schedule);
}

void KioskHarness::setGuides(Mist::GuideLibrary *guides)
{
    Mist::GuidesForeign::provide(guides);
}

void KioskHarness::unload()
{
    m_heapTrimmer->setBeforeTrim({});
    m_preferences->setEngine(nullptr);
    m_engine.reset();
}

bool KioskHarness::load()
{
    m_engine = std::make_unique<QQmlApplicationEngine>();
    Mist::OfflineNetworkFactory::install(m_engine.get());
    m_preferences->setEngine(m_engine.get());
    m_engine->addImportPath(u"qrc:/"_s);
    m_heapTrimmer->setBeforeTrim([engine = m_engine.get()] { engine->collectGarbage(); });
    m_engine->addImageProvider(
        QString::fromLatin1(Mist::QrImageProvider::name), new Mist::QrImageProvider);
    m_engine->addImageProvider(QString::fromLatin1(Mist::ScanPageProvider::name),
        new Mist::ScanPageProvider(m_scanDesk.get()));
    QObject::connect(m_engine.get(), &QQmlEngine::warnings, m_engine.get(),
        [](const QList<QQmlError> &warnings) {
            for (const QQmlError &warning : warnings)
                qWarning().noquote() << warning.toString();
        });
    m_engine->loadData(R"(
import QtQuick
import Mist
Window {
    width: 1280
    height: 800
    visible: true
    id: window
    // As in Main.qml, so a test that resizes the window sees the sizes the kiosk would.
    Binding {
        target: Theme
        property: "zoom"
        value: Math.min(Math.max(window.width, window.height) / 1920,
                        Math.min(window.width, window.height) / 1080)
    }
    KioskShell { objectName: "shell"; anchors.fill: parent }
}
)",
        QUrl::fromLocalFile(QDir::currentPath() + u"/harness.qml"_s));
    if (m_engine->rootObjects().isEmpty()) {
        qWarning("KioskHarness: the shell did not load");
        return false;
    }
    m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
    // Items declared in a Window are QObject children of the window, parented (as items) to
    // its content item.
    m_shell = m_window ? m_window->findChild<QQuickItem *>(u"shell"_s) : nullptr;
    if (!m_shell)
        qWarning("KioskHarness: no shell in the window");
    return m_shell && QTest::qWaitForWindowExposed(m_window);
}

QQuickItem *KioskHarness::openPortal(
    const QUrl &startUrl, const QStringList &loginHosts, const QString &name)
{
    QMetaObject::invokeMethod(m_shell, "showPortal", Q_ARG(QString, u"test.portal"_s),
        Q_ARG(QString, name), Q_ARG(QUrl, startUrl), Q_ARG(QVariant, QVariant(loginHosts)));
    return browser();
}

QQuickItem *KioskHarness::browser() const
{
    return m_shell ? m_shell->property("browser").value<QQuickItem *>() : nullptr;
}

void KioskHarness::setWarmBrowser(bool warm)
{
    if (m_shell)
        m_shell->setProperty("warmBrowser", warm);
}

QQuickItem *KioskHarness::preparedBrowser() const
{
    if (!m_shell || !m_shell->property("browserPrepared").toBool())
        return nullptr;
    auto *loader = m_shell->findChild<QQuickItem *>(u"browserLoader"_s);
    return loader ? loader->property("item").value<QQuickItem *>() : nullptr;
}

QQuickItem *KioskHarness::view() const
{
    QQuickItem *item = browser();
    return item ? item->findChild<QQuickItem *>(u"portalView"_s) : nullptr;
}

QObject *KioskHarness::portalBrowser() const
{
    QQuickItem *item = browser();
    return item ? item->findChild<QObject *>(u"portalBrowser"_s) : nullptr;
}

QObject *KioskHarness::profile() const
{
    QObject *controller = portalBrowser();
    return controller ? controller->property("profile").value<QObject *>() : nullptr;
}

bool KioskHarness::waitForLoad(int timeoutMs) const
{
    // Guarded: the browser may destroy its view while we wait (a renderer that died, the visit
    // ended), and a call on the deleted view would abort the test instead of failing it.
    const QPointer<QQuickItem> item = view();
    if (!item)
        return false;
    return QTest::qWaitFor(
               [&item] {
                   return !item
                       || (!item->property("loading").toBool()
                           && item->property("loadProgress").toInt() == 100);
               },
               timeoutMs)
        && item;
}

void KioskHarness::runJavaScript(const QString &script) const
{
    if (QQuickItem *item = view())
        QMetaObject::invokeMethod(item, "runJavaScript", Q_ARG(QString, script));
}

QString KioskHarness::title() const
{
    QQuickItem *item = view();
    return item ? item->property("title").toString() : QString();
}

QUrl KioskHarness::url() const
{
    QQuickItem *item = view();
    return item ? item->property("url").toUrl() : QUrl();
}

namespace {

// A QtWebEngineProcess below this process: its pid, its parent's pid and its command line.
struct WebEngineProcess
{
    QString pid;
    QString parent;
    QByteArray command;
};

// The QtWebEngineProcess descendants of this process.
QList<WebEngineProcess> webEngineProcesses()
{
    QHash<QString, QString> parentOf;
    const QStringList pids = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        QFile stat(u"/proc/"_s + pid + u"/stat"_s);
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // pid (comm) state ppid ...; comm may hold spaces, so split after the last ')'.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() >= 2)
            parentOf.insert(pid, QString::fromLatin1(fields.at(1)));
    }
    const QString self = QString::number(::getpid());
    QList<WebEngineProcess> result;
    for (auto it = parentOf.cbegin(); it != parentOf.cend(); ++it) {
        QString ancestor = it.value();
        for (int depth = 0; depth < 8 && !ancestor.isEmpty() && ancestor != self; ++depth)
            ancestor = parentOf.value(ancestor);
        if (ancestor != self)
            continue;
        QFile cmdline(u"/proc/"_s + it.key() + u"/cmdline"_s);
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QByteArray command = cmdline.readAll().replace('\0', ' ');
        if (command.contains("QtWebEngineProcess"))
            result.append({it.key(), it.value(), command});
    }
    return result;
}

long rssOf(const QString &pid)
{
    QFile status(u"/proc/"_s + pid + u"/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLong();
    }
    return 0;
}

} // namespace

int rendererChildren()
{
    // Renderers are forked by the (sandboxed) zygote and keep its command line, so they are
    // told apart by their parent, not by "--type=renderer", which only a renderer started
    // without the zygote shows. The other zygote (--no-zygote-sandbox) forks utility processes.
    const QList<WebEngineProcess> processes = webEngineProcesses();
    QStringList zygotes;
    for (const WebEngineProcess &process : processes) {
        if (process.command.contains("--type=zygote")
            && !process.command.contains("--no-zygote-sandbox"))
            zygotes << process.pid;
    }
    int count = 0;
    for (const WebEngineProcess &process : processes) {
        count += process.command.contains("--type=renderer") || zygotes.contains(process.parent)
            ? 1
            : 0;
    }
    return count;
}

int webEngineChildren()
{
    return int(webEngineProcesses().size());
}

long selfRssKiB()
{
    return rssOf(u"self"_s);
}

long totalRssKiB()
{
    long total = selfRssKiB();
    for (const WebEngineProcess &process : webEngineProcesses())
        total += rssOf(process.pid);
    return total;
}

} // namespace MistTest
