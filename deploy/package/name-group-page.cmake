# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mist contributors
# cmake -DPAGE=mistctl-GROUP.1 -DGROUP=GROUP -P name-group-page.cmake
# help2man names a page after the program (mistctl); a group's page is mistctl-GROUP.
file(READ ${PAGE} text)
string(TOUPPER ${GROUP} upper)
string(REPLACE ".TH MISTCTL \"1\"" ".TH MISTCTL-${upper} \"1\"" text "${text}")
string(REPLACE ".SH NAME\nmistctl \\-" ".SH NAME\nmistctl-${GROUP} \\-" text "${text}")
file(WRITE ${PAGE} "${text}")
