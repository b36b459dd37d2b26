// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The librarian's PIN and the pad's lock-out. The PIN (6 to 12 digits) is kept only as an
// Argon2id hash (libsodium crypto_pwhash_str, "$argon2id$..."), in <data-dir>/admin/pin, readable
// by the kiosk's user alone (0600). There is no default: without a PIN nobody gets in.
//
// Lock-out: 5 wrong PINs in a row lock the pad for 30 s; each further wrong PIN locks it for
// twice as long as the last, up to an hour. The count, the lock and the last unlock time live in
// <data-dir>/admin/lockout.json, so a restart does not reset them; `mistctl admin unlock` clears
// them. Every call reads the files again, so the kiosk and mistctl always agree.
#pragma once

#include <QString>

#include <optional>

namespace Mist {

class Clock;

class PinStore
{
public:
    static constexpr int minDigits = 6;
    static constexpr int maxDigits = 12;
    static constexpr int freeAttempts = 5;
    static constexpr qint64 firstLockMs = 30 * 1000;
    static constexpr qint64 maxLockMs = 60 * 60 * 1000;

    enum class CheckResult {
        Accepted,
        Wrong, // and not locked (yet)
        LockedOut, // this attempt locked the pad, or it was already locked: nothing was checked
        NoPin, // none set: nobody gets in
        Invalid, // not 6 to 12 digits: not counted as an attempt
        StorageError, // the files cannot be read or written: nobody gets in
    };

    struct Status
    {
        bool pinSet = false;
        int failures = 0; // wrong PINs in a row
        qint64 lockedForMs = 0; // 0: not locked
        std::optional<qint64> lastUnlockUtcMs;
    };

    // Time is anchored to the wall clock once (at construction) and then moves with clock, which
    // tests can move by hand; setUtcAnchor() pins the anchor for tests. clock must outlive this.
    PinStore(const QString &dataDir, const Clock &clock);

    void setUtcAnchor(qint64 utcMsAtClockZero) { m_anchorUtcMs = utcMsAtClockZero; }

    // 6 to 12 ASCII digits.
    [[nodiscard]] static bool isValidPin(const QString &pin);

    // Stores a new PIN (hash only) and clears the lock-out. False with *error on a bad PIN or a
    // storage failure; the old PIN then stays.
    bool setPin(const QString &pin, QString *error = nullptr);
    [[nodiscard]] CheckResult check(const QString &pin);
    // Clears the count and the lock (`mistctl admin unlock`).
    bool unlock(QString *error = nullptr);
    [[nodiscard]] Status status() const;

    // The hash file's path, for tests and `mistctl admin status`.
    [[nodiscard]] QString pinPath() const;
    [[nodiscard]] QString lockoutPath() const;
    // The current time as this store sees it (UTC ms).
    [[nodiscard]] qint64 nowUtcMs() const;

    // How long the pad is locked after the given number of wrong PINs in a row (0 below 5).
    [[nodiscard]] static qint64 lockDurationMs(int failures);

private:
    struct Lockout
    {
        int failures = 0;
        qint64 lockedUntilUtcMs = 0;
        std::optional<qint64> lastUnlockUtcMs;
    };
    [[nodiscard]] std::optional<Lockout> readLockout() const;
    bool writeLockout(const Lockout &lockout, QString *error) const;
    [[nodiscard]] std::optional<QByteArray> readHash() const;

    QString m_dir;
    const Clock &m_clock;
    qint64 m_anchorUtcMs;
};

} // namespace Mist
