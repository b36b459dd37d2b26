// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "staffapi.h"

#include "core/logging.h"
#include "staffapiserver.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace Mist {

StaffApi::StaffApi(QString dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
{
    m_thread.setObjectName(u"mist-staff-api"_s);
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    connect(&m_debounce, &QTimer::timeout, this, &StaffApi::apply);
    auto changed = [this] { m_debounce.start(); };
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, changed);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, changed);
}

StaffApi::~StaffApi()
{
    stopServer();
    m_thread.quit();
    m_thread.wait();
}

void StaffApi::start()
{
    m_thread.start(QThread::LowPriority);
    // The directory sees the settings file appear, disappear and be replaced (QSaveFile renames).
    m_watcher.addPath(m_dataDir);
    apply();
}

void StaffApi::stopServer()
{
    if (!m_server)
        return;
    QMetaObject::invokeMethod(
        m_server, [server = m_server] { delete server; }, Qt::BlockingQueuedConnection);
    m_server = nullptr;
    m_port = 0;
}

void StaffApi::apply()
{
    QString error;
    const ApiSettings settings = ApiSettings::load(m_dataDir, &error);
    if (!error.isEmpty())
        qCWarning(lcApi).noquote() << error;
    if (m_applied && settings == m_current)
        return;
    const bool onlyToken = m_applied && m_server && settings.enabled && m_current.enabled
        && settings.address == m_current.address && settings.port == m_current.port
        && settings.tlsCertificate == m_current.tlsCertificate
        && settings.tlsKey == m_current.tlsKey;
    m_current = settings;
    m_applied = true;
    if (onlyToken) {
        QMetaObject::invokeMethod(m_server,
            [server = m_server, hash = settings.tokenHash] { server->setTokenHash(hash); });
        qCInfo(lcApi, "staff API token changed");
        return;
    }
    stopServer();
    if (settings.enabled) {
        quint16 port = 0;
        // Created in the API thread, so its sockets and databases belong there.
        QMetaObject::invokeMethod(
            m_context,
            [&] {
                auto *server = new StaffApiServer(m_dataDir, settings);
                QString startError;
                if (server->start(&startError)) {
                    m_server = server;
                    port = server->port();
                } else {
                    qCWarning(lcApi).noquote() << "staff API:" << startError;
                    delete server;
                }
            },
            Qt::BlockingQueuedConnection);
        m_port = port;
    } else {
        qCInfo(lcApi, "staff API is off");
    }
    Q_EMIT listeningChanged(m_port);
}

} // namespace Mist
