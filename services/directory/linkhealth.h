// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Whether a portal's address answered the last time the kiosk looked. Written by LinkChecker,
// kept by DirectoryStore, shown by the UI as "this portal is not answering right now".
#pragma once

#include <QDateTime>
#include <QString>

namespace Mist {

struct LinkHealth
{
    enum class Status {
        Unknown, // never checked (or the check could not run, e.g. no network at all)
        Ok, // answered with 2xx or 3xx
        Down, // no answer, TLS failure, or 4xx/5xx
    };

    QString entryId; // the directory entry whose url was checked
    Status status = Status::Unknown;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString error; // one line, host only (HttpReply::errorString); empty when Ok
    QDateTime checkedAt; // UTC
    QDateTime lastOkAt; // UTC; invalid if it never answered
    // HttpReply::errorCode() of the failure ("tls", "dns", "http"…); empty when Ok. Not stored:
    // for whoever ran the check (the librarian's "Checking…" of a new address).
    QString errorCode;

    friend bool operator==(const LinkHealth &, const LinkHealth &) = default;
};

} // namespace Mist
