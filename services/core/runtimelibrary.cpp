// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "runtimelibrary.h"

using namespace Qt::StringLiterals;

namespace Mist {

RuntimeLibrary::RuntimeLibrary(const QString &fileName, int major)
    : m_library(fileName, major)
{
    // Never unloaded: a worker thread may call into it until the process ends.
    m_library.setLoadHints(QLibrary::PreventUnloadHint);
}

bool RuntimeLibrary::load()
{
    return m_library.load();
}

QString RuntimeLibrary::errorString() const
{
    if (!m_library.isLoaded())
        return m_library.errorString();
    return u"%1 lacks %2"_s.arg(m_library.fileName(), m_missing.join(u", "_s));
}

} // namespace Mist
