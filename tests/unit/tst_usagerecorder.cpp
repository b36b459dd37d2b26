// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// UsageRecorder: events carry the session's id, the kiosk id and the time; a session's start and
// end (with its reason and length) come from the SessionController; nothing is recorded outside
// a session but admin actions; only hosts and counts are kept, never text or URLs.

#include "core/clock.h"
#include "session/sessioncontroller.h"
#include "usage/usagerecorder.h"
#include "usage/usagestore.h"
#include "usage/usagewriter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mist;
using namespace std::chrono_literals;

class TestUsageRecorder : public QObject
{
    Q_OBJECT

    std::vector<UsageEvent> recorded(const QString &dir)
    {
        UsageStore store(dir);
        if (!store.open())
            return {};
        std::vector<UsageEvent> events;
        UsageStore::Cursor cursor = store.events(0, std::numeric_limits<qint64>::max());
        UsageEvent event;
        while (cursor.next(&event))
            events.push_back(event);
        return events;
    }

private Q_SLOTS:
    void sessionAndEvents()
    {
        QTemporaryDir dir;
        ManualClock clock;
        SessionController session(&clock, 90s, 30s);
        UsageWriter writer(dir.path(), {});
        QVERIFY(writer.start());
        UsageRecorder recorder(&writer, &session, u"kiosk-7"_s);
        qint64 now = 1'800'000'000'000;
        recorder.setTimeSource([&] { return now; });

        recorder.portalOpened(u"diia"_s); // no session: ignored
        session.start();
        const QString sessionId = session.sessionId();
        recorder.screenViewed(u"home"_s);
        recorder.screenViewed(u"home"_s); // the same screen again: one view
        recorder.categoryOpened(u"health"_s);
        recorder.serviceViewed(u"ehealth"_s);
        recorder.portalOpened(u"ehealth"_s);
        recorder.navigationBlocked(u"https://user:pw@www.facebook.com:443/path?q=secret"_s);
        recorder.searchDone(4);
        recorder.qrShown(u"diia"_s);
        recorder.languageChanged(u"en"_s);
        recorder.textSizeChanged(125);
        recorder.trainingViewed(u"uid-1@library"_s);
        now += 1000;
        session.finish();
        recorder.adminAction(u"api-enable"_s); // outside a session, still recorded
        QVERIFY(writer.waitForCommitted(recorder.lastTicket(), 5s));

        const auto events = recorded(dir.path());
        QStringList types;
        for (const UsageEvent &event : events)
            types << event.typeName();
        QCOMPARE(types,
            QStringList({u"session_started"_s, u"screen_viewed"_s, u"category_opened"_s,
                u"service_viewed"_s, u"portal_opened"_s, u"navigation_blocked"_s, u"search_done"_s,
                u"qr_shown"_s, u"language_changed"_s, u"text_size_changed"_s, u"training_viewed"_s,
                u"session_ended"_s, u"admin_action"_s}));
        for (size_t i = 0; i + 1 < events.size(); ++i) {
            QCOMPARE(events[i].sessionId, sessionId);
            QCOMPARE(events[i].kioskId, u"kiosk-7"_s);
        }
        QCOMPARE(events[5].subject, u"www.facebook.com"_s); // host only
        QCOMPARE(events[6].value, 4);
        QCOMPARE(events[6].subject, QString());
        QCOMPARE(events[11].subject, u"finish"_s);
        QVERIFY(events[11].value.has_value());
        QCOMPARE(events[11].timeMs, now);
        QCOMPARE(events.back().sessionId, QString());
    }

    void timeoutReason()
    {
        QTemporaryDir dir;
        ManualClock clock;
        SessionController session(&clock, 30s, 20s);
        UsageWriter writer(dir.path(), {});
        QVERIFY(writer.start());
        UsageRecorder recorder(&writer, &session, u"k"_s);
        session.start();
        clock.advance(30000);
        clock.advance(20000);
        QTRY_VERIFY(!session.isActive());
        QVERIFY(writer.waitForCommitted(recorder.lastTicket(), 5s));
        const auto events = recorded(dir.path());
        QCOMPARE(events.size(), size_t(2));
        QCOMPARE(events[1].type, UsageEvent::Type::SessionEnded);
        QCOMPARE(events[1].subject, u"timeout"_s);
    }

    // A search is recorded once: at the pause, or sooner when the citizen does anything else
    // (taps a result, goes Home) or the session ends (Finish within the pause, or a timeout).
    // A cleared query is no search; a search typed outside a session is not recorded.
    void pendingSearch()
    {
        QTemporaryDir dir;
        ManualClock clock;
        SessionController session(&clock, 90s, 30s);
        UsageWriter writer(dir.path(), {});
        QVERIFY(writer.start());
        UsageRecorder recorder(&writer, &session, u"k"_s);

        recorder.searchTyped(9); // no session: ignored
        recorder.searchPaused();
        session.start();
        recorder.searchTyped(7);
        recorder.searchTyped(3); // more letters: the same search, fewer results
        recorder.searchPaused(); // the pause: recorded with 3
        recorder.searchPaused(); // nothing new typed: nothing more
        recorder.searchTyped(2);
        recorder.screenViewed(u"service"_s); // a result tapped before the pause: 2 goes first
        recorder.searchPaused(); // the screen's timer fires later: not recorded again
        recorder.searchTyped(5);
        recorder.searchCleared(); // typed, then cleared: no search
        recorder.screenViewed(u"home"_s);
        recorder.searchTyped(1);
        recorder.searchDone(1); // searchDone itself takes the waiting search's place
        recorder.searchPaused();
        recorder.searchTyped(4);
        session.finish(); // Finish within the pause: 4 is recorded before the end
        recorder.searchPaused(); // outside a session: nothing

        session.start();
        recorder.searchTyped(6);
        clock.advance(90000);
        clock.advance(30000);
        QTRY_VERIFY(!session.isActive()); // walked away within the pause
        QVERIFY(writer.waitForCommitted(recorder.lastTicket(), 5s));

        QStringList got;
        for (const UsageEvent &event : recorded(dir.path())) {
            got << event.typeName()
                    + (event.type == UsageEvent::Type::SearchDone
                            ? u":"_s + QString::number(event.value.value_or(-1))
                            : QString());
        }
        QCOMPARE(got,
            QStringList({u"session_started"_s, u"search_done:3"_s, u"search_done:2"_s,
                u"screen_viewed"_s, u"screen_viewed"_s, u"search_done:1"_s, u"search_done:4"_s,
                u"session_ended"_s, u"session_started"_s, u"search_done:6"_s, u"session_ended"_s}));
    }

    // Documents: the source and page count only, from a fixed vocabulary; a title, a file name
    // or a page count out of range never reaches the log.
    void documentEvents()
    {
        QTemporaryDir dir;
        ManualClock clock;
        SessionController session(&clock, 90s, 30s);
        UsageWriter writer(dir.path(), {});
        QVERIFY(writer.start());
        UsageRecorder recorder(&writer, &session, u"k"_s);

        recorder.documentReceived(u"download"_s); // no session: ignored
        session.start();
        recorder.documentReceived(u"download"_s);
        recorder.documentReceived(u"page-print"_s);
        recorder.documentReceived(u"pension-certificate.pdf"_s); // not a source: ignored
        recorder.documentPrinted(u"portal"_s, 6);
        recorder.documentPrinted(u"kiosk"_s, 1);
        recorder.documentPrinted(u"Довідка про доходи"_s, 2); // ignored
        recorder.documentPrinted(u"portal"_s, 0); // ignored
        recorder.documentPrinted(u"portal"_s, 100000); // ignored
        recorder.printFailed(u"out-of-paper"_s);
        recorder.printFailed(u"Printer \"HP\" at 10.0.0.5 says: jam"_s); // ignored
        session.finish();
        QVERIFY(writer.waitForCommitted(recorder.lastTicket(), 5s));

        QStringList lines;
        for (const UsageEvent &event : recorded(dir.path())) {
            if (event.type == UsageEvent::Type::SessionStarted
                || event.type == UsageEvent::Type::SessionEnded)
                continue;
            lines << u"%1 %2 %3"_s.arg(event.typeName(), event.subject,
                event.value ? QString::number(*event.value) : u"-"_s);
        }
        QCOMPARE(lines,
            QStringList({u"document_received download -"_s, u"document_received page-print -"_s,
                u"document_printed portal 6"_s, u"document_printed kiosk 1"_s,
                u"print_failed out-of-paper -"_s}));
    }

    // Hole 4: a refused mailto:/tel:/sms: address must never put its personal part in the log.
    void blockedSubject_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("subject");
        QTest::newRow("https") << u"https://user:pw@WWW.Facebook.com:443/path?q=secret#f"_s
                               << u"www.facebook.com"_s;
        QTest::newRow("http") << u"http://example.org/a"_s << u"example.org"_s;
        QTest::newRow("wss") << u"wss://chat.example.net/socket?token=abc"_s
                             << u"chat.example.net"_s;
        QTest::newRow("ws-ip") << u"ws://192.168.1.1:8080/"_s
                               << u"ws"_s; // no IP address in the log
        QTest::newRow("idn") << u"https://дія.gov.ua/"_s << u"xn--d1a8cua.gov.ua"_s;
        QTest::newRow("mailto") << u"mailto:ivan.petrenko@ukr.net?subject=tax%20123"_s
                                << u"mailto"_s;
        QTest::newRow("mailto-at") << u"mailto:a@b@c.com"_s << u"mailto"_s;
        QTest::newRow("tel") << u"tel:+380501234567"_s << u"tel"_s;
        QTest::newRow("sms") << u"SMS:+380501234567?body=code%201234"_s << u"sms"_s;
        QTest::newRow("intent") << u"intent://scan/#Intent;scheme=x;end"_s << u"intent"_s;
        QTest::newRow("javascript") << u"javascript:alert('ivan@x.com')"_s << u"javascript"_s;
        QTest::newRow("data") << u"data:text/html,<b>ivan@x.com</b>"_s << u"data"_s;
        QTest::newRow("bare-email") << u"ivan@ukr.net"_s << QString();
        QTest::newRow("free-text") << u"my tax number 1234567890"_s << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("https-no-host") << u"https:///path@evil"_s << u"https"_s;
        QTest::newRow("ipv6") << u"https://[::1]:8443/"_s << u"https"_s;
        QTest::newRow("https-bad-host") << u"https://a b@c/"_s << u"https"_s;
    }

    void blockedSubject()
    {
        QFETCH(QString, address);
        QFETCH(QString, subject);
        QCOMPARE(UsageRecorder::blockedSubject(address), subject);
    }

    void blockedMailtoStoresScheme()
    {
        QTemporaryDir dir;
        ManualClock clock;
        SessionController session(&clock, 90s, 30s);
        UsageWriter writer(dir.path(), {});
        QVERIFY(writer.start());
        UsageRecorder recorder(&writer, &session, u"k"_s);
        session.start();
        recorder.navigationBlocked(u"mailto:ivan.petrenko@ukr.net?subject=secret"_s);
        recorder.navigationBlocked(u"tel:+380501234567"_s);
        recorder.navigationBlocked(u"ivan@ukr.net"_s); // free text: nothing
        session.finish();
        QVERIFY(writer.waitForCommitted(recorder.lastTicket(), 5s));
        QStringList subjects;
        for (const UsageEvent &event : recorded(dir.path()))
            if (event.type == UsageEvent::Type::NavigationBlocked)
                subjects << event.subject;
        QCOMPARE(subjects, QStringList({u"mailto"_s, u"tel"_s}));
    }

    // Hole 12: a page refused again and again, or to random hosts, cannot flood the log.
    void blockedFloodIsCapped()
    {
        QTemporaryDir dir;
        ManualClock clock;
        SessionController session(&clock, 90s, 30s);
        UsageWriter writer(dir.path(), {});
        QVERIFY(writer.start());
        UsageRecorder recorder(&writer, &session, u"k"_s);
        session.start();
        for (int i = 0; i < 50; ++i) // the same host: one event
            recorder.navigationBlocked(u"https://tracker.example.com/p?i=%1"_s.arg(i));
        for (int i = 0; i < 5000; ++i) // random hosts: capped
            recorder.navigationBlocked(u"https://h%1.example.net/"_s.arg(i));
        session.finish();
        session.start(); // a new session may record again
        recorder.navigationBlocked(u"https://tracker.example.com/"_s);
        session.finish();
        QVERIFY(writer.waitForCommitted(recorder.lastTicket(), 5s));
        QMap<QString, QStringList> perSession;
        for (const UsageEvent &event : recorded(dir.path()))
            if (event.type == UsageEvent::Type::NavigationBlocked)
                perSession[event.sessionId] << event.subject;
        QCOMPARE(perSession.size(), 2);
        int total = 0;
        for (const QStringList &subjects : std::as_const(perSession)) {
            QCOMPARE(subjects.count(u"tracker.example.com"_s), 1);
            total += int(subjects.size());
        }
        QCOMPARE(total, UsageRecorder::maxBlockedPerSession + 1);
    }
};

QTEST_GUILESS_MAIN(TestUsageRecorder)
#include "tst_usagerecorder.moc"
