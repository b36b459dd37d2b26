# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mist contributors
# The course "Basics of E-Governance": loader and checks of course format v1, the self-check's
# scoring, the session's progress. The bundled course (services/course/bundled/) is compiled in
# under :/course; an empty or missing folder builds a kiosk without a bundled course.
target_sources(mist_services PRIVATE
    course/course.h
    course/courseloader.h course/courseloader.cpp
    course/selfcheck.h course/selfcheck.cpp
    course/courselibrary.h course/courselibrary.cpp
    course/courseprogress.h course/courseprogress.cpp
)

file(GLOB_RECURSE MIST_BUNDLED_COURSE CONFIGURE_DEPENDS
    RELATIVE ${CMAKE_CURRENT_LIST_DIR}/bundled
    ${CMAKE_CURRENT_LIST_DIR}/bundled/*.json ${CMAKE_CURRENT_LIST_DIR}/bundled/*.svg)
if(MIST_BUNDLED_COURSE)
    list(TRANSFORM MIST_BUNDLED_COURSE PREPEND course/bundled/)
    qt_add_resources(mist_services mist_bundled_course
        PREFIX /course
        BASE course/bundled
        FILES ${MIST_BUNDLED_COURSE}
    )
endif()
