// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// libcups, opened by the first CupsPrinter that is opened (core/runtimelibrary.h says why: a
// kiosk prints minutes after it starts, if ever). Code that calls libcups includes this header
// instead of <cups/cups.h> and calls through cups(): CupsLibrary::get() must have returned
// non-null first.
#pragma once

#include <cups/cups.h>

// Every libcups function Mist calls. A new call goes here first, or it does not compile.
#define MIST_CUPS_FUNCTIONS(F)                                                                     \
    F(cupsAddIntegerOption)                                                                        \
    F(cupsAddOption)                                                                               \
    F(cupsCancelDestJob)                                                                           \
    F(cupsConnectDest)                                                                             \
    F(cupsCopyDestInfo)                                                                            \
    F(cupsCreateDestJob)                                                                           \
    F(cupsDoRequest)                                                                               \
    F(cupsFinishDestDocument)                                                                      \
    F(cupsFreeDestInfo)                                                                            \
    F(cupsFreeDests)                                                                               \
    F(cupsFreeOptions)                                                                             \
    F(cupsGetDestWithURI)                                                                          \
    F(cupsGetNamedDest)                                                                            \
    F(cupsGetOption)                                                                               \
    F(cupsLastError)                                                                               \
    F(cupsLastErrorString)                                                                         \
    F(cupsStartDestDocument)                                                                       \
    F(cupsUser)                                                                                    \
    F(cupsWriteRequestData)                                                                        \
    F(httpClose)                                                                                   \
    F(ippAddBoolean)                                                                               \
    F(ippAddInteger)                                                                               \
    F(ippAddString)                                                                                \
    F(ippAddStrings)                                                                               \
    F(ippDelete)                                                                                   \
    F(ippFindAttribute)                                                                            \
    F(ippFirstAttribute)                                                                           \
    F(ippGetCount)                                                                                 \
    F(ippGetGroupTag)                                                                              \
    F(ippGetInteger)                                                                               \
    F(ippGetName)                                                                                  \
    F(ippGetString)                                                                                \
    F(ippNewRequest)                                                                               \
    F(ippNextAttribute)

namespace Mist {

struct CupsLibrary
{
#define MIST_CUPS_POINTER(name) decltype(&::name) name = nullptr;
    MIST_CUPS_FUNCTIONS(MIST_CUPS_POINTER)
#undef MIST_CUPS_POINTER

    // libcups.so.2, opened once by whichever thread comes first; null (and said once in the log)
    // if it is missing or lacks a function.
    static const CupsLibrary *get();
};

// The loaded library; only where CupsLibrary::get() has returned non-null.
inline const CupsLibrary &cups()
{
    return *CupsLibrary::get();
}

} // namespace Mist
