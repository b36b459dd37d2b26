# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mist contributors
# Shared by the lint scripts that look at a program's ELF dynamic section: sets `dynamic` to what
# `${READELF} --dynamic ${BINARY}` prints, or stops the script if BINARY is missing or unreadable.
if(NOT EXISTS "${BINARY}")
    message(FATAL_ERROR "no such binary: ${BINARY}")
endif()
execute_process(COMMAND "${READELF}" --dynamic "${BINARY}"
    OUTPUT_VARIABLE dynamic RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "${READELF} could not read ${BINARY}")
endif()
