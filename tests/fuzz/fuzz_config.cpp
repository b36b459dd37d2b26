// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// libFuzzer harness: the kiosk's INI configuration file (mist.conf). KioskConfig reads a path, so
// each input is written to one private temporary file first.
#include "config/kioskconfig.h"
#include "fuzzsupport.h"

#include <QTemporaryFile>

#include <memory>

namespace {

std::unique_ptr<QTemporaryFile> file;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    MistFuzz::initialize();
    file = std::make_unique<QTemporaryFile>();
    if (!file->open())
        __builtin_trap();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!file->resize(0) || !file->seek(0))
        __builtin_trap();
    if (file->write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size)
        || !file->flush())
        __builtin_trap();
    const Mist::KioskConfig config = Mist::KioskConfig::load(file->fileName());
    // Every value the kiosk uses stays inside its documented bounds, whatever the file says.
    using C = Mist::KioskConfig;
    if (config.idleTimeout < C::minIdleTimeout || config.idleTimeout > C::maxIdleTimeout
        || config.warningDuration < C::minWarning || config.warningDuration > C::maxWarning
        || config.directory.syncInterval < C::minSyncInterval
        || config.directory.syncInterval > C::maxSyncInterval
        || config.schedule.refreshInterval < C::minScheduleRefresh
        || config.schedule.refreshInterval > C::maxScheduleRefresh
        || config.usage.retentionDays < C::minRetentionDays
        || config.usage.retentionDays > C::maxRetentionDays)
        __builtin_trap();
    return 0;
}
