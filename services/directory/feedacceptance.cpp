// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "feedacceptance.h"

#include "feedparser.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Mist {

FeedAcceptance::CommentFields FeedAcceptance::parseTrustedComment(
    const QString &comment, QString *error)
{
    CommentFields fields;
    static const QRegularExpression separators(u"[ \\t]+"_s);
    const QStringList words = comment.split(separators, Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (word.startsWith("version="_L1)) {
            bool ok = false;
            const qint64 version = word.mid(8).toLongLong(&ok);
            if (!ok || version < 0) {
                if (error)
                    *error = u"the trusted comment's version= is not a whole number"_s;
                continue;
            }
            fields.version = version;
        } else if (word.startsWith("expires="_L1)) {
            const QDateTime expires = FeedParser::parseTimestamp(word.mid(8));
            if (!expires.isValid()) {
                if (error)
                    *error = u"the trusted comment's expires= is not an RFC 3339 date-time"_s;
                continue;
            }
            fields.expires = expires;
        }
    }
    return fields;
}

FeedAcceptance::Decision FeedAcceptance::decide(const Feed &feed,
    std::optional<qint64> lastAcceptedVersion, const QDateTime &now, const QString &trustedComment)
{
    QString commentError;
    const CommentFields fields = parseTrustedComment(trustedComment, &commentError);
    if (!commentError.isEmpty())
        return {Verdict::TrustedCommentMismatch, commentError};
    if (fields.version && *fields.version != feed.version) {
        return {Verdict::TrustedCommentMismatch,
            u"the trusted comment says version %1 but the feed is version %2"_s.arg(*fields.version)
                .arg(feed.version)};
    }
    if (fields.expires.isValid() && fields.expires != feed.expires) {
        return {Verdict::TrustedCommentMismatch,
            u"the trusted comment says the feed expires %1 but the feed says %2"_s.arg(
                fields.expires.toString(Qt::ISODate), feed.expires.toString(Qt::ISODate))};
    }

    if (lastAcceptedVersion && feed.version < *lastAcceptedVersion) {
        return {Verdict::Rollback,
            u"version %1 is older than the accepted version %2"_s.arg(feed.version)
                .arg(*lastAcceptedVersion)};
    }
    if (feed.expires < now) {
        return {Verdict::Expired,
            u"the feed expired at %1"_s.arg(feed.expires.toUTC().toString(Qt::ISODate))};
    }
    if (lastAcceptedVersion && feed.version == *lastAcceptedVersion)
        return {Verdict::SameVersion, u"version %1 is already accepted"_s.arg(feed.version)};
    return {Verdict::Accept, {}};
}

FeedAcceptance::Freshness FeedAcceptance::freshness(const QDateTime &expires, const QDateTime &now)
{
    if (!expires.isValid() || !now.isValid() || now < expires)
        return Freshness::Current;
    const qint64 graceMs = std::chrono::milliseconds(expiryGrace).count();
    return now.toMSecsSinceEpoch() - expires.toMSecsSinceEpoch() < graceMs ? Freshness::InGrace
                                                                           : Freshness::Expired;
}

} // namespace Mist
