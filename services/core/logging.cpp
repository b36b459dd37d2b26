// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "logging.h"

Q_LOGGING_CATEGORY(lcApp, "mist.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "mist.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSession, "mist.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "mist.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDirectory, "mist.directory", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "mist.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "mist.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLinks, "mist.links", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDb, "mist.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApi, "mist.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSchedule, "mist.schedule", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBrowser, "mist.browser", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLearning, "mist.learning", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCourse, "mist.course", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAdmin, "mist.admin", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRemovable, "mist.removable", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSpeech, "mist.speech", QtInfoMsg)
