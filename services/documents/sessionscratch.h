// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The visit's scratch directory: where Qt WebEngine must write a file (a portal's download, a page
// printed to PDF) before the kiosk can read it into the DocumentTray. WebEngine only writes to a
// path, so the bytes pass through here for a moment: take() reads a file and deletes it at once.
//
// The directory lives on a tmpfs ($XDG_RUNTIME_DIR on a kiosk), so nothing of a citizen reaches
// the disk. It is made on first use (mode 0700, a random name "mist-scratch-XXXXXX") and removed,
// with anything left in it, when the session ends. Its owner holds an flock on it while it
// lives, so removeStale() at start can tell the directories of a crashed kiosk from those of a
// kiosk (or a test) still running: only unlocked ones are removed.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace Mist {

class SessionController;

class SessionScratch : public QObject
{
    Q_OBJECT

public:
    static constexpr char prefix[] = "mist-scratch-";

    // base: the folder to make session directories in (defaultBase() on the kiosk).
    explicit SessionScratch(QString base, QObject *parent = nullptr);
    ~SessionScratch() override; // removes the directory
    Q_DISABLE_COPY_MOVE(SessionScratch)

    // $XDG_RUNTIME_DIR (QStandardPaths::RuntimeLocation). Logs a warning if it is not a tmpfs.
    [[nodiscard]] static QString defaultBase();
    // Whether path is on a tmpfs (or ramfs): memory, not a disk.
    [[nodiscard]] static bool isInMemory(const QString &path);

    // clear() whenever session ends (not owned; may be null).
    void setSession(SessionController *session);

    [[nodiscard]] QString base() const { return m_base; }
    // The current directory, made now if there is none; empty if it cannot be made (logged).
    [[nodiscard]] QString directory();
    // Whether a directory exists now (without making one).
    [[nodiscard]] bool exists() const { return !m_directory.isEmpty(); }
    // A new file name in directory() that nothing uses yet; empty if there is no directory.
    [[nodiscard]] QString newFilePath(const QString &suffix);

    // What take() found.
    enum class Status {
        Taken,
        TooLarge, // more than maxBytes
        Missing, // not there, not a regular file, or not directly in this scratch directory
        Unreadable,
    };
    struct Taken
    {
        Status status = Status::Missing;
        QByteArray bytes; // when Taken
    };
    // Reads a file of this scratch directory (at most maxBytes) and deletes it, whatever it held.
    // A path outside the directory is neither read nor deleted.
    [[nodiscard]] Taken take(const QString &path, qsizetype maxBytes);
    // Deletes a file of this scratch directory without reading it (a cancelled download).
    void discard(const QString &path);

    // Removes the directory and everything in it; the next use makes a new one.
    void clear();

    // Removes the scratch directories under base that no living process holds (a crashed kiosk's).
    // Returns how many were removed.
    static int removeStale(const QString &base);

private:
    // Whether path names a file directly inside the current directory.
    [[nodiscard]] bool owns(const QString &path) const;

    QString m_base;
    QString m_directory; // empty until made
    int m_lockFd = -1; // an open descriptor of m_directory, flock()ed while it lives
};

} // namespace Mist
