# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mist contributors
# Directory search: text normalisation and the keystroke index. Included from services/CMakeLists.txt
# (not from directory/CMakeLists.txt), so paths are absolute.
target_sources(mist_services PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/searchnormalizer.h ${CMAKE_CURRENT_LIST_DIR}/searchnormalizer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/searchindex.h ${CMAKE_CURRENT_LIST_DIR}/searchindex.cpp
)
