// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The scanning screen's side in C++: the pages of the document being scanned (in memory), the
// preset, the scanner's progress and problems in a form the screen puts into words, and "Done",
// which makes the pages one PDF in the visit's DocumentTray (on a thread of its own: five colour
// pages take about two seconds, and the screen must stay alive meanwhile). The pages and the
// scanner are let go when the citizen leaves, finishes or the session ends; scans never exist
// outside the tray and this object, both wiped with the session.
#pragma once

#include "config/kioskconfig.h"
#include "scanning/scanoutput.h"

#include <QImage>
#include <QList>
#include <QObject>
#include <QPointer>

#include <QtQml/qqmlregistration.h>
#include <future>
#include <utility>
#include <vector>

namespace Mist {

class DocumentTray;
class ScanService;
class SessionController;
class UsageRecorder;

class ScanDesk : public QObject
{
    Q_OBJECT
    // Whether the kiosk scans at all ([scanning] device is not "none").
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(bool scanning READ isScanning NOTIFY scanningChanged)
    Q_PROPERTY(int progress READ progress NOTIFY progressChanged) // 0..100 of the page
    Q_PROPERTY(Problem problem READ problem NOTIFY problemChanged)
    Q_PROPERTY(Preset preset READ preset WRITE setPreset NOTIFY presetChanged)
    Q_PROPERTY(int pageCount READ pageCount NOTIFY pagesChanged)
    // Changes with every page change, so image://scan/ addresses change with it.
    Q_PROPERTY(int revision READ revision NOTIFY pagesChanged)
    Q_PROPERTY(int currentPage READ currentPage WRITE setCurrentPage NOTIFY currentPageChanged)
    // "Done" was pressed and the document is being made: the pages cannot change meanwhile.
    Q_PROPERTY(bool preparing READ isPreparing NOTIFY preparingChanged)
    // The last document made was made smaller to fit max_upload_mb (say so), or is still over it.
    Q_PROPERTY(bool reduced READ reduced NOTIFY finishedChanged)
    Q_PROPERTY(bool overLimit READ overLimit NOTIFY finishedChanged)
    Q_PROPERTY(double maxUploadMb READ maxUploadMb CONSTANT)

public:
    enum Problem {
        NoProblem,
        NoScanner, // not connected, switched off, or not the configured one
        Busy,
        Jammed,
        NoPaper,
        CoverOpen,
        Failed, // anything else the scanner said
        TrayFull, // the visit's documents are full
        TooLarge, // the PDF is larger than the tray takes
    };
    Q_ENUM(Problem)
    enum Preset { Text, Photo };
    Q_ENUM(Preset)

    // scanner, tray, usage may be null (screenshots without a scanner; tests).
    ScanDesk(ScanService *scanner, DocumentTray *tray, UsageRecorder *usage,
        KioskConfig::Scanning settings, SessionController *session, QObject *parent = nullptr);
    ~ScanDesk() override;

    [[nodiscard]] bool available() const;
    [[nodiscard]] bool isScanning() const;
    [[nodiscard]] int progress() const { return m_progress; }
    [[nodiscard]] Problem problem() const { return m_problem; }
    [[nodiscard]] Preset preset() const { return m_preset; }
    void setPreset(Preset preset);
    [[nodiscard]] int pageCount() const { return int(m_pages.size()); }
    [[nodiscard]] int revision() const { return m_revision; }
    [[nodiscard]] int currentPage() const { return m_currentPage; }
    void setCurrentPage(int index);
    [[nodiscard]] bool isPreparing() const { return m_preparing.valid(); }
    [[nodiscard]] bool reduced() const { return m_reduced; }
    [[nodiscard]] bool overLimit() const { return m_overLimit; }
    [[nodiscard]] double maxUploadMb() const { return m_settings.maxUploadMb; }
    [[nodiscard]] qint64 maxUploadBytes() const { return m_settings.maxUploadBytes(); }

    // Scans a new page after the last; false if it cannot start now.
    Q_INVOKABLE bool scan();
    // Scans page index again, in its place.
    Q_INVOKABLE bool rescan(int index);
    // Turns page index a quarter to the right.
    Q_INVOKABLE void rotate(int index);
    Q_INVOKABLE void remove(int index);
    Q_INVOKABLE void cancel();
    // The citizen read the problem: back to the pages (or the start).
    Q_INVOKABLE void dismissProblem();
    // Starts making the pages one PDF in the tray, titled title; false if there is nothing to
    // make, a scan is under way or it is already being made. documentReady() then gives its id
    // and the pages are let go, or problem says why not; preparingChanged() comes last either
    // way. discard() (the session's end) meanwhile drops the document unmade.
    Q_INVOKABLE bool finish(const QString &title);
    // Lets the pages go without keeping them, and the scanner too.
    Q_INVOKABLE void discard();

    // The page (turned as the citizen turned it); null for a bad index.
    [[nodiscard]] QImage page(int index) const;
    // Adds a page as if scanned (the scanner's result; the screenshots' sample page).
    void addPage(const QImage &page);

Q_SIGNALS:
    void scanningChanged();
    void progressChanged();
    void problemChanged();
    void presetChanged();
    void pagesChanged();
    void currentPageChanged();
    void finishedChanged();
    void preparingChanged();
    // The document finish() started is in the tray.
    void documentReady(const QString &documentId);

private:
    bool startScan(int replaceIndex);
    void onPage(const QImage &page);
    void setProblem(Problem problem);
    void clearPages();
    // On this thread, when the PDF made for generation (of pageCount pages) is ready.
    void onDocumentMade(int generation, const QString &title, int pageCount);
    // Forgets a PDF being made (the session ended, the pages were discarded).
    void dropPreparation();

    QPointer<ScanService> m_scanner;
    QPointer<DocumentTray> m_tray;
    QPointer<UsageRecorder> m_usage;
    KioskConfig::Scanning m_settings;
    QList<QImage> m_pages;
    Problem m_problem = NoProblem;
    Preset m_preset = Text;
    int m_progress = 0;
    int m_revision = 0;
    int m_currentPage = -1;
    int m_replaceIndex = -1; // the page being scanned again, or -1 for a new one
    bool m_reduced = false;
    bool m_overLimit = false;
    // The PDF being made; valid while preparing. The thread holds its own copy of the pages.
    std::future<ScanOutput::Result> m_preparing;
    // Counts finish() and dropPreparation(): a PDF made for an older count is not kept.
    int m_generation = 0;
    // Dropped PDFs whose threads have not ended yet, by generation; each goes when its thread
    // posts that it is done.
    std::vector<std::pair<int, std::future<ScanOutput::Result>>> m_dropped;
};

} // namespace Mist
