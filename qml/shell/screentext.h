// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// What "Read aloud" says for a screen, built from the texts the screen shows, the way a screen
// reader sees them: each item's accessible interface (QAccessible::queryAccessibleInterface),
// its role and name. The screen's heading first, then its text in reading order (top to bottom,
// left to right), then the names of its buttons. Visible items only: hidden, transparent and
// scrolled-out items are not read. Read-only; nothing here is logged (the texts are data).
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QQuickItem;
QT_END_NAMESPACE

namespace Mist {

struct ScreenText
{
    Q_DECLARE_TR_FUNCTIONS(ScreenText)

public:
    QString heading; // the screen's title, or its first heading
    QStringList texts; // headings and running text, in reading order, each once
    QStringList buttons; // the names of the enabled buttons, in reading order

    [[nodiscard]] bool isEmpty() const
    {
        return heading.isEmpty() && texts.isEmpty() && buttons.isEmpty();
    }
    // One sentence a line: "Heading.\nText.\nButtons: Back, Home."
    [[nodiscard]] QString toSpeech() const;

    // What a citizen sees on top in the shell (KioskShell): the idle warning or the "start
    // again" card when shown, else the open kiosk browser, else the current screen. Any other
    // item is its own answer.
    [[nodiscard]] static QQuickItem *shownIn(QQuickItem *shell);
    // A whole screen: heading from its `title` property (KioskScreen) when it has one.
    [[nodiscard]] static ScreenText ofScreen(QQuickItem *screen);
    // One tile or list row (a long press): a button's name, its description and the other texts
    // in it; for any other item, the texts in it.
    [[nodiscard]] static ScreenText ofItem(QQuickItem *item);
};

} // namespace Mist
