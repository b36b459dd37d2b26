// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Walks a window's items the way a screen reader sees them, through Qt's accessibility
// interfaces (QAccessible::queryAccessibleInterface), and reports what it could not announce:
// a control a citizen can press or type in without a role, or without a name; a name in the
// other language than the session's; a picture that carries meaning (a QR code) without a
// description. Used by `mist-kiosk --check-layout` and its tests; it changes nothing on screen.
#pragma once

#include <QList>
#include <QString>

QT_BEGIN_NAMESPACE
class QQuickItem;
class QQuickWindow;
QT_END_NAMESPACE

namespace Mist {

struct AccessibilityProblem
{
    enum class Kind {
        NoRole, // a control with no accessible interface, or one that is not a control's role
        Unnamed, // a control whose accessible name is empty
        WrongLanguage, // a name in English in a Ukrainian session, or the other way round
        Undescribed, // a picture that carries meaning with no name or no description
    };
    Kind kind;
    QString item; // which item, readable: objectName, type and text
    QString detail;

    [[nodiscard]] QString toString() const;
};

class AccessibilityCheck
{
public:
    // Every visible control under the window's content; language is the session's ("uk"/"en").
    [[nodiscard]] static QList<AccessibilityProblem> check(
        const QQuickWindow &window, const QString &language);
    [[nodiscard]] static QList<AccessibilityProblem> check(
        QQuickItem *root, const QString &language);
};

} // namespace Mist
