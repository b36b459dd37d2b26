// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "cupslibrary.h"

#include "core/runtimelibrary.h"
#include "printinglog.h"

namespace Mist {

namespace {

const CupsLibrary *loadCups()
{
    static RuntimeLibrary library(QStringLiteral("cups"), 2);
    if (!library.load()) {
        qCCritical(lcPrinting).noquote()
            << "libcups cannot be loaded, so nothing can be printed:" << library.errorString();
        return nullptr;
    }
    static CupsLibrary functions;
#define MIST_CUPS_RESOLVE(name) library.resolve(functions.name, #name);
    MIST_CUPS_FUNCTIONS(MIST_CUPS_RESOLVE)
#undef MIST_CUPS_RESOLVE
    if (!library.complete()) {
        qCCritical(lcPrinting).noquote()
            << "libcups is too old, so nothing can be printed:" << library.errorString();
        return nullptr;
    }
    return &functions;
}

} // namespace

const CupsLibrary *CupsLibrary::get()
{
    static const CupsLibrary *const loaded = loadCups();
    return loaded;
}

} // namespace Mist
