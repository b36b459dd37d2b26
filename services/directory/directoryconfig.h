// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Turns the [directory] section of the kiosk's configuration into the settings of a
// DirectorySync, reading the public key files it names. Shared by the kiosk and mistctl, so
// `mistctl directory sync` does exactly what the kiosk would.
#pragma once

#include "config/kioskconfig.h"
#include "directorysync.h"

#include <QStringList>

namespace Mist {

// problems receives one line per key file that cannot be used. The settings are not configured
// (isConfigured() false) when no URL or no usable key remains.
[[nodiscard]] DirectorySync::Settings directorySyncSettings(
    const KioskConfig::Directory &config, QStringList *problems = nullptr);

} // namespace Mist
