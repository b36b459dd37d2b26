# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mist contributors
# Directory sync (the signed feed over HTTPS) and portal link health checks. Included from
# services/CMakeLists.txt (not from directory/CMakeLists.txt), so paths are absolute.
target_sources(mist_services PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/linkchecker.h ${CMAKE_CURRENT_LIST_DIR}/linkchecker.cpp
    ${CMAKE_CURRENT_LIST_DIR}/directorysync.h ${CMAKE_CURRENT_LIST_DIR}/directorysync.cpp
)
