// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "scanninglog.h"

Q_LOGGING_CATEGORY(lcScanning, "mist.scanning", QtInfoMsg)
