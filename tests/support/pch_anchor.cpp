// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Nothing: the one source of the precompiled-header targets made by mist_test_pch() in
// tests/CMakeLists.txt. The header they precompile is what the tests of a folder reuse.
