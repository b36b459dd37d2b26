// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The interface every outgoing HTTP request in Mist goes through.
#pragma once

#include "httpreply.h"
#include "httprequest.h"

namespace Mist {

// Sends HTTP requests and answers each with an HttpReply. CurlHttpClient is the real one; tests of
// other classes may hand in their own (finishing replies with HttpReply::finish()).
class HttpClient
{
public:
    HttpClient() = default;
    virtual ~HttpClient();
    Q_DISABLE_COPY_MOVE(HttpClient)

    // Starts request and returns its reply, which lives in the calling thread and is owned by the
    // caller. Never returns null and never emits finished() before returning.
    [[nodiscard]] virtual HttpReply *send(const HttpRequest &request) = 0;
};

} // namespace Mist
