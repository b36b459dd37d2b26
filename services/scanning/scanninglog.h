// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#pragma once

#include <QLoggingCategory>

// mist.scanning: the scanner through SANE (device names and SANE statuses, never a page).
Q_DECLARE_LOGGING_CATEGORY(lcScanning)
