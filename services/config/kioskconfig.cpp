#include "kioskconfig.h"

#include "core/logging.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

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

    for (const QString &problem : std::as_const(config.problems))
        qCWarning(lcConfig).noquote() << path << problem;
    return config;
}

QString KioskConfig::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    const QString path = dir + u"/mist/mist.conf"_s;
    return QFileInfo::exists(path) ? path : QString();
}

} // namespace Mist
