// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The visit's print desk: sends a document of the tray to the library's printer and follows the
// job until it has printed or failed, in plain states for the screens. libcups blocks (a
// printer that does not answer takes seconds), so every SessionPrints and CupsPrinter call runs
// on the desk's own worker thread and the screens only see properties change. When the session
// ends, the jobs that have not printed are canceled and purged, and the desk starts afresh.
#pragma once

#include "config/kioskconfig.h"
#include "printing/cupsprinter.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

namespace Mist {

class DocumentTray;
class SessionController;
class SessionPrints;
class UsageRecorder;

class PrintDesk : public QObject
{
    Q_OBJECT
    // A printer is configured ([printing] printer is not "none").
    Q_PROPERTY(bool available READ available NOTIFY settingsChanged)
    // The [printing] printer as configured: a CUPS queue, an ipp:// address, "" (the system's
    // default) or "none"; librarian mode asks this printer for held jobs.
    Q_PROPERTY(QString printer READ printer NOTIFY settingsChanged)
    // Jobs wait for the librarian, who gives the pages for a pickup code.
    Q_PROPERTY(bool holdForRelease READ holdForRelease NOTIFY settingsChanged)
    Q_PROPERTY(int pageLimit READ pageLimit NOTIFY settingsChanged)
    // Pages this visit may still print (all copies counted).
    Q_PROPERTY(int pagesLeft READ pagesLeft NOTIFY pagesLeftChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    // A job is on its way (sending, queued, printing): no second one until it ends.
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    // Why the job failed, as a word (CupsPrinter::problemName, or "page-limit"); "" otherwise.
    Q_PROPERTY(QString problem READ problem NOTIFY stateChanged)
    // The held job's pickup code ("4821"), or "".
    Q_PROPERTY(QString pickupCode READ pickupCode NOTIFY stateChanged)
    // Pages the current job prints, all copies counted.
    Q_PROPERTY(int jobPages READ jobPages NOTIFY stateChanged)

public:
    enum State {
        Idle, // nothing sent in this visit, or the visit ended
        Sending, // the document is on its way to the printer
        Queued, // the printer has it and will print it after others
        Printing,
        Printed,
        Held, // waiting for the librarian's release: see pickupCode
        Failed, // see problem
    };
    Q_ENUM(State)

    static constexpr auto pageLimitProblem = "page-limit";

    // tray, usage and session are not owned; session may be null (tests), usage too.
    PrintDesk(KioskConfig::Printing settings, DocumentTray *tray, UsageRecorder *usage,
        SessionController *session, QObject *parent = nullptr);
    ~PrintDesk() override;

    // New printer settings (the librarian changed them, or a test's printer started): the
    // session's jobs so far are ended as at the end of a visit.
    void setSettings(const KioskConfig::Printing &settings);
    // How often a job's state is asked for (1 s; tests go faster).
    void setPollInterval(std::chrono::milliseconds interval);

    [[nodiscard]] bool available() const { return m_settings.enabled(); }
    [[nodiscard]] QString printer() const { return m_settings.printer; }
    [[nodiscard]] bool holdForRelease() const { return m_settings.holdForRelease; }
    [[nodiscard]] int pageLimit() const { return m_settings.pageLimit; }
    [[nodiscard]] int pagesLeft() const { return m_pagesLeft; }
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool busy() const;
    [[nodiscard]] QString problem() const { return m_problem; }
    [[nodiscard]] QString pickupCode() const { return m_pickupCode; }
    [[nodiscard]] int jobPages() const { return m_jobPages; }
    // The printer's id of the job followed now (0: none), for logs and tests.
    [[nodiscard]] int jobId() const { return m_jobId; }

    // Prints the tray's document documentId: copies 1..3, pages firstPage..lastPage (0, 0: all).
    // Returns false, with the state unchanged, while another job is on its way or when there is
    // no such document; anything else the printer or the page limit refuses ends in Failed.
    Q_INVOKABLE bool print(const QString &documentId, int copies, int firstPage, int lastPage);
    // Pages a job would print: (lastPage - firstPage + 1 or all) x copies; 0 if not valid.
    Q_INVOKABLE [[nodiscard]] int pagesFor(
        int documentPages, int copies, int firstPage, int lastPage) const;
    // The document's page count: the tray's, or counted with Qt Pdf (and given to the tray).
    Q_INVOKABLE int pageCount(const QString &documentId);
    // The end of the visit: cancels and purges its unprinted jobs, back to Idle.
    Q_INVOKABLE void endSession();

Q_SIGNALS:
    void settingsChanged();
    void pagesLeftChanged();
    void stateChanged();

private:
    struct Poll; // a job's state as the worker read it

    KioskConfig::Printing m_settings;
    QPointer<DocumentTray> m_tray;
    QPointer<UsageRecorder> m_usage;
    // Lives on m_thread; every libcups call is queued to it. m_prints is only touched there.
    QThread m_thread;
    QObject *m_worker = nullptr;
    std::unique_ptr<SessionPrints> m_prints;
    QTimer m_poll;
    std::chrono::milliseconds m_pollInterval {1000};
    // Bumped when the visit ends, so a late answer about an old job changes nothing.
    quint64 m_generation = 0;
    bool m_polling = false; // a poll is on the worker
    qint64 m_pollStarted = 0; // ms since epoch, to give up on a job that never ends

    State m_state = Idle;
    QString m_problem;
    QString m_pickupCode;
    int m_jobPages = 0;
    int m_jobId = 0;
    int m_pagesLeft = 0;
    bool m_failureLogged = false;

    void setState(State state, const QString &problem = {});
    void setPagesLeft(int pages);
    void submitted(quint64 generation, int jobId, const QString &pickupCode, PrintProblem problem,
        bool overPageLimit, int pages, int pagesLeft);
    void pollJob();
    void polled(quint64 generation, const Poll &poll);
    void fail(const QString &problem);
    void keepFollowingSlowly();
    void runOnWorker(std::function<void()> work);
};

} // namespace Mist
