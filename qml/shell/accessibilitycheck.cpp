// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "accessibilitycheck.h"

#include "accessibleroles.h"
#include "layoutwalker.h"

#include <QAccessible>
#include <QQuickItem>
#include <QQuickWindow>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

// What a citizen presses, picks or types in. A control's own parts (a text field's text, a
// button's label) are announced with it and not walked.
bool isActivatable(const QQuickItem *item)
{
    return item->inherits("QQuickAbstractButton") || item->inherits("QQuickTextInput")
        || item->inherits("QQuickTextEdit") || item->inherits("QQuickComboBox")
        || item->inherits("QQuickSlider") || item->inherits("QQuickSpinBox");
}

// A control's role (accessibleroles.h), or a field a citizen types in, or a list row.
bool isControlRole(QAccessible::Role role)
{
    return isPressableRole(role) || role == QAccessible::EditableText
        || role == QAccessible::ListItem;
}

bool isQrCode(const QQuickItem *item)
{
    for (const QMetaObject *meta = item->metaObject(); meta; meta = meta->superClass()) {
        if (QLatin1StringView(meta->className()).startsWith("QrCodeImage_QML"_L1))
            return true;
    }
    return false;
}

// A picture QML gave the Graphic role: one that says something a citizen must know.
bool isDeclaredPicture(QQuickItem *item)
{
    if (isActivatable(item))
        return false;
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
    return iface && iface->isValid() && iface->role() == QAccessible::Graphic;
}

bool hasLetters(const QString &text, bool cyrillic)
{
    for (const QChar c : text) {
        if (!c.isLetter())
            continue;
        const bool isCyrillic = c.script() == QChar::Script_Cyrillic;
        if (isCyrillic == cyrillic)
            return true;
    }
    return false;
}

// The language switch names the other language in that language ("English" on a Ukrainian
// screen), as every multilingual kiosk does: it is meant for those who read only that one.
bool namesTheOtherLanguage(const QQuickItem *item)
{
    const QString name = item->objectName();
    return name == "languageButton"_L1 || name.endsWith("LanguageButton"_L1);
}

class Walk
{
public:
    explicit Walk(const QString &language)
        : m_ukrainian(language == "uk"_L1)
    { }

    void item(QQuickItem *item)
    {
        if (!item->isVisible() || item->opacity() <= 0.0)
            return;
        if (isQrCode(item) || isDeclaredPicture(item)) {
            picture(item);
            return;
        }
        if (isActivatable(item)) {
            control(item);
            return; // its parts are announced with it
        }
        const QList<QQuickItem *> kids = item->childItems();
        for (QQuickItem *kid : kids)
            this->item(kid);
    }

    QList<AccessibilityProblem> problems() const { return m_problems; }

private:
    void control(const QQuickItem *item)
    {
        QAccessibleInterface *iface
            = QAccessible::queryAccessibleInterface(const_cast<QQuickItem *>(item));
        if (!iface || !iface->isValid()) {
            add(AccessibilityProblem::Kind::NoRole, item, u"has no accessible interface"_s);
            return;
        }
        if (!isControlRole(iface->role())) {
            add(AccessibilityProblem::Kind::NoRole, item,
                u"has the role %1, not a control's"_s.arg(int(iface->role())));
            return;
        }
        const QString name = iface->text(QAccessible::Name).simplified();
        if (name.isEmpty()) {
            add(AccessibilityProblem::Kind::Unnamed, item, u"has no accessible name"_s);
            return;
        }
        language(item, name);
    }

    void picture(const QQuickItem *item)
    {
        QAccessibleInterface *iface
            = QAccessible::queryAccessibleInterface(const_cast<QQuickItem *>(item));
        if (!iface || !iface->isValid() || iface->role() != QAccessible::Graphic) {
            add(AccessibilityProblem::Kind::NoRole, item, u"is a picture without the role"_s);
            return;
        }
        const QString name = iface->text(QAccessible::Name).simplified();
        const QString description = iface->text(QAccessible::Description).simplified();
        if (name.isEmpty() || description.isEmpty()) {
            add(AccessibilityProblem::Kind::Undescribed, item,
                name.isEmpty() ? u"has no accessible name"_s : u"has no description"_s);
            return;
        }
        language(item, name + u' ' + description);
    }

    // A Ukrainian name has Cyrillic letters; an English one has Latin letters and none of
    // Ukrainian's. A control named by data (a training's topic from the library's calendar)
    // says so with `readonly property bool accessibleNameIsData: true`: data keeps its language.
    void language(const QQuickItem *item, const QString &text)
    {
        if (namesTheOtherLanguage(item) || item->property("accessibleNameIsData").toBool())
            return;
        const bool wrong = m_ukrainian ? hasLetters(text, false) && !hasLetters(text, true)
                                       : hasLetters(text, true) && !hasLetters(text, false);
        if (wrong)
            add(AccessibilityProblem::Kind::WrongLanguage, item,
                u"is named \"%1\" in a %2 session"_s.arg(
                    text.left(60), m_ukrainian ? u"Ukrainian"_s : u"English"_s));
    }

    void add(AccessibilityProblem::Kind kind, const QQuickItem *item, const QString &detail)
    {
        m_problems.append({kind, LayoutWalker::describe(item), detail});
    }

    bool m_ukrainian;
    QList<AccessibilityProblem> m_problems;
};

} // namespace

QString AccessibilityProblem::toString() const
{
    static const char *const names[] = {"no-role", "unnamed", "wrong-language", "undescribed"};
    return u"%1: %2 %3"_s.arg(QLatin1StringView(names[int(kind)]), item, detail);
}

QList<AccessibilityProblem> AccessibilityCheck::check(
    const QQuickWindow &window, const QString &language)
{
    return check(window.contentItem(), language);
}

QList<AccessibilityProblem> AccessibilityCheck::check(QQuickItem *root, const QString &language)
{
    if (!root)
        return {};
    // Controls and texts take their roles and names when a screen reader is running (Qt
    // Quick listens for it): be one.
    if (!QAccessible::isActive())
        QAccessible::setActive(true);
    Walk walk(language);
    walk.item(root);
    return walk.problems();
}

} // namespace Mist
