// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "feed.h"

namespace Mist {

const PortalEntry *Feed::entry(QStringView id) const
{
    for (const PortalEntry &candidate : entries) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

} // namespace Mist
