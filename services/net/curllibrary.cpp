// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "curllibrary.h"

#include "core/logging.h"
#include "core/runtimelibrary.h"

namespace Mist {

namespace {

const CurlLibrary *loadCurl()
{
    static RuntimeLibrary library(QStringLiteral("curl"), 4);
    if (!library.load()) {
        qCCritical(lcHttp).noquote()
            << "libcurl cannot be loaded, so no request can be sent:" << library.errorString();
        return nullptr;
    }
    static CurlLibrary functions;
#define MIST_CURL_RESOLVE(name) library.resolve(functions.name, #name);
    MIST_CURL_FUNCTIONS(MIST_CURL_RESOLVE)
#undef MIST_CURL_RESOLVE
    if (!library.complete()) {
        qCCritical(lcHttp).noquote()
            << "libcurl is too old, so no request can be sent:" << library.errorString();
        return nullptr;
    }
    // Must run exactly once, before any other call, and is not thread-safe with every TLS
    // backend: the function-local static in get() sees to both. There is no matching
    // curl_global_cleanup: a client may be alive until the end, and the process exit reclaims it.
    const CURLcode result = functions.curl_global_init(CURL_GLOBAL_DEFAULT);
    if (result != CURLE_OK) {
        qCCritical(lcHttp) << "curl_global_init failed:" << functions.curl_easy_strerror(result);
        return nullptr;
    }
    return &functions;
}

} // namespace

const CurlLibrary *CurlLibrary::get()
{
    static const CurlLibrary *const loaded = loadCurl();
    return loaded;
}

} // namespace Mist
