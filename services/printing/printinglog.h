// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The logging categories of printing and the document tray (kept here, not in core/logging.h,
// so the rest of the services does not rebuild for them). Job ids and sizes only: never a
// document's title, name or contents.
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcPrinting) // mist.printing: CUPS printers and jobs
Q_DECLARE_LOGGING_CATEGORY(lcDocuments) // mist.documents: the session document tray
