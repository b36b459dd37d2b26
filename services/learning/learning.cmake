# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mist contributors
# Learning: step-by-step guides (bundled ones compiled in under :/learning/guides, plus the
# librarian's folder) and the folder of course-material PDFs. Included from services/.
target_sources(mist_services PRIVATE
    learning/guide.h
    learning/guidelibrary.h learning/guidelibrary.cpp
    learning/materialslibrary.h learning/materialslibrary.cpp
)

file(GLOB MIST_BUNDLED_GUIDES CONFIGURE_DEPENDS
    RELATIVE ${CMAKE_CURRENT_LIST_DIR}/bundled
    ${CMAKE_CURRENT_LIST_DIR}/bundled/*.json ${CMAKE_CURRENT_LIST_DIR}/bundled/*.svg)
list(TRANSFORM MIST_BUNDLED_GUIDES PREPEND learning/bundled/)
qt_add_resources(mist_services mist_bundled_guides
    PREFIX /learning/guides
    BASE learning/bundled
    FILES ${MIST_BUNDLED_GUIDES}
)
