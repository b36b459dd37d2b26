// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "scandesk.h"

#include "documents/documenttray.h"
#include "scanning/scanservice.h"
#include "session/sessioncontroller.h"
#include "usage/usagerecorder.h"

#include <QScopeGuard>
#include <QTransform>

#include <exception>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

ScanDesk::Problem fromScanner(SaneScanner::Problem problem)
{
    switch (problem) {
    case SaneScanner::Problem::None:
    case SaneScanner::Problem::Cancelled:
        return ScanDesk::NoProblem;
    case SaneScanner::Problem::NoScanner:
        return ScanDesk::NoScanner;
    case SaneScanner::Problem::Busy:
        return ScanDesk::Busy;
    case SaneScanner::Problem::Jammed:
        return ScanDesk::Jammed;
    case SaneScanner::Problem::NoPaper:
        return ScanDesk::NoPaper;
    case SaneScanner::Problem::CoverOpen:
        return ScanDesk::CoverOpen;
    case SaneScanner::Problem::Failed:
        break;
    }
    return ScanDesk::Failed;
}

} // namespace

ScanDesk::ScanDesk(ScanService *scanner, DocumentTray *tray, UsageRecorder *usage,
    KioskConfig::Scanning settings, SessionController *session, QObject *parent)
    : QObject(parent)
    , m_scanner(scanner)
    , m_tray(tray)
    , m_usage(usage)
    , m_settings(std::move(settings))
{
    if (scanner) {
        connect(scanner, &ScanService::scanningChanged, this, &ScanDesk::scanningChanged);
        connect(scanner, &ScanService::progress, this, [this](int percent) {
            m_progress = percent;
            Q_EMIT progressChanged();
        });
        connect(scanner, &ScanService::pageScanned, this,
            [this](const QImage &page, std::chrono::milliseconds) { onPage(page); });
        connect(scanner, &ScanService::failed, this, [this](SaneScanner::Problem problem) {
            m_replaceIndex = -1;
            setProblem(fromScanner(problem));
        });
    }
    if (session)
        connect(session, &SessionController::sessionEnded, this, &ScanDesk::discard);
}

// The thread making a PDF only reads its own copy of the pages and then posts to this object,
// so waiting for it here (at most the two seconds a document takes) is what keeps that post
// from reaching a destroyed object.
ScanDesk::~ScanDesk()
{
    if (m_preparing.valid())
        m_preparing.wait();
    for (auto &dropped : m_dropped)
        dropped.second.wait();
}

bool ScanDesk::available() const
{
    return m_scanner && m_scanner->enabled();
}

bool ScanDesk::isScanning() const
{
    return m_scanner && m_scanner->isScanning();
}

void ScanDesk::setPreset(Preset preset)
{
    if (m_preset == preset)
        return;
    m_preset = preset;
    Q_EMIT presetChanged();
}

void ScanDesk::setCurrentPage(int index)
{
    index = m_pages.isEmpty() ? -1 : std::clamp(index, 0, int(m_pages.size()) - 1);
    if (m_currentPage == index)
        return;
    m_currentPage = index;
    Q_EMIT currentPageChanged();
}

bool ScanDesk::scan()
{
    return startScan(-1);
}

bool ScanDesk::rescan(int index)
{
    if (index < 0 || index >= m_pages.size())
        return false;
    return startScan(index);
}

bool ScanDesk::startScan(int replaceIndex)
{
    if (!m_scanner || isPreparing())
        return false;
    setProblem(NoProblem);
    m_progress = 0;
    Q_EMIT progressChanged();
    if (!m_scanner->scan(m_preset == Photo ? ScanPreset::Photo : ScanPreset::Text))
        return false;
    m_replaceIndex = replaceIndex;
    return true;
}

void ScanDesk::onPage(const QImage &page)
{
    if (m_replaceIndex >= 0 && m_replaceIndex < m_pages.size()) {
        m_pages[m_replaceIndex] = page;
        const int index = m_replaceIndex;
        m_replaceIndex = -1;
        ++m_revision;
        Q_EMIT pagesChanged();
        setCurrentPage(index);
        return;
    }
    m_replaceIndex = -1;
    addPage(page);
}

void ScanDesk::addPage(const QImage &page)
{
    if (page.isNull())
        return;
    m_pages.append(page);
    ++m_revision;
    Q_EMIT pagesChanged();
    setCurrentPage(int(m_pages.size()) - 1);
}

void ScanDesk::rotate(int index)
{
    if (isPreparing())
        return;
    if (index < 0 || index >= m_pages.size())
        return;
    const QImage &page = m_pages.at(index);
    QImage turned = page.transformed(QTransform().rotate(90));
    turned.setDotsPerMeterX(page.dotsPerMeterY());
    turned.setDotsPerMeterY(page.dotsPerMeterX());
    m_pages[index] = turned;
    ++m_revision;
    Q_EMIT pagesChanged();
}

void ScanDesk::remove(int index)
{
    if (isPreparing())
        return;
    if (index < 0 || index >= m_pages.size())
        return;
    m_pages.removeAt(index);
    ++m_revision;
    Q_EMIT pagesChanged();
    const int current = m_currentPage;
    m_currentPage = -2; // forces the change signal
    setCurrentPage(std::min(current, int(m_pages.size()) - 1));
}

void ScanDesk::cancel()
{
    if (m_scanner)
        m_scanner->cancel();
}

void ScanDesk::dismissProblem()
{
    setProblem(NoProblem);
}

bool ScanDesk::finish(const QString &title)
{
    if (m_pages.isEmpty() || !m_tray || isPreparing() || isScanning())
        return false;
    const int generation = ++m_generation;
    const int pageCount = int(m_pages.size());
    // QImage shares its pixels until written to; the pages here are only ever replaced, never
    // written in place, so the thread's copy stays as it was when Done was pressed.
    m_preparing = std::async(std::launch::async,
        [this, pages = m_pages, maxBytes = m_settings.maxUploadBytes(), generation, title,
            pageCount] {
            ScanOutput::Result pdf;
            try {
                pdf = ScanOutput::pdf(pages, maxBytes);
            } catch (const std::exception &) {
                pdf = {}; // no bytes: the tray refuses them and the screen says it failed
            }
            // Always posted, so the screen never waits for a document that is not coming.
            QMetaObject::invokeMethod(
                this,
                [this, generation, title, pageCount] {
                    onDocumentMade(generation, title, pageCount);
                },
                Qt::QueuedConnection);
            return pdf;
        });
    Q_EMIT preparingChanged();
    return true;
}

void ScanDesk::onDocumentMade(int generation, const QString &title, int pageCount)
{
    if (generation != m_generation || !m_preparing.valid()) {
        // A dropped document: its thread has posted this as its last step, so the wait is for
        // it to return, and the pages' copy and the PDF go with it.
        std::erase_if(m_dropped, [generation](auto &dropped) {
            if (dropped.first != generation)
                return false;
            dropped.second.wait();
            return true;
        });
        return;
    }
    const ScanOutput::Result pdf = m_preparing.get();
    // preparingChanged comes last on every path, after the problem or the document, so the
    // screen sees how it ended when it sees that it ended.
    const auto ended = qScopeGuard([this] { Q_EMIT preparingChanged(); });
    if (!m_tray)
        return;
    QString id;
    switch (m_tray->add(pdf.bytes, title, DocumentTray::Origin::Scan, {}, &id)) {
    case DocumentTray::AddResult::Added:
        break;
    case DocumentTray::AddResult::TrayFull:
        setProblem(TrayFull);
        return;
    case DocumentTray::AddResult::TooLarge:
        setProblem(TooLarge);
        return;
    case DocumentTray::AddResult::NotPdf:
        setProblem(Failed);
        return;
    }
    m_tray->setPageCount(id, pageCount);
    if (m_usage)
        m_usage->documentScanned(m_preset == Photo ? u"photo"_s : u"text"_s, pageCount);
    m_reduced = pdf.reduced;
    m_overLimit = !pdf.fits;
    Q_EMIT finishedChanged();
    clearPages();
    if (m_scanner)
        m_scanner->release();
    Q_EMIT documentReady(id);
}

void ScanDesk::dropPreparation()
{
    if (!m_preparing.valid())
        return;
    // The citizen is gone or changed their mind: what is being made is not kept. Not waited for
    // here (up to two seconds of a frozen screen): onDocumentMade() lets it go when it is done.
    m_dropped.emplace_back(m_generation, std::move(m_preparing));
    ++m_generation;
    Q_EMIT preparingChanged();
}

void ScanDesk::discard()
{
    dropPreparation();
    cancel();
    m_replaceIndex = -1;
    setProblem(NoProblem);
    clearPages();
    if (m_reduced || m_overLimit) {
        m_reduced = m_overLimit = false;
        Q_EMIT finishedChanged();
    }
    if (m_scanner)
        m_scanner->release();
}

void ScanDesk::clearPages()
{
    if (m_pages.isEmpty())
        return;
    m_pages.clear();
    ++m_revision;
    Q_EMIT pagesChanged();
    setCurrentPage(-1);
}

QImage ScanDesk::page(int index) const
{
    return index >= 0 && index < m_pages.size() ? m_pages.at(index) : QImage();
}

void ScanDesk::setProblem(Problem problem)
{
    if (m_problem == problem)
        return;
    m_problem = problem;
    Q_EMIT problemChanged();
}

} // namespace Mist
