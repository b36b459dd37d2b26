// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// A PortalEntry as one entry of the feed format (schema/feed.schema.json), and back. The store
// keeps every entry (feed or local) as this JSON, so there is one format on the wire and on disk.
//
// Reading never has a parser of its own: the objects are wrapped in a minimal feed document and
// go through FeedParser::parse, so a stored row is checked by exactly the code that checks a
// downloaded feed, and a row damaged on disk is dropped like a bad feed entry.
#pragma once

#include "feed.h"
#include "portalentry.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace Mist::PortalEntryJson {

// The entry as the feed writes it, as compact UTF-8 with members in the schema's order: the form
// the store keeps. Empty optional fields are left out; the URL is written fully encoded (an xn--
// host), which FeedParser reads back to the same QUrl.
[[nodiscard]] QByteArray toJsonText(const PortalEntry &entry);
// The same as a JSON object (toJsonText() read back, so there is one writer).
[[nodiscard]] QJsonObject toJson(const PortalEntry &entry);

// The entries that pass FeedParser's checks, in order. The others are left out (FeedParser logs
// them with lcDirectory) and, if dropped is given, listed there.
[[nodiscard]] std::vector<PortalEntry> fromJson(
    const QJsonArray &entries, std::vector<DroppedEntry> *dropped = nullptr);
// One entry; nothing, and the reason in *reason, if FeedParser would drop it.
[[nodiscard]] std::optional<PortalEntry> fromJson(
    const QJsonObject &entry, QString *reason = nullptr);
// Texts as written by toJsonText(). All of them are parsed as one document; if that document
// fails as a whole (a row that is not JSON at all), each text is parsed on its own, so one
// damaged row loses only itself.
[[nodiscard]] std::vector<PortalEntry> fromJsonTexts(
    const QList<QByteArray> &texts, std::vector<DroppedEntry> *dropped = nullptr);

} // namespace Mist::PortalEntryJson
