// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Which accessible roles are things a citizen presses or picks: one list for what Read aloud
// names as buttons (ScreenText) and what the accessibility check holds to having a name
// (AccessibilityCheck), so the two never disagree.
#pragma once

#include <QAccessible>

namespace Mist {

[[nodiscard]] inline bool isPressableRole(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::Button:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::Link:
    case QAccessible::MenuItem:
    case QAccessible::PageTab:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
        return true;
    default:
        return false;
    }
}

} // namespace Mist
