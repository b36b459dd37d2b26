// Runs the tst_*.qml screen flows against the real Mist module. Time comes from a ManualClock
// that the QML tests move forward (TestClock.advance(ms)), so a 90 s idle period takes no time.

#include "core/clock.h"
#include "foreignservices.h"
#include "library/libraryprofile.h"
#include "preferences.h"
#include "session/sessioncontroller.h"

#include <QCoreApplication>
#include <QQmlEngine>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(MistPlugin)

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

class Setup : public QObject
{
    Q_OBJECT

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
        Mist::LibraryForeign::provide(m_library.get());
        Mist::Preferences::provide(m_preferences.get());
        QCoreApplication::instance()->installEventFilter(m_session.get());
        // Registered once for the process; every test file's engine sees the same clock.
        qmlRegisterSingletonInstance("MistTest", 1, 0, "TestClock", m_clock.get());
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(u"qrc:/"_s);
        m_preferences->setEngine(engine);
    }

    void cleanupTestCase()
    {
        QCoreApplication::instance()->removeEventFilter(m_session.get());
        m_preferences->setEngine(nullptr);
    }

private:
    std::unique_ptr<Mist::ManualClock> m_clock;
    std::unique_ptr<Mist::SessionController> m_session;
    std::unique_ptr<Mist::LibraryProfile> m_library;
    std::unique_ptr<Mist::Preferences> m_preferences;
};

QUICK_TEST_MAIN_WITH_SETUP(mist_quick, Setup)

#include "tst_quick.moc"
