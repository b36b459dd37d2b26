// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "httpreply.h"

using namespace Qt::StringLiterals;

namespace Mist {

HttpReply::HttpReply(const QUrl &url, QObject *parent)
    : QObject(parent)
    , m_url(url)
{ }

HttpReply::~HttpReply()
{
    if (!m_finished)
        cancelTransfer();
}

bool HttpReply::notModified() const
{
    return m_finished && m_result.error == NoError && m_result.httpStatus == 304;
}

void HttpReply::abort()
{
    if (m_finished)
        return;
    cancelTransfer();
    Result result;
    result.error = Cancelled;
    result.errorString = m_url.host() + u": cancelled"_s;
    finish(std::move(result));
}

void HttpReply::finish(Result result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_cancelHandler = nullptr; // the client is done with this reply
    m_result = std::move(result);
    Q_EMIT finished();
}

void HttpReply::setCancelHandler(std::function<void()> handler)
{
    m_cancelHandler = std::move(handler);
}

void HttpReply::cancelTransfer()
{
    if (auto handler = std::exchange(m_cancelHandler, nullptr))
        handler();
}

QString HttpReply::errorCode(Error error)
{
    switch (error) {
    case NoError:
        return u"ok"_s;
    case InsecureUrl:
        return u"insecure-url"_s;
    case HostNotFound:
        return u"dns"_s;
    case ConnectionFailed:
        return u"connection"_s;
    case TlsError:
        return u"tls"_s;
    case Timeout:
        return u"timeout"_s;
    case HttpStatus:
        return u"http"_s;
    case TooLarge:
        return u"too-large"_s;
    case Cancelled:
        return u"cancelled"_s;
    case Other:
        break;
    }
    return u"error"_s;
}

} // namespace Mist
