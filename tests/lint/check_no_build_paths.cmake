# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mist contributors
# Fails if BINARY contains NEEDLE (a build-tree folder it must never look in once installed).
# cmake -DBINARY=<file> -DNEEDLE=<text> -P check_no_build_paths.cmake
if(NOT EXISTS "${BINARY}")
    message(FATAL_ERROR "no such binary: ${BINARY}")
endif()
file(STRINGS "${BINARY}" hits REGEX "lib/mist")
foreach(hit IN LISTS hits)
    string(FIND "${hit}" "${NEEDLE}" position)
    if(NOT position EQUAL -1)
        message(FATAL_ERROR "${BINARY} names the build tree: ${hit}")
    endif()
endforeach()
message(STATUS "${BINARY}: no ${NEEDLE}")
