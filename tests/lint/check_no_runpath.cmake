# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mist contributors
# Fails if BINARY carries an RPATH or RUNPATH. Mist's programs link only libraries in the
# system's directories. An RPATH makes ld.so search elsewhere first for each of them, and the
# build tree's RPATH that CMake pads with empty entries (read as the current directory) made
# mist-kiosk load any library planted in the directory it was started from (CMakeLists.txt).
# cmake -DBINARY=<file> -DREADELF=<readelf> -P check_no_runpath.cmake
include(${CMAKE_CURRENT_LIST_DIR}/read_dynamic_section.cmake)
if(NOT dynamic MATCHES "\\(NEEDED\\)")
    message(FATAL_ERROR "${BINARY} lists no shared libraries: not a dynamic executable?")
endif()
string(REGEX MATCH "\\((RPATH|RUNPATH)\\)[^\n]*" path "${dynamic}")
if(path)
    message(FATAL_ERROR "${BINARY} has ${path}; it must find its libraries in the system's directories only")
endif()
message(STATUS "${BINARY}: no RPATH or RUNPATH")
