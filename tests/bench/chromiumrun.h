// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Debian's Chromium, headless, on one page: the baseline of the browser benchmarks. It runs as
// `chromium --headless=new` with a throw-away profile, home and config directory, trusting only
// the test server's key (as the kiosk's harness does), without its sandbox as root (as the kiosk
// too runs as root in tests).
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <vector>

namespace MistBench {

class ChromiumRun
{
public:
    // Debian's launcher; it execs the browser, so its pid becomes the browser's.
    static constexpr auto DefaultProgram = "/usr/bin/chromium";

    explicit ChromiumRun(QString program);
    ~ChromiumRun();
    Q_DISABLE_COPY_MOVE(ChromiumRun)

    // `<program> --version`, e.g. "Chromium 156.0.8078.129 built on Debian GNU/Linux 12"; empty
    // if it does not run.
    [[nodiscard]] static QString version(const QString &program);

    // Starts it on url (spkiPin: base64 SHA-256 of the server's public key). False if it could
    // not start.
    bool start(const QUrl &url, const QByteArray &spkiPin, QSize windowSize);
    [[nodiscard]] bool running() const;
    [[nodiscard]] QStringList arguments() const { return m_arguments; }

    // Every process of this Chromium: the browser and what is below it, and what it started
    // outside its tree (crashpad handlers double-fork away; they name its config directory).
    [[nodiscard]] std::vector<qint64> processes() const;

    // SIGTERM, then waits until every one of its processes has gone. False if any was still there
    // after 15 s (they are killed then) or if the browser had already died on its own.
    bool stop();
    // The last lines Chromium printed, for a failure message.
    [[nodiscard]] QByteArray logTail() const;

private:
    QString m_program;
    QTemporaryDir m_dir;
    QProcess m_process;
    QStringList m_arguments;
};

} // namespace MistBench
