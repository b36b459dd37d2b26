// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// What the screens tell the usage log: one invokable per kind of event, exposed to QML as the
// `Usage` singleton. It follows the citizen session itself (start, end with its reason and
// length), stamps every event with the session's random id, the UTC time and the kiosk id, and
// ignores citizen events outside a session (the attract screen, the reset after a session).
//
// It takes only ids, hosts and numbers. Never pass typed text, a whole URL or anything personal.
#pragma once

#include "usageevent.h"
#include "usagewriter.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace Mist {

class SessionController;

class UsageRecorder : public QObject
{
    Q_OBJECT
public:
    // writer and session are not owned and must outlive the recorder; session may be null
    // (then no citizen event is recorded). nowUtcMs gives the time (default: the system's UTC).
    UsageRecorder(UsageWriter *writer, SessionController *session, QString kioskId,
        QObject *parent = nullptr);

    void setTimeSource(std::function<qint64()> nowUtcMs) { m_now = std::move(nowUtcMs); }

    Q_INVOKABLE void screenViewed(const QString &name);
    Q_INVOKABLE void categoryOpened(const QString &categoryId);
    Q_INVOKABLE void serviceViewed(const QString &entryId);
    Q_INVOKABLE void portalOpened(const QString &entryId);
    // A refused navigation, given as the address the page asked for. Only the host of an
    // http(s)/ws(s) address reaches the log, the bare scheme of any other (`mailto`, `tel`), and
    // nothing that is not one of these (`blockedSubject()`). At most one event per subject per
    // session and maxBlockedPerSession in all, so a page cannot flood the log.
    Q_INVOKABLE void navigationBlocked(const QString &address);
    Q_INVOKABLE void qrShown(const QString &id);
    // The number of results only, never the search text.
    Q_INVOKABLE void searchDone(int resultCount);
    // The search screen's query changed: resultCount results for a non-empty query. The search
    // is recorded once (searchDone) when the citizen pauses (searchPaused), or as soon as
    // anything else is recorded or the session ends, whichever comes first: a citizen who types
    // and taps a result or Finish within the pause has searched too. An empty query drops it.
    Q_INVOKABLE void searchTyped(int resultCount);
    Q_INVOKABLE void searchCleared();
    Q_INVOKABLE void searchPaused();
    Q_INVOKABLE void languageChanged(const QString &language);
    // percent: 100, 125, 150.
    Q_INVOKABLE void textSizeChanged(int percent);
    Q_INVOKABLE void trainingViewed(const QString &uid);
    // The course: ids only, never anything typed. A training is recorded even outside a
    // citizen session (a trainer at the projector); participants is a head count (1..500).
    Q_INVOKABLE void lessonOpened(const QString &moduleId, const QString &lessonId);
    Q_INVOKABLE void moduleFinished(const QString &moduleId);
    Q_INVOKABLE void checkAnswered(
        const QString &moduleId, const QString &questionId, bool correct);
    Q_INVOKABLE void trainingRecorded(const QString &moduleId, int participants);
    // Documents of the visit: counts and page numbers only, never a name, title or content.
    // source: "download" or "page-print"; anything else is ignored.
    Q_INVOKABLE void documentReceived(const QString &source);
    // A job that has printed. source: "portal" (a document from the tray) or "kiosk" (a service
    // page, guide or lesson handout); pages: all copies (1..500).
    Q_INVOKABLE void documentPrinted(const QString &source, int pages);
    // A job that failed, by its problem word (CupsPrinter::problemName: "out-of-paper"...).
    Q_INVOKABLE void printFailed(const QString &problem);
    // A scan put into the tray. preset: "text" or "photo"; pages: 1..500.
    Q_INVOKABLE void documentScanned(const QString &preset, int pages);
    // A portal's file input opened the chooser. kind: "pdf", "image" or "any".
    Q_INVOKABLE void uploadOffered(const QString &kind);
    // The citizen gave the input files. kind: "pdf" or "jpeg"; files: 1..100.
    Q_INVOKABLE void uploadAccepted(const QString &kind, int files);
    // A librarian's or admin's action, recorded even outside a session ("settings-opened").
    Q_INVOKABLE void adminAction(const QString &action);
    // An audit event of librarian mode (admin_change, training_recorded): ids only, never typed
    // text. The same shape as AdminEventSink, so the kiosk's SettingsStore writes through here.
    void adminEvent(UsageEvent::Type type, const QString &subject, std::optional<qint64> value);

    // The ticket of the last event recorded (0: none yet), to wait for it to be committed.
    [[nodiscard]] quint64 lastTicket() const { return m_lastTicket; }
    // Waits at most timeout until every event recorded so far is in the database: for a
    // librarian's screen that reads back what it has just recorded. False on timeout.
    bool waitForCommitted(std::chrono::milliseconds timeout);
    [[nodiscard]] QString kioskId() const { return m_kioskId; }

    // What navigationBlocked() records for an address: a lower-case host name for http, https, ws
    // and wss; the lower-case scheme for any other address; "" for anything else (free text).
    [[nodiscard]] static QString blockedSubject(const QString &address);

    static constexpr int maxBlockedPerSession = 20;

private:
    void onSessionStarted();
    void onSessionEnded(int reason);
    // Records an event of the current session; nothing outside one.
    void recordCitizen(
        UsageEvent::Type type, const QString &subject, std::optional<qint64> value = std::nullopt);
    void write(UsageEvent event, UsageWriter::Urgency urgency);
    // Records the search waiting for the citizen's pause, if there is one.
    void flushPendingSearch();

    UsageWriter *m_writer;
    SessionController *m_session;
    QString m_kioskId;
    std::function<qint64()> m_now;
    QString m_sessionId; // of the session being recorded
    QElapsedTimer m_sessionTimer; // its length, immune to wall-clock changes
    QString m_lastScreen; // a screen shown again (a re-render) is not a new view
    quint64 m_lastTicket = 0;
    QSet<QString> m_blockedSeen; // subjects of refused navigations recorded in this session
    std::optional<int> m_pendingSearch; // result count of a search typed but not yet recorded
};

} // namespace Mist
