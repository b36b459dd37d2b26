// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// A month of use at one kiosk, for the librarian's report to the ministry: citizens served
// (sessions), how long they stayed, what they used, when, and how sessions ended. Computed from
// the usage log by reading the month's events once; times of day and weekdays are Kyiv time.
#pragma once

#include "usagestore.h"
#include "usagetimerange.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <array>
#include <vector>

namespace Mist {

struct UsageReport
{
    // The buckets of the session-length distribution, in minutes: [0,1), [1,3), [3,5),
    // [5,10), [10,20), [20,∞).
    static constexpr std::array<int, 6> lengthBucketStartMinutes {0, 1, 3, 5, 10, 20};

    struct Count
    {
        QString id;
        qint64 count = 0;
        qint64 secondary = 0; // services: portal opens (count is views)
    };

    QDate month; // its first day
    UsageTimeRange range;
    qint64 sessions = 0; // started in the month
    qint64 finished = 0; // ended with "Finish"
    qint64 timedOut = 0; // ended by the idle timeout
    qint64 unended = 0; // no end recorded (power cut, crash)
    qint64 medianSessionMs = 0; // of ended sessions; 0 if none
    qint64 meanSessionMs = 0;
    std::array<qint64, lengthBucketStartMinutes.size()> lengthBuckets {};
    std::vector<Count> services; // most used first: views, then portal opens
    std::vector<Count> categories; // most opened first
    std::vector<Count> trainings; // most viewed first
    qint64 trainingViews = 0;
    qint64 portalOpens = 0;
    qint64 searches = 0;
    qint64 qrShown = 0;
    qint64 blockedNavigations = 0;
    qint64 englishSwitches = 0;
    // Session starts by Kyiv weekday (0 = Monday) and hour.
    std::array<std::array<qint64, 24>, 7> weekdayHour {};
    // The course (usagereportlearning.cpp): what citizens learned and trainings held.
    struct Learning
    {
        struct Question
        {
            QString id; // "<module>/<question>"
            qint64 answered = 0;
            qint64 correct = 0;
        };
        qint64 lessonsOpened = 0;
        qint64 modulesFinished = 0;
        std::vector<Count> modules; // id: module; count: lessons opened; secondary: finished
        std::vector<Question> questions; // hardest first (lowest success rate)
        qint64 trainingsHeld = 0;
        qint64 participants = 0;
        std::vector<Count> trainingsByModule; // count: trainings; secondary: participants
        [[nodiscard]] bool isEmpty() const
        {
            return lessonsOpened == 0 && modulesFinished == 0 && questions.empty()
                && trainingsHeld == 0;
        }
    };
    Learning learning;
    bool synthetic = false; // the month holds demo events

    // Librarian mode (usagereportlibrarian.cpp): trainings the librarian recorded as held, the
    // people who came, and the settings and portals changed on the screen or with mistctl.
    struct Librarian
    {
        qint64 trainingsHeld = 0;
        qint64 participants = 0;
        qint64 unlistedTrainings = 0; // of trainingsHeld: not in the calendar
        qint64 adminChanges = 0;
        std::vector<Count> changesByKey; // setting key, or "portals"
    };
    Librarian librarian;
    // Documents of the visits (usagereportdocuments.cpp): what portals gave citizens, what they
    // printed at the library's printer, and the jobs that failed.
    struct Documents
    {
        qint64 received = 0;
        qint64 printed = 0; // jobs that printed
        qint64 pagesPrinted = 0; // all copies counted
        qint64 failed = 0;
        std::vector<Count> failuresByProblem; // most frequent first
        qint64 scanned = 0; // documents scanned into the tray
        qint64 pagesScanned = 0;
        qint64 uploadsOffered = 0; // portal file inputs that opened the kiosk's chooser
        qint64 uploadsAccepted = 0; // ... and were given files
    };
    Documents documents;
    QString error; // the log could not be read

    // Reads the month from store.
    [[nodiscard]] static UsageReport build(const UsageStore &store, QDate month);

    // Names for ids (services, categories) in Ukrainian and English, for the text and HTML.
    struct Names
    {
        QHash<QString, QString> uk;
        QHash<QString, QString> en;
        [[nodiscard]] QString ukName(const QString &id) const { return uk.value(id, id); }
        [[nodiscard]] QString enName(const QString &id) const { return en.value(id, id); }
    };
    // Category names and the bundled directory's service names, plus more entries if given.
    [[nodiscard]] static Names defaultNames();

    // The Learning section alone, in each output form.
    [[nodiscard]] QJsonObject learningJson() const;
    [[nodiscard]] QString learningText() const;
    [[nodiscard]] QString learningHtml() const;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] QString toText(const Names &names) const;
    // One self-contained HTML page, Ukrainian first with English, inline SVG charts, printable.
    [[nodiscard]] QString toHtml(const Names &names, const QString &libraryName) const;

private:
    // Librarian mode's part of build(), toJson(), toText() and toHtml() (usagereportlibrarian.cpp).
    struct LibrarianTally;
    static void countLibrarianEvent(const UsageEvent &event, LibrarianTally &tally);
    static void finishLibrarian(const LibrarianTally &tally, Librarian &librarian);
    void addLibrarianJson(QJsonObject &object) const;
    [[nodiscard]] QString librarianText() const;
    [[nodiscard]] QString librarianHtml() const;
    // The documents' part (usagereportdocuments.cpp).
    static void countDocumentEvent(
        const UsageEvent &event, Documents &documents, QHash<QString, Count> &failures);
    [[nodiscard]] QJsonObject documentsJson() const;
    [[nodiscard]] QString documentsText() const;
    [[nodiscard]] QString documentsHtml() const;
};

} // namespace Mist
