// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The command line of the kiosk's Chromium (Qt WebEngine reads it from QTWEBENGINE_CHROMIUM_FLAGS).
// The kiosk starts from its own flags. Flags found in the environment (a systemd drop-in, a shell
// profile) are kept only if they are display and GPU workarounds: anything else could open a
// debugging port, turn off web security, swap the user data or the proxy, or log page content.
#pragma once

#include <QStringList>

namespace Mist::ChromiumFlags {

// What the kiosk always passes: no logging of Chromium's own (its warnings carry full URLs),
// WebRTC only over public interfaces (no local addresses in ICE candidates), and no idle
// unsandboxed zygote (memory, issue 19).
[[nodiscard]] QStringList kioskFlags();

// Splits a flag string as Qt WebEngine does: on spaces, with "double quoted" arguments kept whole.
[[nodiscard]] QStringList split(const QString &flags);
// The inverse of split(): an argument with a space is quoted.
[[nodiscard]] QString join(const QStringList &flags);

struct Filtered
{
    QStringList kept;
    // The names (without values) of the refused flags and of anything that is not a flag.
    QStringList refused;
};
// Keeps only the environment flags on the allow list (GPU and display workarounds).
[[nodiscard]] Filtered filterEnvironment(const QStringList &flags);

} // namespace Mist::ChromiumFlags
