// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Whether a parsed feed whose signature checked out may replace the kiosk's current directory.
// Pure logic, no clock and no storage: the caller passes the last accepted version and "now".
//
// A signature alone does not stop replay: an attacker on the network (or a stale mirror) can
// serve an older feed that was validly signed once (rollback), or keep serving the current one
// forever so that a fix never arrives (freeze). The version that only increases stops the
// first, the expiry the second. In both cases the kiosk keeps its last good feed.
#pragma once

#include "feed.h"

#include <QDateTime>
#include <QString>

#include <chrono>
#include <optional>

namespace Mist {

class FeedAcceptance
{
public:
    enum class Verdict {
        Accept,
        SameVersion, // not an error: the kiosk already has this version
        Rollback, // older than the last accepted version
        Expired, // expires is before now
        TrustedCommentMismatch, // the signed trusted comment names another version or expiry
    };

    struct Decision
    {
        Verdict verdict = Verdict::Accept;
        QString reason; // one line for the log and for mistctl; empty for Accept

        [[nodiscard]] bool accepted() const { return verdict == Verdict::Accept; }
        // True for the verdicts an admin should hear about (not Accept, not SameVersion).
        [[nodiscard]] bool isProblem() const
        {
            return verdict != Verdict::Accept && verdict != Verdict::SameVersion;
        }
    };

    // lastAcceptedVersion: none when the kiosk has only its bundled directory. trustedComment:
    // the minisign trusted comment; if it carries "version=N" or "expires=T" (as the admin
    // README asks), they must match the feed. Checks run in this order: comment, rollback,
    // expiry, same version.
    [[nodiscard]] static Decision decide(const Feed &feed,
        std::optional<qint64> lastAcceptedVersion, const QDateTime &now,
        const QString &trustedComment = {});

    // The "version=" and "expires=" fields of a trusted comment such as
    // "mist-feed version=42 expires=2025-04-01T00:00:00Z". Fields are separated by spaces or
    // tabs; others are ignored. A field that is present but unreadable is reported in *error.
    struct CommentFields
    {
        std::optional<qint64> version;
        QDateTime expires; // invalid when absent
    };
    [[nodiscard]] static CommentFields parseTrustedComment(
        const QString &comment, QString *error = nullptr);

    // An accepted feed past its expiry (the regional server down, or an attacker holding back
    // new feeds) stays in use for expiryGrace, its entries flagged; after that the kiosk shows
    // its bundled directory instead until a current feed arrives (issue 13, hole 13). Documented
    // in services/directory/schema/README.md.
    static constexpr std::chrono::days expiryGrace {7};
    enum class Freshness {
        Current, // not expired, or no expiry (the bundled directory)
        InGrace, // expired less than expiryGrace ago: still shown, flagged
        Expired, // expired longer ago: not shown
    };
    [[nodiscard]] static Freshness freshness(const QDateTime &expires, const QDateTime &now);
};

} // namespace Mist
