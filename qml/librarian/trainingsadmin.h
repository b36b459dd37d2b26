// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The librarian's "Trainings" screen: "Test" for a calendar address or file (CalendarProbe: the
// schedule's own sync and expansion, into a throw-away store), and recording a training that was
// held through TrainingLog (the same code as `mistctl training record`), with this month's
// records read back from the usage log (`mistctl training list`).
#pragma once

#include "schedule/calendarprobe.h"
#include "schedule/schedulemodel.h"
#include "usage/usagerecorder.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace Mist {

class TrainingsAdmin : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // The kiosk's schedule (Schedule): its store gives the recent trainings, its clock "now".
    Q_PROPERTY(Mist::ScheduleModel *schedule READ schedule WRITE setSchedule NOTIFY changed)
    // Where records go (Usage); null: nothing can be recorded.
    Q_PROPERTY(Mist::UsageRecorder *usage READ usage WRITE setUsage NOTIFY changed)
    // The kiosk's data directory: the usage log is read from there.
    Q_PROPERTY(QString dataDir READ dataDir WRITE setDataDir NOTIFY changed)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY changed)

    Q_PROPERTY(bool testing READ isTesting NOTIFY testChanged)
    // After a test: it worked (testTrainings may still be empty: nothing coming up).
    Q_PROPERTY(bool testOk READ testOk NOTIFY testChanged)
    Q_PROPERTY(QString testMessage READ testMessage NOTIFY testChanged)
    // [{ title, when }]: the next trainings the tested calendar would show.
    Q_PROPERTY(QVariantList testTrainings READ testTrainings NOTIFY testChanged)

    // [{ key, title, when }]: trainings of the last days and today that have started, newest first.
    Q_PROPERTY(QVariantList recent READ recent NOTIFY recordsChanged)
    // [{ title, when, participants }]: this month's records, newest first.
    Q_PROPERTY(QVariantList monthRecords READ monthRecords NOTIFY recordsChanged)
    Q_PROPERTY(int monthCount READ monthCount NOTIFY recordsChanged)
    Q_PROPERTY(int monthParticipants READ monthParticipants NOTIFY recordsChanged)
    // After "Save": what happened, in words.
    Q_PROPERTY(QString recordMessage READ recordMessage NOTIFY recordsChanged)
    Q_PROPERTY(bool recordOk READ recordOk NOTIFY recordsChanged)
    Q_PROPERTY(int minParticipants READ minParticipants CONSTANT)
    Q_PROPERTY(int maxParticipants READ maxParticipants CONSTANT)

public:
    static constexpr int recentDays = 14;

    explicit TrainingsAdmin(QObject *parent = nullptr);

    [[nodiscard]] ScheduleModel *schedule() const { return m_schedule; }
    void setSchedule(ScheduleModel *schedule);
    [[nodiscard]] UsageRecorder *usage() const { return m_usage; }
    void setUsage(UsageRecorder *usage);
    [[nodiscard]] QString dataDir() const { return m_dataDir; }
    void setDataDir(const QString &dir);
    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString &language);
    // Tests: trust these CAs for a calendar address.
    void setCaBundlePath(const QString &path) { m_probe.setCaBundlePath(path); }

    [[nodiscard]] bool isTesting() const { return m_probe.isRunning(); }
    [[nodiscard]] bool testOk() const { return m_testOk; }
    [[nodiscard]] QString testMessage() const { return m_testMessage; }
    [[nodiscard]] QVariantList testTrainings() const { return m_testTrainings; }
    [[nodiscard]] QVariantList recent() const { return m_recent; }
    [[nodiscard]] QVariantList monthRecords() const { return m_monthRecords; }
    [[nodiscard]] int monthCount() const { return m_monthCount; }
    [[nodiscard]] int monthParticipants() const { return m_monthParticipants; }
    [[nodiscard]] QString recordMessage() const { return m_recordMessage; }
    [[nodiscard]] bool recordOk() const { return m_recordOk; }
    [[nodiscard]] static int minParticipants();
    [[nodiscard]] static int maxParticipants();

    // Tests source (an https:// address or an .ics file); testChanged() when done.
    Q_INVOKABLE bool test(const QString &source);
    // Records the occurrence key (from recent) / a training not in the calendar, held today,
    // with participants. True when it is in the usage log; recordMessage says what happened.
    Q_INVOKABLE bool record(const QString &occurrenceKey, int participants);
    Q_INVOKABLE bool recordUnlisted(int participants);
    // Reads the recent trainings and this month's records again.
    Q_INVOKABLE void refresh();

    // The plain-words reason a calendar cannot be used.
    [[nodiscard]] static QString explain(const CalendarProbe::Result &result);

Q_SIGNALS:
    void changed();
    void testChanged();
    void recordsChanged();

private:
    [[nodiscard]] QDateTime now() const;
    void onTested(const CalendarProbe::Result &result);
    bool afterRecord(int problem, int participants);
    [[nodiscard]] QString describe(const TrainingOccurrence &occurrence) const;

    QPointer<ScheduleModel> m_schedule;
    QPointer<UsageRecorder> m_usage;
    QString m_dataDir;
    QString m_language = QStringLiteral("uk");
    CalendarProbe m_probe;
    bool m_testOk = false;
    QString m_testMessage;
    QVariantList m_testTrainings;
    QVariantList m_recent;
    QVariantList m_monthRecords;
    int m_monthCount = 0;
    int m_monthParticipants = 0;
    QString m_recordMessage;
    bool m_recordOk = false;
};

} // namespace Mist
