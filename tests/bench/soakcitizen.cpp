// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "soakcitizen.h"

#include "core/clock.h"
#include "eventloopwait.h"
#include "kioskharness.h"
#include "session/sessioncontroller.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

using namespace Qt::StringLiterals;

namespace MistTest {

SoakCitizen::SoakCitizen(KioskHarness &kiosk, QStringList serviceIds, QStringList categories)
    : m_kiosk(kiosk)
    , m_serviceIds(std::move(serviceIds))
    , m_categories(std::move(categories))
{ }

void SoakCitizen::step(qint64 ms)
{
    // A touch, then the citizen reads for a while: the session sees the touch, the syncs and
    // the screens see the time go by.
    m_kiosk.session().noteActivity();
    m_kiosk.clock().advance(ms);
    QCoreApplication::processEvents();
}

bool SoakCitizen::open(const QString &screen, const QVariantMap &properties)
{
    QMetaObject::invokeMethod(
        m_kiosk.shell(), "open", Q_ARG(QString, screen), Q_ARG(QVariant, QVariant(properties)));
    return m_kiosk.shell()->property("currentScreen").toString() == screen;
}

SoakVisit SoakCitizen::visit(int number)
{
    SoakVisit v;
    v.number = number;
    v.category = m_categories.at(number % m_categories.size());
    v.serviceId = m_serviceIds.at(number % m_serviceIds.size());
    v.portal = number % 10 == 0;
    v.timedOut = number % 4 == 0;
    const auto fail = [&v](const QString &problem) {
        v.problem = problem;
        return v;
    };

    Mist::SessionController &session = m_kiosk.session();
    session.start(); // the touch on the attract screen
    v.sessionId = session.sessionId();
    if (!session.isActive() || m_kiosk.shell()->property("currentScreen").toString() != "home"_L1)
        return fail(u"no home screen"_s);
    step();

    // Browse: national services, one category.
    if (!open(u"national-services"_s, {}))
        return fail(u"no services screen"_s);
    step();
    if (!open(u"service-list"_s, {{u"scope"_s, u"national"_s}, {u"category"_s, v.category}}))
        return fail(u"no service list"_s);
    step();

    // Search: letters typed on the keyboard, the service found, tapped within the pause.
    if (!open(u"search"_s, {}))
        return fail(u"no search screen"_s);
    step(5000);
    auto *screen = m_kiosk.shell()->property("currentItem").value<QQuickItem *>();
    QMetaObject::invokeMethod(screen, "search", Q_ARG(QString, v.serviceId));
    v.searched = true;
    step(1000);
    if (!open(u"service"_s, {{u"serviceId"_s, v.serviceId}}))
        return fail(u"no service page"_s);
    step();

    if (v.portal) {
        if (number % 100 == 0)
            QTest::qWait(1500);
        v.preparedBrowser = m_kiosk.preparedBrowser() != nullptr;
        QElapsedTimer opening;
        opening.start();
        QMetaObject::invokeMethod(m_kiosk.shell(), "openPortal", Q_ARG(QString, v.serviceId));
        if (!m_kiosk.browser())
            return fail(u"no browser"_s);
        // The page's script names it: loaded, and run, by a renderer. Waited for in a running
        // event loop, as the kiosk waits (eventloopwait.h), so that the time is the kiosk's.
        const QPointer<QQuickItem> view = m_kiosk.view();
        const auto loaded = [this, &view] {
            return !view
                || (!view->property("loading").toBool()
                    && view->property("loadProgress").toInt() == 100
                    && m_kiosk.title().startsWith("Soak portal"_L1));
        };
        if (!MistBench::waitInEventLoop(loaded, 30000) || !view)
            return fail(u"the portal did not load (title \"%1\")"_s.arg(m_kiosk.title()));
        v.portalMs = opening.elapsed();
        step();
    }

    QPointer<QQuickItem> browser = m_kiosk.browser();
    if (v.timedOut) {
        // Walks away: no touch any more; the idle warning, then the end.
        m_kiosk.clock().advance(qint64(session.idleTimeoutSeconds()) * 1000);
        QCoreApplication::processEvents();
        m_kiosk.clock().advance(qint64(session.warningSeconds()) * 1000);
        if (!QTest::qWaitFor([&session] { return !session.isActive(); }, 5000))
            return fail(u"the session did not time out"_s);
    } else {
        session.finish();
        if (session.isActive())
            return fail(u"Finish did not end the session"_s);
    }
    if (!QTest::qWaitFor([&] { return !browser && !m_kiosk.browser(); }, 10000))
        return fail(u"the browser was not destroyed"_s);
    m_kiosk.clock().advance(attractGapMs);
    // The visit's screens, as the kiosk's event loop would delete them: processEvents() alone
    // leaves objects deleted later at this top level waiting.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
    v.ok = true;
    return v;
}

} // namespace MistTest
