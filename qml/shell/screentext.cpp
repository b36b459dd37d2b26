// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "screentext.h"

#include "accessibleroles.h"

#include <QAccessible>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTextDocumentFragment>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

// What a citizen reads: headings, running text, alerts, and pictures that carry meaning.
bool isTextRole(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::Heading:
    case QAccessible::StaticText:
    case QAccessible::AlertMessage:
    case QAccessible::Paragraph:
    case QAccessible::Note:
    case QAccessible::StatusBar:
    case QAccessible::Graphic:
    case QAccessible::ToolTip:
    case QAccessible::Cell:
        return true;
    default:
        return false;
    }
}

// The item's `Accessible` attached object, if QML gave it one (QQuickAccessibleAttached is
// private API; its properties are not).
const QObject *accessibleAttached(const QQuickItem *item)
{
    for (const QObject *child : item->children()) {
        if (qstrcmp(child->metaObject()->className(), "QQuickAccessibleAttached") == 0)
            return child;
    }
    return nullptr;
}

// A Text's words as the citizen sees them: styled text without its tags.
QString shownText(const QQuickItem *item)
{
    const QString text = item->property("text").toString();
    // QQuickText::TextFormat: PlainText = 0, RichText = 1, AutoText = 2, StyledText = 4,
    // MarkdownText = 3. Data is always PlainText; our own strings may carry <b>.
    const int format = item->property("textFormat").toInt();
    if (format == 0 || !text.contains(u'<'))
        return text;
    return QTextDocumentFragment::fromHtml(text).toPlainText();
}

class Walker
{
public:
    explicit Walker(ScreenText &out)
        : m_out(out)
    { }

    void visit(QQuickItem *item, QRectF clip)
    {
        if (!item->isVisible() || qFuzzyIsNull(item->opacity()))
            return;
        const QRectF sceneRect
            = item->mapRectToScene(QRectF(0, 0, std::max(item->width(), item->implicitWidth()),
                std::max(item->height(), item->implicitHeight())));

        const QObject *attached = accessibleAttached(item);
        const bool ignored = attached && attached->property("ignored").toBool();
        if (!ignored && readItself(item, sceneRect, clip))
            return; // a control: its name says what is inside

        if (item->clip())
            clip = clip.intersected(sceneRect);
        if (clip.isEmpty())
            return;
        for (QQuickItem *child : inReadingOrder(item->childItems()))
            visit(child, clip);
    }

private:
    ScreenText &m_out;

    static bool shows(const QRectF &sceneRect, const QRectF &clip)
    {
        const QRectF seen = sceneRect.intersected(clip);
        return seen.width() >= 1 && seen.height() >= 1;
    }

    void addText(const QString &text)
    {
        const QString clean = text.simplified();
        if (clean.isEmpty() || clean == m_out.heading || m_out.texts.contains(clean))
            return;
        m_out.texts << clean;
    }

    void addButton(const QString &name)
    {
        // "‹ Back": the arrow is drawn for the eye; a voice would name it.
        static const QString arrows = u"‹›«»←→◂▸"_s;
        QString clean = name;
        clean.removeIf([](QChar c) { return arrows.contains(c); });
        clean = clean.simplified();
        if (!clean.isEmpty() && !m_out.buttons.contains(clean))
            m_out.buttons << clean;
    }

    // Reads the item if it is a text or a control; true when its children are covered by it.
    bool readItself(QQuickItem *item, const QRectF &sceneRect, const QRectF &clip)
    {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
        if (iface && iface->isValid()) {
            const QAccessible::Role role = iface->role();
            if (isPressableRole(role)) {
                if (!iface->state().disabled && shows(sceneRect, clip))
                    addButton(iface->text(QAccessible::Name));
                return true;
            }
            if (isTextRole(role)) {
                if (shows(sceneRect, clip)) {
                    const QString name = iface->text(QAccessible::Name);
                    if (role == QAccessible::Heading && m_out.heading.isEmpty())
                        m_out.heading = name.simplified();
                    else
                        addText(name);
                }
                return true;
            }
            if (role == QAccessible::EditableText)
                return true; // what a citizen typed is theirs, not read out
            return false; // a container: read what is inside
        }
        // Qt 6.4 gives a Text or a Button an accessible interface only when QML set one of its
        // Accessible properties, or while a screen reader is running. The words are on the
        // screen all the same: read them as a screen reader would then.
        if (item->inherits("QQuickAbstractButton")) {
            if (item->isEnabled() && shows(sceneRect, clip))
                addButton(item->property("text").toString());
            return true;
        }
        if (item->inherits("QQuickText")) {
            if (shows(sceneRect, clip))
                addText(shownText(item));
            return true;
        }
        return item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit");
    }

    // Siblings top to bottom, and left to right within a row (items whose heights overlap).
    static QList<QQuickItem *> inReadingOrder(QList<QQuickItem *> items)
    {
        struct Placed
        {
            QQuickItem *item;
            QRectF rect;
        };
        std::vector<Placed> placed;
        placed.reserve(items.size());
        for (QQuickItem *item : items)
            placed.push_back(
                {item, item->mapRectToScene(QRectF(0, 0, item->width(), item->height()))});
        std::stable_sort(placed.begin(), placed.end(),
            [](const Placed &a, const Placed &b) { return a.rect.top() < b.rect.top(); });
        QList<QQuickItem *> ordered;
        ordered.reserve(items.size());
        for (std::size_t start = 0; start < placed.size();) {
            // A row: everything that starts above the bottom of the row's first item.
            std::size_t end = start + 1;
            qreal bottom = placed[start].rect.bottom();
            while (end < placed.size() && placed[end].rect.top() < bottom - 1) {
                bottom = std::max(bottom, placed[end].rect.bottom());
                ++end;
            }
            std::stable_sort(placed.begin() + qsizetype(start), placed.begin() + qsizetype(end),
                [](const Placed &a, const Placed &b) { return a.rect.left() < b.rect.left(); });
            for (std::size_t i = start; i < end; ++i)
                ordered << placed[i].item;
            start = end;
        }
        return ordered;
    }
};

QRectF windowRect(const QQuickItem *item)
{
    if (const QQuickWindow *window = item->window())
        return QRectF(QPointF(0, 0), window->size());
    return item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
}

// A sentence ends with its own mark, or gets a full stop, so the voice pauses between them.
QString sentence(const QString &text)
{
    static const QString marks = u".!?:;…"_s;
    if (text.isEmpty() || marks.contains(text.back()))
        return text;
    return text + u'.';
}

} // namespace

QString ScreenText::toSpeech() const
{
    QStringList lines;
    if (!heading.isEmpty())
        lines << sentence(heading);
    for (const QString &text : texts)
        lines << sentence(text);
    if (buttons.size() == 1)
        //: Read aloud after a screen's text when it has one button: that button's name.
        lines << sentence(tr("Button: %1").arg(buttons.constFirst()));
    else if (!buttons.isEmpty())
        //: Read aloud after a screen's text: the names of the buttons on it, separated by commas.
        lines << sentence(tr("Buttons: %1").arg(buttons.join(u", "_s)));
    return lines.join(u'\n');
}

QQuickItem *ScreenText::shownIn(QQuickItem *shell)
{
    if (!shell || shell->objectName() != "shell"_L1)
        return shell;
    for (const QString &overlay : {u"idleWarning"_s, u"startAgainCard"_s}) {
        auto *item = shell->findChild<QQuickItem *>(overlay);
        if (item && item->isVisible())
            return item;
    }
    if (auto *browser = shell->property("browser").value<QQuickItem *>();
        browser && browser->isVisible())
        return browser;
    auto *screen = shell->property("currentItem").value<QQuickItem *>();
    // A screen that draws over the whole window (the browser's preview for screenshots) moves
    // its item out of itself: what is shown is that item.
    if (screen) {
        for (QObject *child : screen->children()) {
            auto *item = qobject_cast<QQuickItem *>(child);
            if (item && item->isVisible() && item->parentItem() && item->parentItem() != screen
                && !screen->isAncestorOf(item))
                return item;
        }
    }
    return screen;
}

ScreenText ScreenText::ofScreen(QQuickItem *screen)
{
    ScreenText text;
    if (!screen)
        return text;
    text.heading = screen->property("title").toString().simplified();
    Walker walker(text);
    walker.visit(screen, windowRect(screen));
    return text;
}

ScreenText ScreenText::ofItem(QQuickItem *item)
{
    ScreenText text;
    if (!item || !item->isVisible())
        return text;
    Walker walker(text);
    // Everything inside the item, even what its own clip would hide: it is being asked for.
    const QRectF everywhere(-1e9, -1e9, 2e9, 2e9);
    // A tile or a row is one control: its name, what it says about itself, then the rest of
    // what it shows (a training's day, time and place), each once.
    if (QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
        iface && iface->isValid() && isPressableRole(iface->role())) {
        text.heading = iface->text(QAccessible::Name).simplified();
        const QString description = iface->text(QAccessible::Description).simplified();
        if (!description.isEmpty() && description != text.heading)
            text.texts << description;
        for (QQuickItem *child : item->childItems())
            walker.visit(child, everywhere);
        return text;
    }
    walker.visit(item, everywhere);
    return text;
}

} // namespace Mist
