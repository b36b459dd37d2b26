// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Public suffixes ("gov.ua", "com.ua", "github.io"): names under which anyone may register a
// site. A portal or login host must never be one, or every site under it would count as the
// portal's. Answered by libpsl from the Public Suffix List Debian ships (the newer of the list
// built into libpsl and /usr/share/publicsuffix), never from a hand-made list.
#pragma once

#include <QString>

namespace Mist::PublicSuffix {

// True if host (lower case, ASCII/xn-- form, no trailing dot) is a public suffix, including a
// bare top-level domain ("ua", "com") and a name the list does not know of at all ("example").
[[nodiscard]] bool isPublicSuffix(const QString &host);

} // namespace Mist::PublicSuffix
