// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "offlinenetwork.h"

#include "core/logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QQmlEngine>
#include <QTimer>

namespace Mist {

namespace {

// A reply that has already failed: no socket, no DNS look-up, no byte sent.
class RefusedReply : public QNetworkReply
{
public:
    RefusedReply(
        QNetworkAccessManager::Operation operation, const QNetworkRequest &request, QObject *parent)
        : QNetworkReply(parent)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(operation);
        setError(ContentAccessDenied, QStringLiteral("the kiosk's screens have no network"));
        QNetworkReply::open(ReadOnly | Unbuffered);
        setFinished(true);
        QTimer::singleShot(0, this, [this] {
            Q_EMIT errorOccurred(error());
            Q_EMIT finished();
        });
    }

    void abort() override { }

protected:
    qint64 readData(char *, qint64) override { return -1; }
};

class OfflineNetworkAccessManager : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;

protected:
    QNetworkReply *createRequest(
        Operation operation, const QNetworkRequest &request, QIODevice *outgoingData) override
    {
        // A data: URL is decoded in memory (no socket, no look-up): the course's illustrations,
        // recoloured to the theme, reach their Image that way. Only reads.
        if (request.url().scheme() == QLatin1String("data")
            && (operation == GetOperation || operation == HeadOperation))
            return QNetworkAccessManager::createRequest(operation, request, outgoingData);
        // The scheme alone: a URL can carry what a calendar or a feed put in it.
        qCWarning(lcApp).noquote()
            << "refused a" << request.url().scheme() << "request from the UI (it has no network)";
        return new RefusedReply(operation, request, this);
    }
};

} // namespace

QNetworkAccessManager *OfflineNetworkFactory::create(QObject *parent)
{
    return new OfflineNetworkAccessManager(parent);
}

void OfflineNetworkFactory::install(QQmlEngine *engine)
{
    static OfflineNetworkFactory factory;
    engine->setNetworkAccessManagerFactory(&factory);
}

} // namespace Mist
