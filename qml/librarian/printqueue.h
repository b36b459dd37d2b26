// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The "Prints waiting" screen's logic: the held jobs on the library's printer with their pickup
// codes, and the librarian's release or cancel of one, through CupsPrinter (the same calls as
// `mistctl print list|release|cancel`). libcups blocks, so every call runs on the thread pool and
// the screen only ever sees the result.
#pragma once

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Mist {

class UsageRecorder;

class PrintQueue : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // As in [printing] printer: a queue name, an ipp:// URI, "" for the system default, "none".
    Q_PROPERTY(QString printer READ printer WRITE setPrinter NOTIFY printerChanged)
    // Where release and cancel are recorded as admin actions (Usage); may be null.
    Q_PROPERTY(Mist::UsageRecorder *recorder READ recorder WRITE setRecorder NOTIFY printerChanged)
    // [{ id, code, created ("14:05") }], the held jobs with a pickup code, oldest first.
    Q_PROPERTY(QVariantList heldJobs READ heldJobs NOTIFY jobsChanged)
    // Jobs of the kiosk waiting or printing without a hold.
    Q_PROPERTY(int activeJobs READ activeJobs NOTIFY jobsChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // Whether the printer answered the last look, and what stops it (CupsPrinter::problemName;
    // "" when nothing does).
    Q_PROPERTY(bool answers READ answers NOTIFY jobsChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY jobsChanged)
    // The last release or cancel: Done, NotFound or Failed, with its code.
    Q_PROPERTY(Outcome outcome READ outcome NOTIFY outcomeChanged)
    Q_PROPERTY(QString outcomeCode READ outcomeCode NOTIFY outcomeChanged)

public:
    enum class Outcome { None, Released, Canceled, NotFound, Failed };
    Q_ENUM(Outcome)

    explicit PrintQueue(QObject *parent = nullptr);

    [[nodiscard]] QString printer() const { return m_printer; }
    void setPrinter(const QString &printer);
    [[nodiscard]] UsageRecorder *recorder() const { return m_recorder; }
    void setRecorder(UsageRecorder *recorder);
    [[nodiscard]] QVariantList heldJobs() const { return m_heldJobs; }
    [[nodiscard]] int activeJobs() const { return m_activeJobs; }
    [[nodiscard]] bool busy() const { return m_pending > 0; }
    [[nodiscard]] bool answers() const { return m_answers; }
    [[nodiscard]] QString problem() const { return m_problem; }
    [[nodiscard]] Outcome outcome() const { return m_outcome; }
    [[nodiscard]] QString outcomeCode() const { return m_outcomeCode; }

    // Looks at the printer again (the screen does it on open and every few seconds).
    Q_INVOKABLE void refresh();
    // Releases / cancels (and purges) the held job with this pickup code, then refreshes.
    Q_INVOKABLE void release(const QString &code);
    Q_INVOKABLE void cancel(const QString &code);

Q_SIGNALS:
    void printerChanged();
    void jobsChanged();
    void busyChanged();
    void outcomeChanged();

private:
    struct Snapshot
    {
        bool answers = false;
        QString problem;
        QVariantList held;
        int active = 0;
    };
    void act(const QString &code, bool releaseIt);
    void apply(const Snapshot &snapshot);
    void finishAction(Outcome outcome, const QString &code);
    void setPending(int delta);
    [[nodiscard]] static Snapshot look(const QString &printer);

    QString m_printer;
    UsageRecorder *m_recorder = nullptr;
    QVariantList m_heldJobs;
    int m_activeJobs = 0;
    bool m_answers = false;
    QString m_problem;
    int m_pending = 0;
    Outcome m_outcome = Outcome::None;
    QString m_outcomeCode;
};

} // namespace Mist
