// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// A real CUPS scheduler for tests: a private cupsd (its own ServerRoot, spool and logs in a
// temporary directory) listening on 127.0.0.1 and a free port, with one queue that forwards to
// a device URI (an ippeveprinter). ippeveprinter alone cannot hold a job for release, purge a
// job's history or keep job files; a cupsd does all three, as at a library.
// libcups finds it through CUPS_SERVER=localhost:PORT (server()): the host must be spelt
// "localhost", as in the printer-uri-supported the scheduler reports, or cupsCopyDestInfo takes
// the queue for a remote device and asks cupsd about the device URI instead.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace MistTest {

class PrivateCupsd
{
public:
    PrivateCupsd() = default;
    ~PrivateCupsd();
    PrivateCupsd(const PrivateCupsd &) = delete;
    PrivateCupsd &operator=(const PrivateCupsd &) = delete;

    // Starts cupsd with the queue queueName() printing to deviceUri. False: see errorString().
    [[nodiscard]] bool start(const QString &deviceUri);
    void stop();

    [[nodiscard]] static QString queueName() { return QStringLiteral("mist-desk"); }
    // For CUPS_SERVER: "localhost:PORT".
    [[nodiscard]] QString server() const;
    [[nodiscard]] QString errorString() const { return m_error; }
    // The files in the scheduler's spool (RequestRoot): c##### job histories and d#####-###
    // documents; the spool's tmp directory is left out.
    [[nodiscard]] QStringList spoolFiles() const;
    // The last lines of cupsd's error log, for a failing test's message.
    [[nodiscard]] QString logTail() const;
    [[nodiscard]] static bool available(QString *missing = nullptr);

private:
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    QString m_error;
    std::unique_ptr<QProcess> m_cupsd;

    [[nodiscard]] bool writeConfiguration(const QString &deviceUri);
};

} // namespace MistTest
