// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "bundledschedule.h"

#include "core/logging.h"

#include <QFile>

namespace Mist {

QByteArray BundledSchedule::load()
{
    QFile file(resourcePath.toString());
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcSchedule) << "the bundled sample schedule is missing from this build";
        return {};
    }
    return file.readAll();
}

} // namespace Mist
