// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// One logging category per subsystem. Enable one with QT_LOGGING_RULES="mist.session.debug=true".
// Never log citizen input, URLs beyond a portal id, tokens or PINs.
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApp) // mist.app: start-up, command line, the executables
Q_DECLARE_LOGGING_CATEGORY(lcConfig) // mist.config: configuration files
Q_DECLARE_LOGGING_CATEGORY(lcSession) // mist.session: citizen sessions (no personal data)
Q_DECLARE_LOGGING_CATEGORY(lcUi) // mist.ui: screens, language, QML
Q_DECLARE_LOGGING_CATEGORY(lcDirectory) // mist.directory: the portal directory and its feed
Q_DECLARE_LOGGING_CATEGORY(lcSync) // mist.sync: fetching feeds and calendars
Q_DECLARE_LOGGING_CATEGORY(lcHttp) // mist.http: the HTTP client (hosts only, never full URLs)
Q_DECLARE_LOGGING_CATEGORY(lcLinks) // mist.links: portal link health checks
Q_DECLARE_LOGGING_CATEGORY(lcDb) // mist.db: SQLite storage and migrations
Q_DECLARE_LOGGING_CATEGORY(lcApi) // mist.api: the staff HTTP API
Q_DECLARE_LOGGING_CATEGORY(lcSchedule) // mist.schedule: training calendars, parsing and expansion
Q_DECLARE_LOGGING_CATEGORY(
    lcLearning) // mist.learning: guides and course materials (file names only)
// mist.course: the course, its loading and checks (file names only)
Q_DECLARE_LOGGING_CATEGORY(lcCourse)
Q_DECLARE_LOGGING_CATEGORY(lcBrowser) // mist.browser: the kiosk browser (portal ids and hosts only)
Q_DECLARE_LOGGING_CATEGORY(
    lcAdmin) // mist.admin: librarian mode, PIN checks, settings (never a PIN)
Q_DECLARE_LOGGING_CATEGORY(lcRemovable) // mist.removable: USB sticks, reports on them
Q_DECLARE_LOGGING_CATEGORY(lcSpeech) // mist.speech: read-aloud, voices (never the text read)
