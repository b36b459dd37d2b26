// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The kiosk's configuration file: what a regional admin or librarian sets once per terminal.
// A missing file means built-in defaults; a malformed file or value is logged and the default
// is used for it, so a typo never stops the kiosk from starting.
#pragma once

#include <QString>
#include <QStringList>

#include <chrono>

namespace Mist {

struct KioskConfig
{
    // Limits that keep a citizen's session humane (WCAG 2.2.1 asks for at least 20 s to react).
    static constexpr std::chrono::seconds minIdleTimeout {30};
    static constexpr std::chrono::seconds maxIdleTimeout {3600};
    static constexpr std::chrono::seconds minWarning {20};
    static constexpr std::chrono::seconds maxWarning {300};

    QString libraryNameUk = QStringLiteral("Публічна бібліотека");
    QString libraryNameEn = QStringLiteral("Public library");
    std::chrono::seconds idleTimeout {90};
    std::chrono::seconds warningDuration {30};
    // Start the portal browser (Qt WebEngine and a fresh off-the-record profile) soon after a
    // visit begins, so that "Open here" shows the portal at once; it is the visit's own browser
    // and goes with the visit. Costs the browser's memory during a visit, nothing at rest.
    bool warmBrowser = true;

    // The portal directory feed ([directory] section). No feed URL: the kiosk keeps the bundled
    // directory (or the last feed it accepted) and never syncs.
    struct Directory
    {
        QString feedUrl; // https only
        QString signatureUrl; // default: feedUrl + ".minisig"
        QStringList publicKeyFiles; // minisign public keys; a feed must verify against one
        std::chrono::minutes syncInterval {60};
        QString caBundle; // a PEM file of CAs to trust instead of the system store
        QString pinnedPublicKey; // "sha256//<base64>", libcurl's CURLOPT_PINNEDPUBLICKEY
        std::chrono::hours linkCheckInterval {24};

        [[nodiscard]] bool syncConfigured() const
        {
            return !feedUrl.isEmpty() && !publicKeyFiles.isEmpty();
        }
    };
    Directory directory;

    static constexpr std::chrono::minutes minSyncInterval {5};
    static constexpr std::chrono::minutes maxSyncInterval {7 * 24 * 60};
    static constexpr std::chrono::hours minLinkCheckInterval {1};
    static constexpr std::chrono::hours maxLinkCheckInterval {24 * 30};

    // The training schedule ([schedule] section). No source: the kiosk shows the calendar it
    // stored last, or the bundled sample, and never syncs.
    struct Schedule
    {
        // An https:// address (webcal:// and webcals:// are taken as https://), or an .ics file;
        // a relative path is relative to the configuration file.
        QString source;
        std::chrono::minutes refreshInterval {60};

        [[nodiscard]] bool syncConfigured() const { return !source.isEmpty(); }
    };
    Schedule schedule;

    static constexpr std::chrono::minutes minScheduleRefresh {5};
    static constexpr std::chrono::minutes maxScheduleRefresh {7 * 24 * 60};

    // The usage log ([usage] section): events older than retention_days are pruned daily.
    struct Usage
    {
        int retentionDays = 365;
    };
    Usage usage;
    static constexpr int minRetentionDays = 1;
    static constexpr int maxRetentionDays = 3650;

    // Learning ([learning] section): the librarian's folders of course-material PDFs and of
    // step-by-step guides. Empty: <data-dir>/learning/materials and <data-dir>/learning/guides.
    // A relative path is relative to the configuration file. A folder that does not exist is
    // not an error: the section shows an honest empty state (and the bundled guides).
    struct Learning
    {
        QString materialsDir;
        QString guidesDir;
        // The course (services/course/README.md): a folder of the library's own modules, or a
        // regional course that replaces the bundled one (its course.json says
        // "replaces": "bundled"). Empty: <data-dir>/learning/course.
        QString courseDir;
        // The public online version of the course; a lesson's "continue on your phone" QR code
        // points at <url>/<module>/<lesson>. Empty (default): no QR code. https only.
        QString coursePublicUrl;
        // Shows the trainer's entry (projector layout) on the Learn screen.
        bool trainerMode = false;

        [[nodiscard]] QString materialsPath(const QString &dataDir) const;
        [[nodiscard]] QString guidesPath(const QString &dataDir) const;
        [[nodiscard]] QString coursePath(const QString &dataDir) const;
    };
    Learning learning;

    // Printing ([printing] section, services/printing): the library's printer for the citizens'
    // documents. printer: a CUPS destination name, or an ipp:// / ipps:// printer URI used
    // directly (no local cupsd); empty: the system's default destination; "none": no printing
    // (the document tray still shows documents).
    struct Printing
    {
        QString printer;
        int pageLimit = 20; // pages a session may print (all copies counted)
        bool holdForRelease = false; // jobs wait for a librarian's release (pickup code)
        bool allowPortalDocuments = true; // portal PDFs and window.print() go to the tray

        [[nodiscard]] bool enabled() const { return printer != u"none"; }
    };
    Printing printing;
    static constexpr int minPageLimit = 1;
    static constexpr int maxPageLimit = 500;

    // Scanning ([scanning] section, services/scanning): device is a SANE device name (as
    // `mistctl scanner list` shows it); empty: the first scanner SANE finds; "none": no scanning
    // (the screens do not offer it). max_upload_mb: what a portal likely takes per file; scans
    // are made smaller (JPEG quality, then resolution) until they fit.
    struct Scanning
    {
        QString device;
        double maxUploadMb = 5;

        [[nodiscard]] bool enabled() const { return device != u"none"; }
        [[nodiscard]] qint64 maxUploadBytes() const { return qint64(maxUploadMb * 1024 * 1024); }
    };
    Scanning scanning;
    static constexpr double minUploadMb = 0.5;
    static constexpr double maxUploadMb = 100;

    // Read aloud ([speech] section): the voice, speed and loudness the "Read aloud" button and a
    // long press on a tile speak with (services/speech, qml/shell/readaloud.h).
    struct Speech
    {
        // A voice name as speech-dispatcher lists it ("Natalia", "Anatol", "Ukrainian"); used
        // for the language it speaks when the machine has it. Empty: the best voice there is
        // (RHVoice's Ukrainian voices before espeak-ng's).
        QString voice;
        // -1 (slowest) .. 0 (the synthesizer's normal speed) .. 1 (fastest). A little slower
        // than normal by default: many of the people who need it are older.
        double rate = -0.2;
        double volume = 1.0; // 0 .. 1
        bool longPress = true; // a long press on a tile or a list row reads it alone
    };
    Speech speech;
    static constexpr double minSpeechRate = -1.0;
    static constexpr double maxSpeechRate = 1.0;

    // Where the values came from, for `mistctl status` and the start-up log.
    QString sourcePath; // empty: built-in defaults
    QStringList problems; // one line per value that was rejected

    // Reads path (INI format, UTF-8). An empty path gives the defaults.
    [[nodiscard]] static KioskConfig load(const QString &path);

    // The file used when no --config is given: $XDG_CONFIG_HOME/mist/mist.conf, or empty if
    // there is none.
    [[nodiscard]] static QString defaultPath();
};

} // namespace Mist
