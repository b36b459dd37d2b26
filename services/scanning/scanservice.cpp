// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "scanservice.h"

#include "scanhelper.h"
#include "scanninglog.h"
#include "session/sessioncontroller.h"

namespace Mist {

ScanService::ScanService(QString device, SessionController *session, QObject *parent)
    : QObject(parent)
    , m_device(std::move(device))
    , m_session(session)
    , m_helperSilenceLimit(ScanHelper::silenceLimit)
{
    if (session) {
        connect(session, &SessionController::sessionEnded, this, [this] {
            if (m_scanning) {
                m_dropNextPage = true;
                cancel();
            }
            // Closes the device and ends SANE's process: the next visit starts afresh.
            if (m_helper)
                retire(m_helper);
        });
    }
}

ScanService::~ScanService()
{
    // Each ends its process (a scan under way is cancelled) while this object is still whole.
    qDeleteAll(findChildren<ScanHelper *>(Qt::FindDirectChildrenOnly));
}

ScanHelper *ScanService::helper()
{
    if (m_helper && !m_helper->isUsable())
        retire(m_helper);
    if (!m_helper) {
        auto *helper = new ScanHelper(this);
        helper->setSilenceLimit(m_helperSilenceLimit);
        // Only one scan runs at a time, whichever helper it is on.
        connect(helper, &ScanHelper::progress, this, &ScanService::progress);
        connect(helper, &ScanHelper::scanned, this,
            [this, helper](const SaneScanner::Page &page) { finishScan(helper, page); });
        m_helper = helper;
    }
    return m_helper;
}

void ScanService::retire(ScanHelper *helper)
{
    if (helper == m_helper)
        m_helper = nullptr;
    helper->retire();
}

bool ScanService::scan(ScanPreset preset)
{
    if (!enabled() || m_scanning || (m_session && !m_session->isActive()))
        return false;
    m_dropNextPage = false;
    setScanning(true);
    m_scanTimer.start();
    m_scanHelper = helper();
    m_scanHelper->scan(m_device, ScanSettings::forPreset(preset));
    return true;
}

void ScanService::finishScan(ScanHelper *helper, const SaneScanner::Page &page)
{
    // A scan that did not end in a page may have left SANE in a state no later call should meet
    // (a backend thread cancelled while it held a libc lock): that helper is ended, and the next
    // request starts a fresh one.
    if (page.problem != Problem::None)
        retire(helper);
    m_scanHelper = nullptr;
    const auto elapsed = std::chrono::milliseconds(m_scanTimer.elapsed());
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
    if (m_scanning && m_scanHelper)
        m_scanHelper->cancel();
}

void ScanService::release()
{
    if (m_helper)
        m_helper->close();
}

void ScanService::listDevices(std::function<void(std::vector<SaneScanner::Device>, Problem)> done)
{
    helper()->listDevices(std::move(done));
}

void ScanService::setScanning(bool scanning)
{
    if (m_scanning == scanning)
        return;
    m_scanning = scanning;
    Q_EMIT scanningChanged();
}

} // namespace Mist
