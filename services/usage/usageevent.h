// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// One line of the usage log: something a citizen (or a librarian) did at the kiosk, without who
// they are. Only ids the kiosk itself defines (screen names, portal ids, category ids), hosts, and
// numbers: never typed text, full URLs or addresses.
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Mist {

struct UsageEvent
{
    enum class Type {
        SessionStarted,
        SessionEnded, // value: duration in ms; subject: "finish" or "timeout"
        ScreenViewed, // subject: screen name
        CategoryOpened, // subject: category id
        ServiceViewed, // subject: directory entry id
        PortalOpened, // subject: directory entry id
        NavigationBlocked, // subject: host only
        QrShown, // subject: what the code points to (an entry or training id)
        SearchDone, // value: number of results (never the text)
        LanguageChanged, // subject: "uk" or "en"
        TextSizeChanged, // value: percent (100, 125, 150)
        TrainingViewed, // subject: training uid
        AdminAction, // subject: a short action word ("api-enable", "demo-seed"...)
        LessonOpened, // subject: "<module id>/<lesson id>"
        ModuleFinished, // subject: module id
        CheckAnswered, // subject: "<module id>/<question id>"; value: 1 correct, 0 not
        AdminChange, // subject: the setting key or "portal:<id>" a librarian changed
        TrainingRecorded, // subject: occurrence key, "not-in-calendar:<date>" or a course module
                          // id; value: participants
        DocumentReceived, // subject: "download" (a portal's PDF) or "page-print" (window.print)
        DocumentPrinted, // subject: "portal" or "kiosk" (a handout); value: pages, all copies
        PrintFailed, // subject: the problem ("out-of-paper", "unreachable"...)
        DocumentScanned, // subject: the preset, "text" or "photo"; value: pages
        UploadOffered, // a portal's file input opened the kiosk's chooser; subject: what it
                       // takes, "pdf", "image" or "any"
        UploadAccepted, // the citizen gave it files; subject: "pdf" or "jpeg"; value: files
    };

    qint64 timeMs = 0; // UTC, milliseconds since the epoch
    QString kioskId;
    QString sessionId; // empty for events outside a citizen session (admin actions)
    Type type = Type::ScreenViewed;
    QString subject;
    std::optional<qint64> value;
    bool synthetic = false; // written by `mistctl demo seed`, not by a citizen

    // The stable names used in the database, exports and the API ("session_started").
    [[nodiscard]] static QString typeName(Type type);
    [[nodiscard]] static std::optional<Type> typeFromName(QStringView name);
    [[nodiscard]] QString typeName() const { return typeName(type); }

    // Subjects are short identifiers; anything longer is cut, so nothing like a typed text or a
    // whole URL can reach the log through a careless caller.
    static constexpr qsizetype maxSubjectLength = 120;
    [[nodiscard]] static QString cleanSubject(const QString &subject);

    friend bool operator==(const UsageEvent &, const UsageEvent &) = default;
};

} // namespace Mist
