# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mist contributors
# The merged portal directory: entries as feed JSON, the SQLite store, the librarian's changes, the in-memory Directory
# and the citizen's list model. Included from services/CMakeLists.txt (not from
# directory/CMakeLists.txt), so paths are absolute.
target_sources(mist_services PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/portalentryjson.h ${CMAKE_CURRENT_LIST_DIR}/portalentryjson.cpp
    ${CMAKE_CURRENT_LIST_DIR}/directorystore.h ${CMAKE_CURRENT_LIST_DIR}/directorystore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/localportals.h ${CMAKE_CURRENT_LIST_DIR}/localportals.cpp
    ${CMAKE_CURRENT_LIST_DIR}/directory.h ${CMAKE_CURRENT_LIST_DIR}/directory.cpp
    ${CMAKE_CURRENT_LIST_DIR}/directoryfollower.h ${CMAKE_CURRENT_LIST_DIR}/directoryfollower.cpp
    ${CMAKE_CURRENT_LIST_DIR}/directorymodel.h ${CMAKE_CURRENT_LIST_DIR}/directorymodel.cpp
)
