// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "scanservice.h"

#include "scanninglog.h"
#include "session/sessioncontroller.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace Mist {

ScanService::ScanService(QString device, SessionController *session, QObject *parent)
    : QObject(parent)
    , m_device(std::move(device))
    , m_session(session)
{
    m_thread.setObjectName(u"mist-scan"_s);
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    if (session) {
        connect(session, &SessionController::sessionEnded, this, [this] {
            if (m_scanning) {
                m_dropNextPage = true;
                cancel();
            }
            release();
        });
    }
}

ScanService::~ScanService()
{
    m_cancel = true;
    // SANE is left (sane_exit) on the thread that entered it, before the thread ends.
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            delete m_scanner;
            m_scanner = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ScanService::runOnWorker(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_worker, std::move(work), Qt::QueuedConnection);
}

bool ScanService::scan(ScanPreset preset)
{
    if (!enabled() || m_scanning || (m_session && !m_session->isActive()))
        return false;
    m_cancel = false;
    m_dropNextPage = false;
    setScanning(true);
    const ScanSettings settings = ScanSettings::forPreset(preset);
    const QString device = m_device;
    runOnWorker([this, settings, device] {
        QElapsedTimer timer;
        timer.start();
        if (!m_scanner)
            m_scanner = new SaneScanner;
        SaneScanner::Page page = m_scanner->scan(
            device, settings,
            [this](int percent) {
                QMetaObject::invokeMethod(
                    this, [this, percent] { Q_EMIT progress(percent); }, Qt::QueuedConnection);
            },
            m_cancel);
        const auto elapsed = std::chrono::milliseconds(timer.elapsed());
        QMetaObject::invokeMethod(
            this,
            [this, page = std::move(page), elapsed]() mutable {
                finishScan(std::move(page), elapsed);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void ScanService::finishScan(SaneScanner::Page page, std::chrono::milliseconds elapsed)
{
    setScanning(false);
    if (m_dropNextPage) {
        m_dropNextPage = false;
        return; // the visit it belonged to is over
    }
    if (page.problem != Problem::None) {
        qCInfo(lcScanning).noquote() << "scan ended:" << SaneScanner::problemName(page.problem);
        Q_EMIT failed(page.problem);
        return;
    }
    qCInfo(lcScanning) << "page scanned in" << elapsed.count() << "ms";
    Q_EMIT pageScanned(page.image, elapsed);
}

void ScanService::cancel()
{
    if (m_scanning)
        m_cancel = true;
}

void ScanService::release()
{
    runOnWorker([this] {
        if (m_scanner)
            m_scanner->close();
    });
}

void ScanService::listDevices(std::function<void(std::vector<SaneScanner::Device>, Problem)> done)
{
    runOnWorker([this, done = std::move(done)] {
        if (!m_scanner)
            m_scanner = new SaneScanner;
        Problem problem = Problem::None;
        std::vector<SaneScanner::Device> devices = m_scanner->devices(&problem);
        QMetaObject::invokeMethod(
            this, [done, devices = std::move(devices), problem] { done(devices, problem); },
            Qt::QueuedConnection);
    });
}

void ScanService::setScanning(bool scanning)
{
    if (m_scanning == scanning)
        return;
    m_scanning = scanning;
    Q_EMIT scanningChanged();
}

} // namespace Mist
