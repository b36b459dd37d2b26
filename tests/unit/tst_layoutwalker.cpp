// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// LayoutWalker catches what a citizen could not read or press, and nothing else: a clean
// window passes; an overlap, a button off the window, an elided or overflowing text each fail.

#include "layoutwalker.h"

#include "qmlwindow.h"

#include <QGuiApplication>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using Kind = Mist::LayoutProblem::Kind;

class TestLayoutWalker : public QObject
{
    Q_OBJECT

private:
    QQmlEngine m_engine;

    std::unique_ptr<QQuickWindow> window(const QByteArray &body, const QByteArray &imports = {})
    {
        return MistTest::qmlWindow(m_engine, body, {400, 300}, imports);
    }

    static QList<Kind> kinds(const QList<Mist::LayoutProblem> &problems)
    {
        QList<Kind> result;
        for (const auto &problem : problems) {
            qInfo().noquote() << problem.toString();
            result << problem.kind;
        }
        return result;
    }

private Q_SLOTS:
    void aCleanLayoutPasses()
    {
        const auto w = window(R"(
            Rectangle { anchors.fill: parent; color: "white" }
            ColumnLayout {
                anchors.fill: parent
                Text { Layout.fillWidth: true; text: "A long heading that wraps onto two lines in this narrow window"; wrapMode: Text.WordWrap }
                RowLayout {
                    Button { text: "Back" }
                    Button { text: "Finish" }
                }
                Item { Layout.fillHeight: true }
            }
            // A list taller than the window: its rows can be scrolled into view.
            ListView {
                x: 200; y: 100; width: 200; height: 100; clip: true
                model: 20
                delegate: Button { required property int index; width: 200; height: 40; text: "Row " + index }
            }
        )");
        QVERIFY(w);
        QCOMPARE(kinds(Mist::LayoutWalker::check(*w)), QList<Kind>());
    }

    void catchesOverlappingControls()
    {
        const auto w = window(R"(
            Button { objectName: "one"; x: 10; y: 10; width: 150; height: 60; text: "One" }
            Button { objectName: "two"; x: 100; y: 40; width: 150; height: 60; text: "Two" }
        )");
        QVERIFY(w);
        const auto problems = Mist::LayoutWalker::check(*w);
        QCOMPARE(kinds(problems), QList<Kind>({Kind::Overlap}));
        QVERIFY(problems.constFirst().item.startsWith(u"one"_s));
        QVERIFY(problems.constFirst().detail.contains(u"two"_s));
    }

    void catchesAControlOutsideTheWindow()
    {
        const auto w = window(R"(
            Row {
                x: 100
                Button { width: 200; text: "Back" }
                Button { objectName: "finish"; width: 200; text: "Finish" }
            }
        )");
        QVERIFY(w);
        const auto problems = Mist::LayoutWalker::check(*w);
        QVERIFY(kinds(problems).contains(Kind::OutsideWindow));
        QVERIFY(problems.constFirst().item.startsWith(u"finish"_s));
    }

    void catchesAnElidedText()
    {
        const auto w = window(R"(
            Text { width: 100; text: "Завершити сеанс і стерти все"; elide: Text.ElideRight }
        )");
        QVERIFY(w);
        QCOMPARE(kinds(Mist::LayoutWalker::check(*w)), QList<Kind>({Kind::Truncated}));
    }

    void catchesATextWiderThanItsBox()
    {
        const auto w = window(R"(
            Text { width: 60; text: "Неприпустимо"; wrapMode: Text.WordWrap }
        )");
        QVERIFY(w);
        QCOMPARE(kinds(Mist::LayoutWalker::check(*w)), QList<Kind>({Kind::Overflow}));
    }

    // A row whose description wrapped after its height was set: the text runs past the row.
    void catchesATextSpillingOutOfItsControl()
    {
        const auto w = window(R"(
            Button {
                objectName: "row"
                width: 300; height: 50
                contentItem: Column {
                    Text { width: 280; text: "Name" }
                    Text { width: 280; height: 80; text: "A long description"; wrapMode: Text.WordWrap }
                }
            }
        )");
        QVERIFY(w);
        const auto problems = Mist::LayoutWalker::check(*w);
        QCOMPARE(kinds(problems), QList<Kind>({Kind::Overflow}));
        QVERIFY(problems.constFirst().detail.contains(u"spills out of row"_s));
    }

    void catchesWhatAListCannotScrollTo()
    {
        // contentHeight says 100, but a button sits at 150: no scrolling brings it into view.
        const auto w = window(R"(
            Flickable {
                width: 400; height: 100; clip: true
                contentHeight: 100
                Button { objectName: "lost"; y: 150; text: "Lost" }
            }
        )");
        QVERIFY(w);
        const auto problems = Mist::LayoutWalker::check(*w);
        QCOMPARE(kinds(problems), QList<Kind>({Kind::OutsideWindow}));
        QVERIFY(problems.constFirst().item.startsWith(u"lost"_s));
    }

    void ignoresWhatACoverHides()
    {
        // A full-window card (the idle warning) hides the overlapping buttons under it, but its
        // own controls are still checked.
        const auto w = window(R"(
            Button { x: 10; y: 10; width: 150; height: 60; text: "One" }
            Button { x: 100; y: 40; width: 150; height: 60; text: "Two" }
            Rectangle {
                width: 400; height: 300; color: Qt.rgba(0.06, 0.09, 0.16, 0.85)
                Button { x: 10; y: 200; width: 150; text: "Three" }
                Button { x: 100; y: 200; width: 150; text: "Four" }
            }
        )");
        QVERIFY(w);
        QCOMPARE(kinds(Mist::LayoutWalker::check(*w)), QList<Kind>({Kind::Overlap}));
    }

    // A key of the on-screen keyboard is one control: its letter and the small hint in its
    // corner ("₴" on "я", "!?" on ".") are its labels. Keys moved over each other still clash.
    void keyboardKeysAreControls()
    {
        const auto w = window(R"(
            InputPanel { objectName: "keyboard"; width: 400; anchors.bottom: parent.bottom }
        )",
            "import QtQuick.VirtualKeyboard\n");
        QVERIFY(w);
        auto *panel = w->findChild<QQuickItem *>(u"keyboard"_s);
        QVERIFY(panel);
        // The keys of the top row, once the keyboard has loaded its layout.
        const auto topKeys = [panel] {
            QList<QQuickItem *> keys;
            std::function<void(QQuickItem *)> collect = [&](QQuickItem *item) {
                const QString label = item->property("displayText").toString();
                if (label == u"q"_s || label == u"w"_s)
                    keys << item;
                for (QQuickItem *child : item->childItems())
                    collect(child);
            };
            collect(panel);
            return keys;
        };
        QTRY_COMPARE(topKeys().size(), 2);
        (void)w->grabWindow();
        QCOMPARE(kinds(Mist::LayoutWalker::check(*w)), QList<Kind>());

        // Two keys of the top row moved onto each other.
        const QList<QQuickItem *> keys = topKeys();
        keys[1]->setX(keys[0]->x() + keys[0]->width() / 2);
        (void)w->grabWindow();
        QVERIFY(kinds(Mist::LayoutWalker::check(*w)).contains(Kind::Overlap));
    }

    void ignoresHiddenItems()
    {
        const auto w = window(R"(
            Button { x: 10; y: 10; width: 150; text: "One" }
            Button { x: 100; y: 10; width: 150; text: "Two"; visible: false }
            Button { x: 300; y: 10; width: 300; text: "Off"; opacity: 0 }
        )");
        QVERIFY(w);
        QCOMPARE(kinds(Mist::LayoutWalker::check(*w)), QList<Kind>());
    }
};

int main(int argc, char **argv)
{
    // The on-screen keyboard lays out its keys only as the input method, as in the kiosk.
    qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    QGuiApplication app(argc, argv);
    TestLayoutWalker test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_layoutwalker.moc"
