// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "settingsstore.h"

#include "core/logging.h"
#include "library/libraryprofile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSettings>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

QString configValue(const QSettings &settings, const QString &key)
{
    const QVariant value = settings.value(key);
    // QSettings splits a value at its commas ("uk,en", an address with commas).
    return value.typeId() == QMetaType::QStringList ? value.toStringList().join(u',').trimmed()
                                                    : value.toString().trimmed();
}

bool isHttpsAddress(const QString &text, bool allowWebcal)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    const bool schemeOk = scheme == "https"_L1
        || (allowWebcal && (scheme == "webcal"_L1 || scheme == "webcals"_L1));
    return url.isValid() && schemeOk && !url.host().isEmpty() && url.userInfo().isEmpty();
}

SettingsStore::Problem validateSeconds(const QString &value, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 seconds = value.trimmed().toLongLong(&ok);
    if (!ok)
        return SettingsStore::Problem::NotANumber;
    return seconds < min || seconds > max ? SettingsStore::Problem::OutOfRange
                                          : SettingsStore::Problem::None;
}

} // namespace

SettingsStore::SettingsStore(const QString &dataDir, const QString &configPath, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
{
    if (!configPath.isEmpty() && QFileInfo::exists(configPath)) {
        const QSettings settings(configPath, QSettings::IniFormat);
        for (const QString &key : keys()) {
            if (!settings.contains(key))
                continue;
            const QString value = configValue(settings, key);
            if (validate(key, value) == Problem::None)
                m_fixed.insert(key, value);
        }
    }
    m_stored = readFile();
}

QStringList SettingsStore::keys()
{
    return {idleTimeout, warningSeconds, textSize, languages, libraryNameUk, libraryNameEn,
        libraryAddress, libraryHours, libraryHromada, scheduleSource, directoryFeedUrl};
}

QString SettingsStore::defaultValue(const QString &key)
{
    const KioskConfig defaults;
    if (key == idleTimeout)
        return QString::number(defaults.idleTimeout.count());
    if (key == warningSeconds)
        return QString::number(defaults.warningDuration.count());
    if (key == textSize)
        return u"100"_s;
    if (key == languages)
        return u"uk,en"_s;
    if (key == libraryNameUk)
        return defaults.libraryNameUk;
    if (key == libraryNameEn)
        return defaults.libraryNameEn;
    return {};
}

SettingsStore::Problem SettingsStore::validate(const QString &key, const QString &value)
{
    if (!keys().contains(key))
        return Problem::UnknownKey;
    if (key == idleTimeout)
        return validateSeconds(
            value, KioskConfig::minIdleTimeout.count(), KioskConfig::maxIdleTimeout.count());
    if (key == warningSeconds)
        return validateSeconds(
            value, KioskConfig::minWarning.count(), KioskConfig::maxWarning.count());
    if (key == textSize)
        return QStringList {u"100"_s, u"125"_s, u"150"_s}.contains(value.trimmed())
            ? Problem::None
            : Problem::BadChoice;
    if (key == languages)
        return QStringList {u"uk,en"_s, u"uk"_s}.contains(value.trimmed()) ? Problem::None
                                                                           : Problem::BadChoice;
    const QString simplified = value.simplified();
    if (key == libraryNameUk || key == libraryNameEn) {
        if (simplified.isEmpty())
            return Problem::Empty;
        return simplified.size() > maxNameLength ? Problem::TooLong : Problem::None;
    }
    if (key == libraryAddress || key == libraryHours || key == libraryHromada)
        return simplified.size() > maxTextLength ? Problem::TooLong : Problem::None;
    if (key == scheduleSource) {
        if (simplified.isEmpty())
            return Problem::None; // back to the stored calendar or the sample
        if (simplified.contains(u"://"_s))
            return isHttpsAddress(simplified, true) ? Problem::None : Problem::NotHttps;
        return QFileInfo(simplified).isAbsolute()
                && simplified.endsWith(u".ics"_s, Qt::CaseInsensitive)
            ? Problem::None
            : Problem::BadChoice;
    }
    if (key == directoryFeedUrl)
        return simplified.isEmpty() || isHttpsAddress(simplified, false) ? Problem::None
                                                                         : Problem::NotHttps;
    return Problem::UnknownKey;
}

QString SettingsStore::describe(Problem problem, const QString &key)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::UnknownKey:
        return u"%1 is not a setting (see `mistctl settings list`)"_s.arg(key);
    case Problem::FixedByAdmin:
        return u"%1 is set by your regional administrator in the configuration file"_s.arg(key);
    case Problem::NotANumber:
        return u"%1 takes a whole number of seconds"_s.arg(key);
    case Problem::OutOfRange:
        if (key == idleTimeout)
            return u"%1 must be between %2 and %3 seconds"_s.arg(key)
                .arg(KioskConfig::minIdleTimeout.count())
                .arg(KioskConfig::maxIdleTimeout.count());
        return u"%1 must be between %2 and %3 seconds"_s.arg(key)
            .arg(KioskConfig::minWarning.count())
            .arg(KioskConfig::maxWarning.count());
    case Problem::BadChoice:
        if (key == textSize)
            return u"%1 is 100, 125 or 150"_s.arg(key);
        if (key == languages)
            return u"%1 is \"uk,en\" or \"uk\""_s.arg(key);
        return u"%1 is an https:// address or the full path of an .ics file"_s.arg(key);
    case Problem::Empty:
        return u"%1 cannot be empty"_s.arg(key);
    case Problem::TooLong:
        return u"%1 is too long (at most %2 characters)"_s.arg(key).arg(
            key.startsWith(u"library/name"_s) ? maxNameLength : maxTextLength);
    case Problem::NotHttps:
        return u"%1 must be an https:// address"_s.arg(key);
    case Problem::FileNotReadable:
        return u"%1: no readable file there"_s.arg(key);
    case Problem::StorageError:
        return u"the settings could not be saved; nothing was changed"_s;
    }
    return {};
}

QString SettingsStore::sourceName(Source source)
{
    switch (source) {
    case Source::Default:
        return u"default"_s;
    case Source::DataDir:
        return u"data-dir"_s;
    case Source::Config:
        return u"config"_s;
    }
    return {};
}

QString SettingsStore::filePath() const
{
    return QDir(m_dataDir).filePath(u"settings.json"_s);
}

QString SettingsStore::value(const QString &key) const
{
    if (const auto it = m_fixed.constFind(key); it != m_fixed.cend())
        return *it;
    if (const auto it = m_stored.constFind(key); it != m_stored.cend())
        return *it;
    return defaultValue(key);
}

SettingsStore::Source SettingsStore::source(const QString &key) const
{
    if (m_fixed.contains(key))
        return Source::Config;
    if (m_stored.contains(key))
        return Source::DataDir;
    return Source::Default;
}

std::vector<SettingsStore::Setting> SettingsStore::list() const
{
    std::vector<Setting> result;
    for (const QString &key : keys())
        result.push_back({key, value(key), source(key)});
    return result;
}

SettingsStore::Problem SettingsStore::set(const QString &key, const QString &value)
{
    return setMany({{key, value}});
}

SettingsStore::Problem SettingsStore::setMany(
    const QHash<QString, QString> &values, QString *failedKey)
{
    QHash<QString, QString> next = m_stored;
    QStringList changedKeys;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        Problem problem = validate(it.key(), it.value());
        if (problem == Problem::None && m_fixed.contains(it.key()))
            problem = Problem::FixedByAdmin;
        // A calendar file must be there when it is chosen (not when settings.json is read: a
        // file that is away for a while must not lose the librarian's choice).
        if (problem == Problem::None && it.key() == scheduleSource
            && !it.value().trimmed().isEmpty() && !it.value().contains(u"://"_s)) {
            const QFileInfo file(it.value().trimmed());
            if (!file.isFile() || !file.isReadable())
                problem = Problem::FileNotReadable;
        }
        if (problem != Problem::None) {
            if (failedKey)
                *failedKey = it.key();
            return problem;
        }
        const bool isText = it.key().startsWith(u"library/"_s);
        const QString clean = isText ? it.value().simplified() : it.value().trimmed();
        if (value(it.key()) == clean && m_stored.contains(it.key()))
            continue;
        next.insert(it.key(), clean);
        changedKeys << it.key();
    }
    if (changedKeys.isEmpty())
        return Problem::None;
    if (!writeFile(next)) {
        if (failedKey)
            *failedKey = changedKeys.constFirst();
        return Problem::StorageError;
    }
    m_stored = next;
    changedKeys.sort();
    for (const QString &key : std::as_const(changedKeys)) {
        qCInfo(lcAdmin).noquote() << "setting changed:" << key;
        if (m_sink)
            m_sink(UsageEvent::Type::AdminChange, key, std::nullopt);
        Q_EMIT changed(key);
    }
    return Problem::None;
}

void SettingsStore::reload()
{
    const QHash<QString, QString> before = m_stored;
    m_stored = readFile();
    for (const QString &key : keys()) {
        if (before.value(key) != m_stored.value(key)
            || before.contains(key) != m_stored.contains(key))
            Q_EMIT changed(key);
    }
}

QHash<QString, QString> SettingsStore::readFile() const
{
    QHash<QString, QString> values;
    QFile file(filePath());
    if (!file.exists())
        return values;
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcAdmin).noquote() << "cannot read" << filePath() << file.errorString();
        return m_stored;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject()) {
        qCWarning(lcAdmin).noquote() << "ignoring a damaged" << filePath() << error.errorString();
        return m_stored;
    }
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString value = it.value().toString();
        if (validate(it.key(), value) == Problem::None)
            values.insert(it.key(), value);
        else
            qCWarning(lcAdmin).noquote() << "ignoring the stored value of" << it.key();
    }
    return values;
}

bool SettingsStore::writeFile(const QHash<QString, QString> &values) const
{
    QJsonObject object;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        object.insert(it.key(), it.value());
    const QByteArray data = QJsonDocument(object).toJson(QJsonDocument::Indented);
    QDir().mkpath(m_dataDir);
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        qCWarning(lcAdmin).noquote() << "cannot save" << filePath() << file.errorString();
        return false;
    }
    return true;
}

void SettingsStore::applyTo(KioskConfig &config) const
{
    config.idleTimeout = std::chrono::seconds(intValue(idleTimeout));
    config.warningDuration = std::chrono::seconds(intValue(warningSeconds));
    config.libraryNameUk = value(libraryNameUk);
    config.libraryNameEn = value(libraryNameEn);
    // Only what a librarian set replaces the file's own handling (relative paths, webcal).
    if (source(scheduleSource) == Source::DataDir)
        config.schedule.source = value(scheduleSource);
    if (source(directoryFeedUrl) == Source::DataDir && !value(directoryFeedUrl).isEmpty())
        config.directory.feedUrl = value(directoryFeedUrl);
}

void SettingsStore::applyTo(LibraryProfile &library) const
{
    library.setNames(value(libraryNameUk), value(libraryNameEn));
    library.setDetails(value(libraryAddress), value(libraryHours), value(libraryHromada));
}

} // namespace Mist
