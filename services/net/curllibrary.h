// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// libcurl, opened by the first CurlHttpClient that sends a request (core/runtimelibrary.h says
// why). Code that calls libcurl includes this header instead of <curl/curl.h> and calls through
// curl(): CurlLibrary::get() must have returned non-null first.
#pragma once

// curl.h's type-checking macros would take over every "curl_easy_setopt(" (the table's members
// too); the pointers below carry the functions' own types instead.
#define CURL_DISABLE_TYPECHECK
#include <curl/curl.h>

// Every libcurl function Mist calls. A new call goes here first, or it does not compile.
#define MIST_CURL_FUNCTIONS(F)                                                                     \
    F(curl_global_init)                                                                            \
    F(curl_easy_init)                                                                              \
    F(curl_easy_setopt)                                                                            \
    F(curl_easy_getinfo)                                                                           \
    F(curl_easy_header)                                                                            \
    F(curl_easy_strerror)                                                                          \
    F(curl_easy_cleanup)                                                                           \
    F(curl_multi_init)                                                                             \
    F(curl_multi_setopt)                                                                           \
    F(curl_multi_add_handle)                                                                       \
    F(curl_multi_remove_handle)                                                                    \
    F(curl_multi_perform)                                                                          \
    F(curl_multi_poll)                                                                             \
    F(curl_multi_wakeup)                                                                           \
    F(curl_multi_info_read)                                                                        \
    F(curl_multi_strerror)                                                                         \
    F(curl_multi_cleanup)                                                                          \
    F(curl_slist_append)                                                                           \
    F(curl_slist_free_all)                                                                         \
    F(curl_getdate)

namespace Mist {

struct CurlLibrary
{
#define MIST_CURL_POINTER(name) decltype(&::name) name = nullptr;
    MIST_CURL_FUNCTIONS(MIST_CURL_POINTER)
#undef MIST_CURL_POINTER

    // libcurl.so.4, opened and curl_global_init()ed once, by whichever thread comes first; null
    // (and said once in the log) if it is missing or lacks a function.
    static const CurlLibrary *get();
};

// The loaded library; only where CurlLibrary::get() has returned non-null.
inline const CurlLibrary &curl()
{
    return *CurlLibrary::get();
}

} // namespace Mist
