// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The settings a librarian changes on the screen (or with `mistctl settings set`), stored in
// <data-dir>/settings.json: the kiosk must not write /etc/mist/.
//
// Precedence, for every key:
//   1. the configuration file (/etc/mist/mist.conf, the --config file): the regional
//      administrator's choice, shown read-only ("set by your regional administrator");
//   2. the data directory's settings.json: what a librarian chose;
//   3. the built-in default.
// A value in the configuration file that fails validation does not fix the key (it is logged by
// KioskConfig and the next source is used). Every value is validated with the limits KioskConfig
// enforces before it is saved; a save writes a temporary file and renames it, so a failed save
// changes nothing, on disk or in memory.
#pragma once

#include "adminevents.h"
#include "config/kioskconfig.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace Mist {

class LibraryProfile;

class SettingsStore : public QObject
{
    Q_OBJECT
    // The kiosk's data directory (the status screen measures it).
    Q_PROPERTY(QString dataDir READ dataDir CONSTANT)
public:
    enum class Source { Default, DataDir, Config };
    Q_ENUM(Source)

    // Why a value was refused.
    enum class Problem {
        None,
        UnknownKey,
        FixedByAdmin, // set in the configuration file
        NotANumber,
        OutOfRange,
        BadChoice, // not one of the allowed values
        Empty,
        TooLong,
        NotHttps, // an address that is not https://
        FileNotReadable, // a calendar file that does not exist or cannot be read (on a save)
        StorageError,
    };
    Q_ENUM(Problem)

    struct Setting
    {
        QString key; // "session/idle_timeout"
        QString value;
        Source source = Source::Default;
    };

    // The keys a librarian may change, with the configuration file's names (section/key).
    static inline const QString idleTimeout = QStringLiteral("session/idle_timeout");
    static inline const QString warningSeconds = QStringLiteral("session/warning_seconds");
    static inline const QString textSize = QStringLiteral("display/text_size"); // 100, 125, 150
    static inline const QString languages = QStringLiteral("display/languages"); // "uk,en" / "uk"
    static inline const QString libraryNameUk = QStringLiteral("library/name_uk");
    static inline const QString libraryNameEn = QStringLiteral("library/name_en");
    static inline const QString libraryAddress = QStringLiteral("library/address");
    static inline const QString libraryHours = QStringLiteral("library/hours");
    static inline const QString libraryHromada = QStringLiteral("library/hromada");
    static inline const QString scheduleSource = QStringLiteral("schedule/source");
    static inline const QString directoryFeedUrl = QStringLiteral("directory/feed_url");

    static constexpr qsizetype maxNameLength = 120;
    static constexpr qsizetype maxTextLength = 200;

    // configPath: the kiosk's configuration file (may be empty or missing).
    SettingsStore(const QString &dataDir, const QString &configPath, QObject *parent = nullptr);

    // Every audit event goes here (admin_change with the key). May be empty.
    void setEventSink(AdminEventSink sink) { m_sink = std::move(sink); }

    [[nodiscard]] static QStringList keys();
    [[nodiscard]] static QString defaultValue(const QString &key);
    // None if value may be stored for key; the reason otherwise (does not look at the source).
    [[nodiscard]] static Problem validate(const QString &key, const QString &value);
    // Plain English for mistctl and the log.
    [[nodiscard]] static QString describe(Problem problem, const QString &key);
    [[nodiscard]] static QString sourceName(Source source);

    [[nodiscard]] Q_INVOKABLE QString value(const QString &key) const;
    [[nodiscard]] int intValue(const QString &key) const { return value(key).toInt(); }
    [[nodiscard]] Source source(const QString &key) const;
    [[nodiscard]] bool isFixed(const QString &key) const { return source(key) == Source::Config; }
    [[nodiscard]] std::vector<Setting> list() const;

    // Validates and saves one value; emits changed(key) and records admin_change. A value equal
    // to the current one is accepted and changes nothing.
    Problem set(const QString &key, const QString &value);
    // Several values at once, all or none (one save). Stops at the first problem, naming its key.
    Problem setMany(const QHash<QString, QString> &values, QString *failedKey = nullptr);

    // Reads settings.json again (mistctl may have changed it); emits changed() for what moved.
    void reload();

    // The values in effect, laid over config (which holds the file's values and defaults).
    void applyTo(KioskConfig &config) const;
    // The library's name and details in effect, for the citizens' screens.
    void applyTo(LibraryProfile &library) const;

    [[nodiscard]] QString filePath() const;
    [[nodiscard]] QString dataDir() const { return m_dataDir; }

Q_SIGNALS:
    void changed(const QString &key);

private:
    [[nodiscard]] QHash<QString, QString> readFile() const;
    bool writeFile(const QHash<QString, QString> &values) const;

    QString m_dataDir;
    QHash<QString, QString> m_fixed; // valid values from the configuration file
    QHash<QString, QString> m_stored; // valid values from settings.json
    AdminEventSink m_sink;
};

} // namespace Mist
