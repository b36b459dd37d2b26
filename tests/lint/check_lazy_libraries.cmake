# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mist contributors
# Fails if BINARY links one of LIBRARIES (sonames, ';'-separated): those are opened at run time
# when first needed (services/core/runtimelibrary.h), and linking one again would quietly put
# its start-up cost back into every start of the kiosk (issue 19).
# cmake -DBINARY=<file> -DLIBRARIES=<a;b> -DREADELF=<readelf> -P check_lazy_libraries.cmake
include(${CMAKE_CURRENT_LIST_DIR}/read_dynamic_section.cmake)
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
