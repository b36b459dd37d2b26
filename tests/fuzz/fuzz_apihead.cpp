// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// libFuzzer harness: what a machine on the LAN sends the staff API. The connection guard's head
// check (GuardedTcpServer::examineHead), then, for a head it accepts, the query parsing of
// /events and /report (the period and the month).
#include "api/guardedtcpserver.h"
#include "fuzzsupport.h"
#include "usage/usagetimerange.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype maxHeadBytes = 8 * 1024;

void parseQuery(const QByteArray &head)
{
    const qsizetype lineEnd = head.indexOf("\r\n");
    const QList<QByteArray> requestLine = head.left(lineEnd).split(' ');
    if (requestLine.size() < 2)
        return;
    const QUrl url = QUrl::fromEncoded(requestLine.at(1));
    const QUrlQuery query(url);
    QString error;
    const auto range
        = Mist::UsageTimeRange::parse(query.queryItemValue(u"from"_s, QUrl::FullyDecoded),
            query.queryItemValue(u"to"_s, QUrl::FullyDecoded), &error);
    if (range && range->toMs < range->fromMs)
        __builtin_trap();
    if (!range && error.isEmpty())
        __builtin_trap();
    const auto month = Mist::UsageTimeRange::month(query.queryItemValue(u"month"_s));
    if (month && month->toMs <= month->fromMs)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    MistFuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = MistFuzz::bytes(data, size);
    using Verdict = Mist::GuardedTcpServer::HeadVerdict;
    const Verdict verdict = Mist::GuardedTcpServer::examineHead(input, maxHeadBytes);
    switch (verdict.kind) {
    case Verdict::Kind::NeedMore:
        // The guard may wait only while the head can still fit.
        if (input.size() > maxHeadBytes)
            __builtin_trap();
        break;
    case Verdict::Kind::Accept:
        if (verdict.length <= 0 || verdict.length > input.size() || verdict.length > maxHeadBytes)
            __builtin_trap();
        // An accepted head has CRLF line ends only (hole 7).
        for (qsizetype i = 0; i < verdict.length; ++i) {
            const char c = input.at(i);
            if ((c == '\n' && (i == 0 || input.at(i - 1) != '\r'))
                || (c == '\r' && (i + 1 >= verdict.length || input.at(i + 1) != '\n')))
                __builtin_trap();
        }
        parseQuery(input.left(verdict.length));
        break;
    case Verdict::Kind::Refuse:
        if (verdict.status < 400 || verdict.status > 599 || verdict.message.isEmpty())
            __builtin_trap();
        break;
    }
    return 0;
}
