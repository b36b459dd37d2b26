// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The answer to one HttpRequest, delivered asynchronously.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace Mist {

// The outcome of one request. It lives in the thread that called HttpClient::send(), and emits
// finished() exactly once, always asynchronously (never from inside send()), except that abort()
// emits it before returning. The caller owns it: deleteLater() it after finished(). Deleting it
// earlier cancels the transfer.
class HttpReply : public QObject
{
    Q_OBJECT
public:
    enum Error {
        NoError, // includes 304 Not Modified, see notModified()
        InsecureUrl, // not https (the request or a redirect): refused before connecting to it
        HostNotFound,
        ConnectionFailed, // refused, reset, or closed before the whole reply arrived
        TlsError, // certificate not trusted, wrong host name, public key pin mismatch, handshake
        Timeout, // connect timeout, total timeout, or slower than the low-speed limit
        HttpStatus, // the server answered 4xx or 5xx; see httpStatus()
        TooLarge, // the body is over HttpRequest::maxBodyBytes
        Cancelled, // abort(), or the client was destroyed first
        Other,
    };
    Q_ENUM(Error)

    // What an HttpClient fills in when a request ends.
    struct Result
    {
        Error error = NoError;
        QString errorString; // one line, naming the host but never the full URL
        int httpStatus = 0; // of the last response (after redirects); 0 if none arrived
        QByteArray body;
        QByteArray etag; // exactly as sent, quotes included; empty if none
        QDateTime lastModified; // invalid if none
        qint64 elapsedMs = 0; // time on the wire, not time waiting in the client's queue
    };

    explicit HttpReply(const QUrl &url, QObject *parent = nullptr);
    ~HttpReply() override;

    [[nodiscard]] QUrl url() const { return m_url; } // as requested, before any redirect
    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] Error error() const { return m_result.error; }
    [[nodiscard]] QString errorString() const { return m_result.errorString; }
    // A short stable word for an error ("dns", "tls", "timeout", "http"...): what the syncs
    // record as their last result, for status screens and mistctl --json.
    [[nodiscard]] static QString errorCode(Error error);
    [[nodiscard]] int httpStatus() const { return m_result.httpStatus; }
    // True for a 304 answer to a conditional GET: body() is empty, keep the copy you have.
    [[nodiscard]] bool notModified() const;
    [[nodiscard]] QByteArray body() const { return m_result.body; }
    [[nodiscard]] QByteArray etag() const { return m_result.etag; }
    [[nodiscard]] QDateTime lastModified() const { return m_result.lastModified; }
    [[nodiscard]] qint64 elapsedMs() const { return m_result.elapsedMs; }

    // Cancels the request. finished() is emitted with Cancelled before this returns. Does nothing
    // once the reply has finished.
    void abort();

    // For HttpClient implementations (and fakes in tests): ends the reply with result and emits
    // finished(). Only the first call counts; later ones (a result racing an abort()) are ignored.
    void finish(Result result);

    // For HttpClient implementations: called once, in this reply's thread, when the reply gives up
    // on a request that has not finished (abort(), or destruction). After it returns the client
    // must not touch this reply again: it may be about to be deleted.
    void setCancelHandler(std::function<void()> handler);

Q_SIGNALS:
    void finished();

private:
    void cancelTransfer();

    QUrl m_url;
    Result m_result;
    bool m_finished = false;
    std::function<void()> m_cancelHandler;
};

} // namespace Mist
