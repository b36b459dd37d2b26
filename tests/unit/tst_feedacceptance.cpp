// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// FeedAcceptance: newer feeds are accepted; older ones (rollback), expired ones (freeze) and
// ones whose signed trusted comment disagrees are refused; the same version is not an error.

#include "directory/feedacceptance.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mist;

namespace {

using Verdict = FeedAcceptance::Verdict;

const QDateTime now(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);

Feed feed(qint64 version, const QDateTime &expires = now.addDays(90))
{
    Feed result;
    result.version = version;
    result.generated = now.addDays(-1);
    result.expires = expires;
    return result;
}

} // namespace

class TestFeedAcceptance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decisions_data()
    {
        QTest::addColumn<qint64>("version");
        QTest::addColumn<QDateTime>("expires");
        QTest::addColumn<std::optional<qint64>>("lastAccepted");
        QTest::addColumn<QString>("comment");
        QTest::addColumn<Verdict>("verdict");

        const QDateTime later = now.addDays(30);
        const std::optional<qint64> none;
        QTest::newRow("first feed") << qint64(1) << later << none << QString() << Verdict::Accept;
        QTest::newRow("over the bundled directory")
            << qint64(1) << later << std::optional<qint64>(0) << QString() << Verdict::Accept;
        QTest::newRow("newer") << qint64(8) << later << std::optional<qint64>(7) << QString()
                               << Verdict::Accept;
        QTest::newRow("much newer")
            << qint64(1000) << later << std::optional<qint64>(7) << QString() << Verdict::Accept;
        QTest::newRow("same version")
            << qint64(7) << later << std::optional<qint64>(7) << QString() << Verdict::SameVersion;
        QTest::newRow("rollback") << qint64(6) << later << std::optional<qint64>(7) << QString()
                                  << Verdict::Rollback;
        QTest::newRow("rollback to zero")
            << qint64(0) << later << std::optional<qint64>(7) << QString() << Verdict::Rollback;
        QTest::newRow("expired") << qint64(8) << now.addSecs(-1) << std::optional<qint64>(7)
                                 << QString() << Verdict::Expired;
        QTest::newRow("expires right now")
            << qint64(8) << now << std::optional<qint64>(7) << QString() << Verdict::Accept;
        QTest::newRow("expired first feed")
            << qint64(1) << now.addDays(-400) << none << QString() << Verdict::Expired;
        // An old, expired feed replayed is reported as what it is first: a rollback.
        QTest::newRow("rollback and expired")
            << qint64(3) << now.addDays(-10) << std::optional<qint64>(7) << QString()
            << Verdict::Rollback;
        // The same version that has since expired: the server is serving a frozen feed.
        QTest::newRow("same version, expired")
            << qint64(7) << now.addDays(-1) << std::optional<qint64>(7) << QString()
            << Verdict::Expired;
        QTest::newRow("matching comment")
            << qint64(8) << QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC)
            << std::optional<qint64>(7) << u"mist-feed version=8 expires=2027-01-01T00:00:00Z"_s
            << Verdict::Accept;
        QTest::newRow("matching comment, other offset")
            << qint64(8) << QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC)
            << std::optional<qint64>(7)
            << u"mist-feed\tversion=8\texpires=2027-01-01T02:00:00+02:00"_s << Verdict::Accept;
        QTest::newRow("minisign's default comment")
            << qint64(8) << later << std::optional<qint64>(7)
            << u"timestamp:1795710947\tfile:feed.json\thashed"_s << Verdict::Accept;
        QTest::newRow("comment names another version")
            << qint64(8) << later << std::optional<qint64>(7) << u"mist-feed version=9"_s
            << Verdict::TrustedCommentMismatch;
        QTest::newRow("comment names another expiry")
            << qint64(8) << QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC)
            << std::optional<qint64>(7) << u"expires=2027-02-01T00:00:00Z"_s
            << Verdict::TrustedCommentMismatch;
        QTest::newRow("comment with an unreadable version")
            << qint64(8) << later << std::optional<qint64>(7) << u"version=eight"_s
            << Verdict::TrustedCommentMismatch;
        QTest::newRow("comment with an unreadable expiry")
            << qint64(8) << later << std::optional<qint64>(7) << u"expires=soon"_s
            << Verdict::TrustedCommentMismatch;
        // Words that only start like a field are not that field.
        QTest::newRow("versioned is not version") << qint64(8) << later << std::optional<qint64>(7)
                                                  << u"versioned=yes"_s << Verdict::Accept;
    }

    void decisions()
    {
        QFETCH(qint64, version);
        QFETCH(QDateTime, expires);
        QFETCH(std::optional<qint64>, lastAccepted);
        QFETCH(QString, comment);
        QFETCH(Verdict, verdict);

        const FeedAcceptance::Decision decision
            = FeedAcceptance::decide(feed(version, expires), lastAccepted, now, comment);
        QCOMPARE(decision.verdict, verdict);
        QCOMPARE(decision.accepted(), verdict == Verdict::Accept);
        QCOMPARE(
            decision.isProblem(), verdict != Verdict::Accept && verdict != Verdict::SameVersion);
        QCOMPARE(decision.reason.isEmpty(), verdict == Verdict::Accept);
    }

    void reasonsSayWhy()
    {
        const auto rollback = FeedAcceptance::decide(feed(6), 7, now);
        QVERIFY2(rollback.reason.contains(u"6"_s) && rollback.reason.contains(u"7"_s),
            qPrintable(rollback.reason));
        const auto expired = FeedAcceptance::decide(
            feed(8, QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC)), 7, now);
        QVERIFY2(expired.reason.contains(u"2026-01-02T03:04:00Z"_s), qPrintable(expired.reason));
    }

    // Hole 13 of issue 13: the grace period after a feed's expiry.
    void freshness()
    {
        using F = FeedAcceptance::Freshness;
        const QDateTime expires(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
        QCOMPARE(FeedAcceptance::freshness(expires, expires.addMSecs(-1)), F::Current);
        QCOMPARE(FeedAcceptance::freshness(expires, expires), F::InGrace);
        QCOMPARE(FeedAcceptance::freshness(expires, expires.addDays(6)), F::InGrace);
        QCOMPARE(FeedAcceptance::freshness(
                     expires, expires.addDays(FeedAcceptance::expiryGrace.count()).addMSecs(-1)),
            F::InGrace);
        QCOMPARE(FeedAcceptance::freshness(
                     expires, expires.addDays(FeedAcceptance::expiryGrace.count())),
            F::Expired);
        QCOMPARE(FeedAcceptance::freshness(expires, expires.addYears(5)), F::Expired);
        QCOMPARE(FeedAcceptance::freshness(QDateTime(), expires), F::Current); // bundled
        QCOMPARE(FeedAcceptance::expiryGrace.count(), 7);
    }

    void parsesTrustedComments()
    {
        const auto fields = FeedAcceptance::parseTrustedComment(
            u"mist-feed version=42 expires=2027-03-01T00:00:00Z note=x"_s);
        QCOMPARE(fields.version, std::optional<qint64>(42));
        QCOMPARE(fields.expires, QDateTime(QDate(2027, 3, 1), QTime(0, 0), Qt::UTC));

        QString error;
        const auto empty = FeedAcceptance::parseTrustedComment(QString(), &error);
        QVERIFY(!empty.version);
        QVERIFY(!empty.expires.isValid());
        QVERIFY(error.isEmpty());

        const auto negative = FeedAcceptance::parseTrustedComment(u"version=-1"_s, &error);
        QVERIFY(!negative.version);
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFeedAcceptance)
#include "tst_feedacceptance.moc"
