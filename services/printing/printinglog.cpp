// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "printinglog.h"

Q_LOGGING_CATEGORY(lcPrinting, "mist.printing", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDocuments, "mist.documents", QtInfoMsg)
