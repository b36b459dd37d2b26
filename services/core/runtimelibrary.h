// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// A C library opened when it is first needed instead of when the program starts, its functions
// resolved by name into a table of pointers (Qt loads OpenSSL the same way).
//
// Why: every library mist-kiosk links is mapped, relocated and initialised before main(), with
// everything it links in turn. libcurl (OpenSSL, Kerberos, LDAP, SSH, RTMP under it) and libcups
// (GnuTLS, Avahi, Kerberos) cost each start about 15 ms and 5.4 MiB, for requests and print jobs
// that come minutes later or never (issue 19: startup <= 1.25x a bare Qt Quick window, peak RSS
// <= 80 MiB). The program is still built against their headers, so every pointer keeps the
// exact type of the function it stands for (decltype of the declaration).
#pragma once

#include <QLibrary>
#include <QString>
#include <QStringList>

namespace Mist {

class RuntimeLibrary
{
public:
    // fileName without "lib" and ".so" ("curl"), major the soname's version (4 for libcurl.so.4).
    RuntimeLibrary(const QString &fileName, int major);

    // Opens the library (never unloaded: its functions may be called until the process ends).
    // False, with errorString(), if it is not installed.
    [[nodiscard]] bool load();

    // Sets pointer to the function called name, or records it as missing.
    template<typename Pointer>
    void resolve(Pointer &pointer, const char *name)
    {
        pointer = reinterpret_cast<Pointer>(m_library.resolve(name));
        if (!pointer)
            m_missing << QString::fromLatin1(name);
    }

    // After the resolve() calls: every function was found.
    [[nodiscard]] bool complete() const { return m_missing.isEmpty(); }
    // Why load() failed or what resolve() missed, for the log.
    [[nodiscard]] QString errorString() const;

private:
    QLibrary m_library;
    QStringList m_missing;
};

} // namespace Mist
