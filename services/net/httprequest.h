// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// One outgoing HTTP request, as a value handed to HttpClient::send().
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QUrl>

#include <chrono>
#include <optional>

namespace Mist {

// What to fetch and how long to wait for it. Only https URLs are ever fetched; anything else ends
// with HttpReply::InsecureUrl before a connection is made.
struct HttpRequest
{
    enum class Method { Get, Head };

    // An inclusive byte range, as in "Range: bytes=first-last".
    struct ByteRange
    {
        qint64 first = 0;
        qint64 last = 0;
    };

    QUrl url;
    Method method = Method::Get;

    // A small ranged GET, for link checks against servers that refuse HEAD. A server that ignores
    // the range and sends the whole body is cut off after the range's length; that is not an error.
    // Ignored for HEAD.
    std::optional<ByteRange> range;

    // Conditional GET: a 304 answer ends with NoError and HttpReply::notModified().
    QByteArray ifNoneMatch; // an ETag exactly as the server sent it, quotes included
    QDateTime ifModifiedSince; // not sent when invalid

    // A larger body (whatever Content-Length says, or does not say) ends with TooLarge.
    qint64 maxBodyBytes = 5 * 1024 * 1024;

    // libcurl's defaults are a 300 s connect timeout and no limit at all on the rest.
    std::chrono::milliseconds connectTimeout = std::chrono::seconds(10);
    std::chrono::milliseconds totalTimeout = std::chrono::seconds(30);
    // A transfer slower than lowSpeedBytesPerSecond for lowSpeedTime is aborted (Timeout).
    // libcurl measures lowSpeedTime in whole seconds.
    qint64 lowSpeedBytesPerSecond = 1024;
    std::chrono::seconds lowSpeedTime = std::chrono::seconds(15);
};

} // namespace Mist
