// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// SANE's own "test" backend (the frontend-tester virtual devices test:0, test:1 that ship with
// libsane1), enabled through a private configuration directory: SANE_CONFIG_DIR points at a
// folder whose dll.conf lists only `test`, so no root, no real scanner and no system scanner
// is ever touched. Options of the virtual device (a colour pattern, a jam, a slow read) are
// its test.conf lines.
//
// SANE reads SANE_CONFIG_DIR once per process (sanei_config keeps the list of folders after the
// first sane_init), so one SaneTestBackend serves a whole test process: configure() rewrites its
// files, and the next sane_init (the next SaneScanner, or the next mist-scan-helper, which
// inherits the variable) reads them.
//
// It also points MIST_SCAN_HELPER at the mist-scan-helper of this build, unless it is set
// already, so ScanService finds its helper from any test folder.
#pragma once

#include <QStringList>
#include <QTemporaryDir>

namespace MistTest {

class SaneTestBackend
{
public:
    // Makes the folder, configured with the defaults, and points SANE_CONFIG_DIR at it.
    SaneTestBackend();
    // Restores SANE_CONFIG_DIR and MIST_SCAN_HELPER.
    ~SaneTestBackend();

    // testOptions: lines for test.conf, e.g. `read-status-code "SANE_STATUS_JAMMED"`.
    // enabled: false gives a dll.conf with no backend at all (a kiosk with no scanner).
    bool configure(const QStringList &testOptions = {}, bool enabled = true);
    SaneTestBackend(const SaneTestBackend &) = delete;
    SaneTestBackend &operator=(const SaneTestBackend &) = delete;

    [[nodiscard]] bool isValid() const { return m_valid; }
    [[nodiscard]] QString configDir() const { return m_dir.path(); }

    // Whether the test backend is installed (libsane1's libsane-test.so).
    [[nodiscard]] static bool available();

private:
    QTemporaryDir m_dir;
    QByteArray m_previous;
    bool m_hadPrevious = false;
    bool m_setHelper = false;
    bool m_valid = false;
};

} // namespace MistTest
