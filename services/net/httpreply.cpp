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

} // namespace Mist
