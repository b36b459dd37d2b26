// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// A parsed portal directory feed: the entries that passed validation plus a note of every entry
// that did not. Produced by FeedParser from the JSON format in schema/feed.schema.json.
#pragma once

#include "portalentry.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace Mist {

// An entry the parser left out, and why. The reason names the field, never its value, so it
// can be logged and shown to an admin without echoing whatever a hostile feed contained.
struct DroppedEntry
{
    QString entry; // the entry's id when it had a usable one, otherwise "#<index>"
    QString reason;

    friend bool operator==(const DroppedEntry &, const DroppedEntry &) = default;
};

struct Feed
{
    static constexpr int currentSchemaVersion = 1;

    int schemaVersion = currentSchemaVersion;
    qint64 version = 0; // only ever increases; the kiosk refuses an older one (rollback)
    QDateTime generated; // UTC
    QDateTime expires; // UTC; after this the kiosk stops accepting this feed (freeze attack)
    std::vector<PortalEntry> entries; // in feed order, ids unique
    std::vector<DroppedEntry> dropped;

    [[nodiscard]] const PortalEntry *entry(QStringView id) const;
};

} // namespace Mist
