// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "kioskconfig.h"

#include "core/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

// Reads a whole number of seconds in [min, max]; anything else keeps fallback and notes why.
std::chrono::seconds readSeconds(const QSettings &settings, const QString &key,
    std::chrono::seconds fallback, std::chrono::seconds min, std::chrono::seconds max,
    QStringList &problems)
{
    if (!settings.contains(key))
        return fallback;
    bool ok = false;
    const qint64 value = settings.value(key).toString().trimmed().toLongLong(&ok);
    if (!ok || value < min.count() || value > max.count()) {
        problems << u"%1: expected whole seconds between %2 and %3, got \"%4\"; using %5"_s.arg(key,
            QString::number(min.count()), QString::number(max.count()),
            settings.value(key).toString(), QString::number(fallback.count()));
        return fallback;
    }
    return std::chrono::seconds(value);
}

// An https URL, or the fallback with a problem noted.
QString readHttpsUrl(const QSettings &settings, const QString &key, QStringList &problems)
{
    if (!settings.contains(key))
        return {};
    const QString text = settings.value(key).toString().trimmed();
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != "https"_L1 || url.host().isEmpty()
        || !url.userInfo().isEmpty()) {
        problems << u"%1: expected an https:// address; the directory will not sync"_s.arg(key);
        return {};
    }
    return url.toString();
}

// One or more paths separated by commas, each an existing readable file.
QStringList readFiles(
    const QSettings &settings, const QString &key, const QString &baseDir, QStringList &problems)
{
    QStringList files;
    const QVariant value = settings.value(key);
    const QStringList parts = value.typeId() == QMetaType::QStringList
        ? value.toStringList()
        : value.toString().split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString trimmed = part.trimmed();
        const QString path = QDir(baseDir).absoluteFilePath(trimmed);
        if (QFileInfo(path).isReadable())
            files << path;
        else
            problems << u"%1: cannot read \"%2\""_s.arg(key, trimmed);
    }
    return files;
}

template<typename Duration>
Duration readDuration(const QSettings &settings, const QString &key, Duration fallback,
    Duration min, Duration max, const char *unit, QStringList &problems)
{
    if (!settings.contains(key))
        return fallback;
    bool ok = false;
    const qint64 value = settings.value(key).toString().trimmed().toLongLong(&ok);
    if (!ok || value < min.count() || value > max.count()) {
        problems << u"%1: expected whole %2 between %3 and %4; using %5"_s.arg(key,
            QString::fromLatin1(unit), QString::number(min.count()), QString::number(max.count()),
            QString::number(fallback.count()));
        return fallback;
    }
    return Duration(value);
}

QString readName(
    const QSettings &settings, const QString &key, const QString &fallback, QStringList &problems)
{
    if (!settings.contains(key))
        return fallback;
    const QString value = settings.value(key).toString().simplified();
    if (value.isEmpty() || value.size() > 120) {
        problems << u"%1: expected a name of 1 to 120 characters; using the default"_s.arg(key);
        return fallback;
    }
    return value;
}

// The training calendar: an https:// (or webcal://) address, or an .ics file. A file that is
// not there yet is kept, with a problem noted: the sync keeps trying, as an export job may
// write it later.
QString readScheduleSource(
    const QSettings &settings, const QString &key, const QString &baseDir, QStringList &problems)
{
    if (!settings.contains(key))
        return {};
    const QVariant value = settings.value(key);
    // QSettings splits a value at its commas; an address may contain some.
    const QString text = value.typeId() == QMetaType::QStringList
        ? value.toStringList().join(u',').trimmed()
        : value.toString().trimmed();
    if (text.isEmpty())
        return {};
    const qsizetype schemeEnd = text.indexOf(u"://"_s);
    if (schemeEnd > 0) {
        const QString scheme = text.left(schemeEnd).toLower();
        const QUrl url(text, QUrl::StrictMode);
        if ((scheme == "https"_L1 || scheme == "webcal"_L1 || scheme == "webcals"_L1)
            && url.isValid() && !url.host().isEmpty() && url.userInfo().isEmpty())
            return text;
        if (scheme != "file"_L1) {
            problems << u"%1: expected an https:// address (without a user name or password) "
                        "or an .ics file; the schedule will not sync"_s.arg(key);
            return {};
        }
    }
    const QString file = schemeEnd > 0 ? QUrl(text).toLocalFile() : text;
    if (file.isEmpty()) {
        problems << u"%1: \"%2\" is not a file; the schedule will not sync"_s.arg(key, text);
        return {};
    }
    const QString path = QDir(baseDir).absoluteFilePath(file);
    if (!QFileInfo(path).isReadable())
        problems << u"%1: cannot read \"%2\" (yet); the schedule keeps trying"_s.arg(key, file);
    return path;
}

// true/false (also 1/0, yes/no); anything else keeps fallback and notes why.
bool readBool(const QSettings &settings, const QString &key, bool fallback, QStringList &problems)
{
    if (!settings.contains(key))
        return fallback;
    const QString value = settings.value(key).toString().trimmed().toLower();
    if (value == "true"_L1 || value == "1"_L1 || value == "yes"_L1)
        return true;
    if (value == "false"_L1 || value == "0"_L1 || value == "no"_L1)
        return false;
    problems << u"%1: expected true or false"_s.arg(key);
    return fallback;
}

// A CUPS destination name, an ipp:// or ipps:// printer URI, "none", or empty (the default).
QString readPrinter(const QSettings &settings, const QString &key, QStringList &problems)
{
    if (!settings.contains(key))
        return {};
    const QVariant value = settings.value(key);
    const QString text = value.typeId() == QMetaType::QStringList
        ? value.toStringList().join(u',').trimmed()
        : value.toString().trimmed();
    if (text.contains(u"://"_s)) {
        const QUrl url(text, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != "ipp"_L1 && scheme != "ipps"_L1) || url.host().isEmpty()
            || !url.userInfo().isEmpty()) {
            problems << u"%1: expected a CUPS printer name or an ipp:// or ipps:// address; "
                        "using the system's default printer"_s.arg(key);
            return {};
        }
        return text;
    }
    // CUPS queue names: printable characters other than space, slash, backslash, quotes and '#'.
    static const QRegularExpression name(u"^[^\\s/\\\\'\"#]{1,127}\\z"_s);
    if (!name.match(text).hasMatch()) {
        problems << u"%1: \"%2\" is not a CUPS printer name; using the system's default printer"_s
                        .arg(key, text.left(40));
        return {};
    }
    return text;
}

// A number in [min, max]; anything else keeps fallback and notes why.
double readNumber(const QSettings &settings, const QString &key, double fallback, double min,
    double max, QStringList &problems)
{
    if (!settings.contains(key))
        return fallback;
    bool ok = false;
    const double value = settings.value(key).toString().trimmed().toDouble(&ok);
    if (!ok || !(value >= min && value <= max)) {
        problems << u"%1: expected a number between %2 and %3; using %4"_s.arg(
            key, QString::number(min), QString::number(max), QString::number(fallback));
        return fallback;
    }
    return value;
}

// A voice name as speech-dispatcher lists it: printable, at most 100 characters.
QString readVoiceName(const QSettings &settings, const QString &key, QStringList &problems)
{
    if (!settings.contains(key))
        return {};
    const QVariant value = settings.value(key);
    // QSettings splits at commas; "English (America, New York City)" has one.
    const QString text
        = (value.typeId() == QMetaType::QStringList ? value.toStringList().join(u", "_s)
                                                    : value.toString())
              .simplified();
    const bool printable
        = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isPrint(); });
    if (text.size() > 100 || !printable) {
        problems << u"%1: expected a voice name of at most 100 characters; using the best "
                    "voice there is"_s.arg(key);
        return {};
    }
    return text;
}

// A folder the librarian fills; empty if not set. It need not exist yet.
QString readFolder(const QSettings &settings, const QString &key, const QString &baseDir)
{
    const QString text = settings.value(key).toString().trimmed();
    return text.isEmpty() ? QString() : QDir::cleanPath(QDir(baseDir).absoluteFilePath(text));
}

} // namespace

KioskConfig KioskConfig::load(const QString &path)
{
    KioskConfig config;
    if (path.isEmpty())
        return config;

    const QFileInfo info(path);
    if (!info.exists() || !info.isReadable()) {
        config.problems << u"cannot read %1; using built-in defaults"_s.arg(path);
        qCWarning(lcConfig).noquote() << config.problems.constLast();
        return config;
    }

    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        config.problems
            << u"%1 is not a valid configuration file (INI); using built-in defaults"_s.arg(path);
        qCWarning(lcConfig).noquote() << config.problems.constLast();
        return config;
    }
    config.sourcePath = info.absoluteFilePath();

    config.libraryNameUk
        = readName(settings, u"library/name_uk"_s, config.libraryNameUk, config.problems);
    config.libraryNameEn
        = readName(settings, u"library/name_en"_s, config.libraryNameEn, config.problems);
    config.idleTimeout = readSeconds(settings, u"session/idle_timeout"_s, config.idleTimeout,
        minIdleTimeout, maxIdleTimeout, config.problems);
    config.warningDuration = readSeconds(settings, u"session/warning_seconds"_s,
        config.warningDuration, minWarning, maxWarning, config.problems);
    config.warmBrowser
        = readBool(settings, u"session/warm_browser"_s, config.warmBrowser, config.problems);

    // Relative paths in the file are relative to the file, so a config and its keys travel
    // together.
    const QString baseDir = info.absolutePath();
    Directory &directory = config.directory;
    directory.feedUrl = readHttpsUrl(settings, u"directory/feed_url"_s, config.problems);
    directory.signatureUrl = readHttpsUrl(settings, u"directory/signature_url"_s, config.problems);
    directory.publicKeyFiles
        = readFiles(settings, u"directory/public_keys"_s, baseDir, config.problems);
    directory.syncInterval = readDuration(settings, u"directory/sync_interval_minutes"_s,
        directory.syncInterval, minSyncInterval, maxSyncInterval, "minutes", config.problems);
    directory.linkCheckInterval = readDuration(settings, u"directory/link_check_interval_hours"_s,
        directory.linkCheckInterval, minLinkCheckInterval, maxLinkCheckInterval, "hours",
        config.problems);
    if (settings.contains(u"directory/ca_bundle"_s)) {
        const QStringList ca
            = readFiles(settings, u"directory/ca_bundle"_s, baseDir, config.problems);
        directory.caBundle = ca.value(0);
    }
    if (settings.contains(u"directory/pinned_public_key"_s)) {
        const QString pin = settings.value(u"directory/pinned_public_key"_s).toString().trimmed();
        if (pin.startsWith("sha256//"_L1))
            directory.pinnedPublicKey = pin;
        else
            config.problems << u"directory/pinned_public_key: expected sha256//<base64>"_s;
    }
    if (!directory.feedUrl.isEmpty() && directory.publicKeyFiles.isEmpty())
        config.problems << u"directory/feed_url is set but no public key is: the directory "
                           "will not sync (feeds must be signed)"_s;

    Schedule &schedule = config.schedule;
    schedule.source = readScheduleSource(settings, u"schedule/source"_s, baseDir, config.problems);
    schedule.refreshInterval
        = readDuration(settings, u"schedule/refresh_minutes"_s, schedule.refreshInterval,
            minScheduleRefresh, maxScheduleRefresh, "minutes", config.problems);

    config.usage.retentionDays = int(readDuration(settings, u"usage/retention_days"_s,
        std::chrono::days(config.usage.retentionDays), std::chrono::days(minRetentionDays),
        std::chrono::days(maxRetentionDays), "days", config.problems)
                                         .count());

    config.learning.materialsDir = readFolder(settings, u"learning/materials_dir"_s, baseDir);
    config.learning.guidesDir = readFolder(settings, u"learning/guides_dir"_s, baseDir);
    config.learning.courseDir = readFolder(settings, u"learning/course_dir"_s, baseDir);
    config.learning.coursePublicUrl
        = readHttpsUrl(settings, u"learning/course_public_url"_s, config.problems);
    if (settings.contains(u"learning/trainer_mode"_s)) {
        const QString value
            = settings.value(u"learning/trainer_mode"_s).toString().trimmed().toLower();
        if (value == "true"_L1 || value == "1"_L1 || value == "yes"_L1)
            config.learning.trainerMode = true;
        else if (value != "false"_L1 && value != "0"_L1 && value != "no"_L1)
            config.problems << u"learning/trainer_mode: expected true or false"_s;
    }

    Printing &printing = config.printing;
    printing.printer = readPrinter(settings, u"printing/printer"_s, config.problems);
    printing.pageLimit = int(readDuration(settings, u"printing/page_limit"_s,
        std::chrono::seconds(printing.pageLimit), std::chrono::seconds(minPageLimit),
        std::chrono::seconds(maxPageLimit), "pages", config.problems)
                                 .count());
    printing.holdForRelease = readBool(
        settings, u"printing/hold_for_release"_s, printing.holdForRelease, config.problems);
    printing.allowPortalDocuments = readBool(settings, u"printing/allow_portal_documents"_s,
        printing.allowPortalDocuments, config.problems);

    Scanning &scanning = config.scanning;
    scanning.device = settings.value(u"scanning/device"_s).toString().trimmed();
    scanning.maxUploadMb = readNumber(settings, u"scanning/max_upload_mb"_s, scanning.maxUploadMb,
        minUploadMb, maxUploadMb, config.problems);
    Speech &speech = config.speech;
    speech.voice = readVoiceName(settings, u"speech/voice"_s, config.problems);
    speech.rate = readNumber(
        settings, u"speech/rate"_s, speech.rate, minSpeechRate, maxSpeechRate, config.problems);
    speech.volume
        = readNumber(settings, u"speech/volume"_s, speech.volume, 0.0, 1.0, config.problems);
    speech.longPress
        = readBool(settings, u"speech/long_press"_s, speech.longPress, config.problems);

    for (const QString &problem : std::as_const(config.problems))
        qCWarning(lcConfig).noquote() << path << problem;
    return config;
}

QString KioskConfig::Learning::materialsPath(const QString &dataDir) const
{
    return materialsDir.isEmpty() ? dataDir + u"/learning/materials"_s : materialsDir;
}

QString KioskConfig::Learning::guidesPath(const QString &dataDir) const
{
    return guidesDir.isEmpty() ? dataDir + u"/learning/guides"_s : guidesDir;
}

QString KioskConfig::Learning::coursePath(const QString &dataDir) const
{
    return courseDir.isEmpty() ? dataDir + u"/learning/course"_s : courseDir;
}

QString KioskConfig::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    const QString path = dir + u"/mist/mist.conf"_s;
    return QFileInfo::exists(path) ? path : QString();
}

} // namespace Mist
