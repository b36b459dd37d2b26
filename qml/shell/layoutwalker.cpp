// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "layoutwalker.h"

#include <QColor>
#include <QQuickItem>
#include <QQuickWindow>
#include <QScreen>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

constexpr qreal tolerance = 1.0;

// QQuickFlickable::FlickableDirection
constexpr int horizontalFlick = 0x1;
constexpr int autoFlickIfNeeded = 0xc;

// Whether the item is an instance of the QML type `name` or of a type derived from it: QML
// types have no C++ class, their meta-objects are named "BaseKey_QMLTYPE_12" and the like.
bool isQmlType(const QQuickItem *item, QLatin1StringView name)
{
    for (const QMetaObject *meta = item->metaObject(); meta; meta = meta->superClass()) {
        const QLatin1StringView className(meta->className());
        if (className.startsWith(name) && className.sliced(name.size()).startsWith("_QML"_L1))
            return true;
    }
    return false;
}

// What a citizen presses or types in; containers that hold whole screens are not controls.
// A key of the on-screen keyboard is one too (an Item, not a Control): its letter and the small
// hint in its corner ("₴" on "я") are its own labels, not two things in each other's way.
bool isControl(const QQuickItem *item)
{
    if (item->inherits("QQuickStackView") || item->inherits("QQuickPane")
        || item->inherits("QQuickScrollView") || item->inherits("QQuickContainer")
        || item->inherits("QQuickPopupItem"))
        return false;
    return item->inherits("QQuickControl") || item->inherits("QQuickTextInput")
        || item->inherits("QQuickTextEdit") || isQmlType(item, "BaseKey"_L1);
}

bool isText(const QQuickItem *item)
{
    return item->inherits("QQuickText") && !item->property("text").toString().isEmpty();
}

bool within(const QRectF &inner, const QRectF &outer)
{
    return inner.left() >= outer.left() - tolerance && inner.top() >= outer.top() - tolerance
        && inner.right() <= outer.right() + tolerance
        && inner.bottom() <= outer.bottom() + tolerance;
}

QString rect(const QRectF &r)
{
    return u"%1,%2 %3x%4"_s.arg(qRound(r.x()))
        .arg(qRound(r.y()))
        .arg(qRound(r.width()))
        .arg(qRound(r.height()));
}

struct Box
{
    const QQuickItem *item;
    QRectF visible;
};

class Walk
{
public:
    explicit Walk(const QRectF &bounds)
        : m_bounds(bounds)
    { }

    struct Context
    {
        QRectF clip; // what of the scene can be seen here (window and clipping parents)
        QRectF reach; // what can be brought into view by scrolling (the clip outside lists)
        bool inControl = false;
        const QQuickItem *control = nullptr; // the innermost control around this item
        QRectF controlBox; // its box in the scene
    };

    void item(QQuickItem *item, const Context &parent)
    {
        if (!item->isVisible() || item->opacity() <= 0.0)
            return;
        const QRectF scene = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));

        // Something that covers the whole window with a (nearly) opaque fill hides what was
        // painted before it: the idle warning over a screen, the browser over the shell.
        // So does a whole-window layer raised above its siblings (the kiosk browser's frame,
        // whose page is opaque).
        if (within(m_bounds, scene)
            && ((item->inherits("QQuickRectangle")
                    && item->property("color").value<QColor>().alphaF() >= 0.5)
                || item->z() >= 1))
            m_boxes.clear();

        const bool control = isControl(item);
        const bool text = isText(item);
        if (control || text) {
            // A control's own label is reported with the control.
            if (!parent.inControl && !within(scene, parent.reach) && scene.width() > 0
                && scene.height() > 0)
                add(LayoutProblem::Kind::OutsideWindow, item,
                    u"at %1, outside %2"_s.arg(rect(scene), rect(parent.reach)));
            if (!parent.inControl)
                m_boxes.push_back({item, scene.intersected(parent.clip)});
        }
        if (text)
            checkText(item);
        // A label or description drawn past the edge of its own control (a row whose height
        // was not updated after its text wrapped) runs over whatever is next to it.
        if (text && parent.control && !within(scene, parent.controlBox) && scene.width() > 0
            && scene.height() > 0)
            add(LayoutProblem::Kind::Overflow, item,
                u"spills out of %1 (%2 in %3)"_s.arg(
                    LayoutWalker::describe(parent.control), rect(scene), rect(parent.controlBox)));

        Context context = parent;
        context.inControl = parent.inControl || control;
        if (control) {
            context.control = item;
            context.controlBox = scene;
        }
        if (item->clip()) {
            context.clip = context.clip.intersected(scene);
            context.reach = context.reach.intersected(scene);
        }
        if (item->inherits("QQuickFlickable")) {
            if (auto *content = item->property("contentItem").value<QQuickItem *>()) {
                Context inside = context;
                inside.reach = reachOf(item, content, scene, parent.reach);
                inside.clip = context.clip;
                children(item, content, context, inside);
                return;
            }
        }
        children(item, nullptr, context, context);
    }

    QList<LayoutProblem> finish()
    {
        for (size_t i = 0; i < m_boxes.size(); ++i) {
            for (size_t j = i + 1; j < m_boxes.size(); ++j) {
                const Box &a = m_boxes[i];
                const Box &b = m_boxes[j];
                const QRectF both = a.visible.intersected(b.visible);
                if (both.width() <= tolerance || both.height() <= tolerance)
                    continue;
                if (a.item->isAncestorOf(b.item) || b.item->isAncestorOf(a.item))
                    continue;
                add(LayoutProblem::Kind::Overlap, a.item,
                    u"overlaps %1 at %2"_s.arg(LayoutWalker::describe(b.item), rect(both)));
            }
        }
        return m_problems;
    }

private:
    // The scene area a list's content can be scrolled into view in: the list's own box,
    // stretched along each direction it scrolls to the whole content.
    static QRectF reachOf(const QQuickItem *flickable, const QQuickItem *content,
        const QRectF &scene, const QRectF &outer)
    {
        const qreal contentWidth = flickable->property("contentWidth").toReal();
        const qreal contentHeight = flickable->property("contentHeight").toReal();
        const int direction = flickable->property("flickableDirection").toInt();
        const bool horizontal = (direction & horizontalFlick)
            || (direction == 0 && !qFuzzyCompare(contentWidth, flickable->width()))
            || ((direction & autoFlickIfNeeded) && contentWidth > flickable->width());
        const bool vertical = (direction & 0x2)
            || (direction == 0 && !qFuzzyCompare(contentHeight, flickable->height()))
            || ((direction & autoFlickIfNeeded) && contentHeight > flickable->height());
        // The content's origin in the scene: where its (originX, originY) point is drawn.
        const QPointF origin = content->mapToScene(QPointF(
            flickable->property("originX").toReal(), flickable->property("originY").toReal()));
        QRectF reach = scene.intersected(outer);
        if (horizontal) {
            reach.setLeft(std::min(reach.left(), origin.x()));
            reach.setRight(std::max(reach.right(), origin.x() + contentWidth));
        }
        if (vertical) {
            reach.setTop(std::min(reach.top(), origin.y()));
            reach.setBottom(std::max(reach.bottom(), origin.y() + contentHeight));
        }
        return reach;
    }

    // Children in paint order (z, then declaration); special is the one whose context differs.
    void children(QQuickItem *item, QQuickItem *special, const Context &context,
        const Context &specialContext)
    {
        QList<QQuickItem *> kids = item->childItems();
        std::stable_sort(kids.begin(), kids.end(),
            [](const QQuickItem *a, const QQuickItem *b) { return a->z() < b->z(); });
        for (QQuickItem *kid : std::as_const(kids))
            this->item(kid, kid == special ? specialContext : context);
    }

    void checkText(const QQuickItem *item)
    {
        if (item->property("truncated").toBool()) {
            add(LayoutProblem::Kind::Truncated, item, u"is elided or cut to its line count"_s);
            return;
        }
        const qreal contentWidth = item->property("contentWidth").toReal();
        const qreal contentHeight = item->property("contentHeight").toReal();
        if (contentWidth > item->width() + tolerance)
            add(LayoutProblem::Kind::Overflow, item,
                u"text %1 px wide in a box of %2"_s.arg(qRound(contentWidth))
                    .arg(qRound(item->width())));
        else if (contentHeight > item->height() + tolerance)
            add(LayoutProblem::Kind::Overflow, item,
                u"text %1 px high in a box of %2"_s.arg(qRound(contentHeight))
                    .arg(qRound(item->height())));
    }

    void add(LayoutProblem::Kind kind, const QQuickItem *item, const QString &detail)
    {
        m_problems.append({kind, LayoutWalker::describe(item), detail});
    }

    QRectF m_bounds;
    std::vector<Box> m_boxes;
    QList<LayoutProblem> m_problems;
};

} // namespace

QString LayoutProblem::toString() const
{
    static const char *const names[]
        = {"outside", "truncated", "overflow", "overlap", "small-target"};
    return u"%1: %2 %3"_s.arg(QLatin1StringView(names[int(kind)]), item, detail);
}

QList<LayoutProblem> LayoutWalker::check(const QQuickWindow &window)
{
    return check(window.contentItem(), QRectF(0, 0, window.width(), window.height()));
}

QList<LayoutProblem> LayoutWalker::check(QQuickItem *root, const QRectF &bounds)
{
    if (!root)
        return {};
    Walk walk(bounds);
    walk.item(root, {bounds, bounds, false, nullptr, QRectF()});
    return walk.finish();
}

namespace {

// A filler key of the on-screen keyboard is a gap in a row of keys: nothing to press.
bool isPressable(const QQuickItem *item)
{
    return item->inherits("QQuickAbstractButton") || item->inherits("QQuickTextField")
        || item->inherits("QQuickComboBox")
        || (isQmlType(item, "BaseKey"_L1) && !isQmlType(item, "FillerKey"_L1));
}

void collectSmallTargets(const QQuickItem *item, qreal minimumSide, QList<LayoutProblem> &out)
{
    if (!item->isVisible() || item->opacity() <= 0.0)
        return;
    if (isPressable(item)) {
        if (item->width() + tolerance < minimumSide || item->height() + tolerance < minimumSide)
            out.append({LayoutProblem::Kind::SmallTarget, LayoutWalker::describe(item),
                u"is %1x%2, under %3 px"_s.arg(qRound(item->width()))
                    .arg(qRound(item->height()))
                    .arg(qRound(minimumSide))});
        return; // a control's parts are pressed with it
    }
    const QList<QQuickItem *> kids = item->childItems();
    for (const QQuickItem *kid : kids)
        collectSmallTargets(kid, minimumSide, out);
}

} // namespace

QList<LayoutProblem> LayoutWalker::checkTargets(const QQuickWindow &window, qreal minimumSide)
{
    QList<LayoutProblem> problems;
    collectSmallTargets(window.contentItem(), minimumSide, problems);
    return problems;
}

qreal LayoutWalker::minimumTargetSide(const QQuickWindow &window)
{
    constexpr qreal millimetres = 9.0;
    constexpr qreal floor = 48.0;
    const QScreen *screen = window.screen();
    const qreal dpi = screen ? screen->physicalDotsPerInch() : 0.0;
    return std::max(floor, millimetres / 25.4 * dpi);
}

QString LayoutWalker::describe(const QQuickItem *item)
{
    QString type = QString::fromLatin1(item->metaObject()->className());
    type = type.section(u"_QML"_s, 0, 0).section(u"_QMLTYPE"_s, 0, 0);
    QString result = item->objectName().isEmpty() ? type : item->objectName() + u' ' + type;
    QString text = item->property("text").toString().simplified();
    if (!text.isEmpty()) {
        if (text.size() > 40)
            text = text.left(39) + u'…';
        result += u" \""_s + text + u'"';
    }
    return result;
}

} // namespace Mist
