# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mist contributors
# Fails if BINARY links one of LIBRARIES (sonames, ';'-separated): those are opened at run time
# when first needed (services/core/runtimelibrary.h), and linking one again would quietly put
# its start-up cost back into every start of the kiosk (issue 19).
# cmake -DBINARY=<file> -DLIBRARIES=<a;b> -DREADELF=<readelf> -P check_lazy_libraries.cmake
if(NOT EXISTS "${BINARY}")
    message(FATAL_ERROR "no such binary: ${BINARY}")
endif()
execute_process(COMMAND "${READELF}" --dynamic "${BINARY}"
    OUTPUT_VARIABLE dynamic RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "${READELF} could not read ${BINARY}")
endif()
string(REGEX MATCHALL "\\(NEEDED\\)[^\n]*\\[[^]]+\\]" needed "${dynamic}")
if(NOT needed)
    message(FATAL_ERROR "${BINARY} lists no shared libraries: not a dynamic executable?")
endif()
foreach(library IN LISTS LIBRARIES)
    foreach(entry IN LISTS needed)
        if(entry MATCHES "\\[${library}\\]")
            message(FATAL_ERROR "${BINARY} links ${library}; it must open it when first needed")
        endif()
    endforeach()
endforeach()
message(STATUS "${BINARY}: none of ${LIBRARIES} linked")
