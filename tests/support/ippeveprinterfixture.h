// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// A real IPP printer for tests: CUPS' ippeveprinter on 127.0.0.1 and a free port, accepting
// application/pdf and keeping what it prints in a temporary spool directory. ippeveprinter
// needs a DNS-SD daemon: where none runs, the fixture starts a private system D-Bus and
// avahi-daemon (loopback only) and stops exactly the processes it started.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace MistTest {

class IppEvePrinter
{
public:
    IppEvePrinter();
    ~IppEvePrinter();
    IppEvePrinter(const IppEvePrinter &) = delete;
    IppEvePrinter &operator=(const IppEvePrinter &) = delete;

    // Starts the printer (and D-Bus and avahi if needed). False: see errorString().
    [[nodiscard]] bool start();
    // Stops the printer only (D-Bus and avahi stay), to test a printer that went away.
    void stopPrinter();
    // Stops everything this fixture started.
    void stop();

    [[nodiscard]] QString uri() const; // ipp://127.0.0.1:PORT/ipp/print
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString errorString() const { return m_error; }
    // The documents the printer received, oldest first (ippeveprinter -k keeps them).
    [[nodiscard]] QStringList spoolFiles() const;
    // Waits until n documents have been received (ms at most).
    [[nodiscard]] bool waitForDocuments(int n, int ms = 10000) const;
    // Whether the binaries the fixture needs are installed (else tests QSKIP).
    [[nodiscard]] static bool available(QString *missing = nullptr);

private:
    QTemporaryDir m_dir;
    QString m_spool;
    quint16 m_port = 0;
    QString m_error;
    std::unique_ptr<QProcess> m_dbus;
    std::unique_ptr<QProcess> m_avahi;
    std::unique_ptr<QProcess> m_printer;
    QProcessEnvironment m_env;

    bool startDnsSd();
    static void end(std::unique_ptr<QProcess> &process);
};

} // namespace MistTest
