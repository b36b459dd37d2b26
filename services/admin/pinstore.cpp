// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "pinstore.h"

#include "core/clock.h"
#include "core/logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sodium.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Writes data to path atomically (temp file, then rename), readable by the owner only.
bool writePrivate(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(ownerOnly)
        || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

PinStore::PinStore(const QString &dataDir, const Clock &clock)
    : m_dir(QDir(dataDir).filePath(u"admin"_s))
    , m_clock(clock)
    , m_anchorUtcMs(QDateTime::currentMSecsSinceEpoch() - clock.nowMs())
{ }

bool PinStore::isValidPin(const QString &pin)
{
    if (pin.size() < minDigits || pin.size() > maxDigits)
        return false;
    return std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QString PinStore::pinPath() const
{
    return QDir(m_dir).filePath(u"pin"_s);
}

QString PinStore::lockoutPath() const
{
    return QDir(m_dir).filePath(u"lockout.json"_s);
}

qint64 PinStore::nowUtcMs() const
{
    return m_anchorUtcMs + m_clock.nowMs();
}

qint64 PinStore::lockDurationMs(int failures)
{
    if (failures < freeAttempts)
        return 0;
    qint64 ms = firstLockMs;
    for (int i = freeAttempts; i < failures && ms < maxLockMs; ++i)
        ms *= 2;
    return std::min(ms, maxLockMs);
}

bool PinStore::setPin(const QString &pin, QString *error)
{
    if (!isValidPin(pin)) {
        if (error)
            *error = u"a PIN is 6 to 12 digits"_s;
        return false;
    }
    if (!ensureSodium()) {
        if (error)
            *error = u"libsodium could not start"_s;
        return false;
    }
    const QByteArray utf8 = pin.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(hash, utf8.constData(), quint64(utf8.size()),
            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
            crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        if (error)
            *error = u"not enough memory to hash the PIN"_s;
        return false;
    }
    if (!QDir().mkpath(m_dir)) {
        if (error)
            *error = u"cannot create %1"_s.arg(m_dir);
        return false;
    }
    QFile::setPermissions(m_dir, ownerOnly | QFileDevice::ExeOwner);
    if (!writePrivate(pinPath(), QByteArray(hash) + '\n', error))
        return false;
    Lockout cleared;
    if (const auto old = readLockout())
        cleared.lastUnlockUtcMs = old->lastUnlockUtcMs;
    qCInfo(lcAdmin) << "a new librarian PIN was set";
    return writeLockout(cleared, error);
}

std::optional<QByteArray> PinStore::readHash() const
{
    QFile file(pinPath());
    if (!file.exists())
        return QByteArray();
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll().trimmed();
}

std::optional<PinStore::Lockout> PinStore::readLockout() const
{
    QFile file(lockoutPath());
    if (!file.exists())
        return Lockout {};
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    Lockout lockout;
    // A damaged file errs on the safe side: the pad stays locked for the longest time.
    if (object.isEmpty()) {
        qCWarning(lcAdmin) << "the lock-out file is damaged; locking the pad for an hour";
        lockout.failures = freeAttempts + 8;
        lockout.lockedUntilUtcMs = nowUtcMs() + maxLockMs;
        return lockout;
    }
    lockout.failures = std::max(0, object.value(u"failures"_s).toInt());
    lockout.lockedUntilUtcMs = qint64(object.value(u"lockedUntilUtcMs"_s).toDouble());
    if (object.contains(u"lastUnlockUtcMs"_s))
        lockout.lastUnlockUtcMs = qint64(object.value(u"lastUnlockUtcMs"_s).toDouble());
    return lockout;
}

bool PinStore::writeLockout(const Lockout &lockout, QString *error) const
{
    if (!QDir().mkpath(m_dir)) {
        if (error)
            *error = u"cannot create %1"_s.arg(m_dir);
        return false;
    }
    QJsonObject object {
        {u"failures"_s, lockout.failures},
        {u"lockedUntilUtcMs"_s, double(lockout.lockedUntilUtcMs)},
    };
    if (lockout.lastUnlockUtcMs)
        object.insert(u"lastUnlockUtcMs"_s, double(*lockout.lastUnlockUtcMs));
    return writePrivate(lockoutPath(), QJsonDocument(object).toJson(QJsonDocument::Compact), error);
}

PinStore::CheckResult PinStore::check(const QString &pin)
{
    const std::optional<QByteArray> hash = readHash();
    std::optional<Lockout> lockout = readLockout();
    if (!hash || !lockout) {
        qCWarning(lcAdmin) << "cannot read the PIN files; nobody gets in";
        return CheckResult::StorageError;
    }
    if (hash->isEmpty())
        return CheckResult::NoPin;
    const qint64 now = nowUtcMs();
    if (lockout->lockedUntilUtcMs > now)
        return CheckResult::LockedOut;
    if (!isValidPin(pin))
        return CheckResult::Invalid;
    if (!ensureSodium())
        return CheckResult::StorageError;

    const QByteArray utf8 = pin.toUtf8();
    const bool ok = hash->startsWith("$argon2id$")
        && crypto_pwhash_str_verify(hash->constData(), utf8.constData(), quint64(utf8.size())) == 0;
    if (ok) {
        lockout->failures = 0;
        lockout->lockedUntilUtcMs = 0;
        lockout->lastUnlockUtcMs = now;
        QString error;
        if (!writeLockout(*lockout, &error))
            qCWarning(lcAdmin).noquote() << error;
        qCInfo(lcAdmin) << "librarian PIN accepted";
        return CheckResult::Accepted;
    }
    ++lockout->failures;
    const qint64 lockMs = lockDurationMs(lockout->failures);
    lockout->lockedUntilUtcMs = lockMs > 0 ? now + lockMs : 0;
    QString error;
    if (!writeLockout(*lockout, &error)) {
        qCWarning(lcAdmin).noquote() << error;
        return CheckResult::StorageError;
    }
    qCInfo(lcAdmin) << "wrong librarian PIN, failures in a row:" << lockout->failures
                    << "locked for s:" << lockMs / 1000;
    return lockMs > 0 ? CheckResult::LockedOut : CheckResult::Wrong;
}

bool PinStore::unlock(QString *error)
{
    Lockout cleared;
    if (const auto old = readLockout())
        cleared.lastUnlockUtcMs = old->lastUnlockUtcMs;
    qCInfo(lcAdmin) << "the PIN pad's lock-out was cleared";
    return writeLockout(cleared, error);
}

PinStore::Status PinStore::status() const
{
    Status status;
    const auto hash = readHash();
    status.pinSet = hash && !hash->isEmpty();
    if (const auto lockout = readLockout()) {
        status.failures = lockout->failures;
        status.lockedForMs = std::max<qint64>(0, lockout->lockedUntilUtcMs - nowUtcMs());
        status.lastUnlockUtcMs = lockout->lastUnlockUtcMs;
    }
    return status;
}

} // namespace Mist
