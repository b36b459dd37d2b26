// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// ScreenText reads what a citizen sees, as a screen reader would: the title first, then the
// texts top to bottom and left to right, then the enabled buttons; nothing hidden, transparent,
// scrolled out, ignored or typed. A long press's item reads its name, description and the rest
// of what it shows, each once.

#include "screentext.h"

#include "qmlwindow.h"

#include <QGuiApplication>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestScreenText : public QObject
{
    Q_OBJECT

private:
    QQmlEngine m_engine;

    std::unique_ptr<QQuickWindow> window(const QByteArray &body)
    {
        return MistTest::qmlWindow(m_engine, body);
    }

    static QQuickItem *item(QQuickWindow &window, const QString &name)
    {
        return window.findChild<QQuickItem *>(name);
    }

private Q_SLOTS:
    void readsTitleTextsThenButtons()
    {
        const auto w = window(R"(
            Item {
                objectName: "screen"
                property string title: "Home"
                anchors.fill: parent
                ColumnLayout {
                    anchors.fill: parent
                    Text { text: "What would you like to do?" }
                    RowLayout {
                        Text { text: "Left" }
                        Text { text: "Right" }
                    }
                    RowLayout {
                        Button { text: "‹ Back" }
                        Button { text: "Finish" }
                        Button { text: "Off"; enabled: false }
                    }
                    Text { text: "<b>Bold</b> words"; textFormat: Text.StyledText }
                    Item { Layout.fillHeight: true }
                }
            }
        )");
        QVERIFY(w);
        const Mist::ScreenText text = Mist::ScreenText::ofScreen(item(*w, u"screen"_s));
        QCOMPARE(text.heading, u"Home"_s);
        QCOMPARE(text.texts,
            QStringList({u"What would you like to do?"_s, u"Left"_s, u"Right"_s, u"Bold words"_s}));
        // The arrow is for the eye; a disabled button is not offered.
        QCOMPARE(text.buttons, QStringList({u"Back"_s, u"Finish"_s}));
        QCOMPARE(text.toSpeech(),
            u"Home.\nWhat would you like to do?\nLeft.\nRight.\nBold words.\nButtons: Back, Finish."_s);
    }

    void leavesOutWhatIsNotSeen()
    {
        const auto w = window(R"(
            Item {
                objectName: "screen"
                anchors.fill: parent
                Text { y: 0; text: "Shown"; Accessible.role: Accessible.Heading; Accessible.name: text }
                Text { y: 40; text: "Hidden"; visible: false }
                Text { y: 60; text: "Transparent"; opacity: 0 }
                Text { y: 80; text: "Not for the voice"; Accessible.ignored: true }
                TextField { y: 100; width: 200; text: "what a citizen typed" }
                Flickable {
                    y: 160; width: 400; height: 60; clip: true
                    contentHeight: 400
                    Text { y: 0; text: "In view" }
                    Text { y: 300; text: "Scrolled out" }
                }
                Text { y: 500; text: "Below the window" }
            }
        )");
        QVERIFY(w);
        const Mist::ScreenText text = Mist::ScreenText::ofScreen(item(*w, u"screen"_s));
        // No title property: the first heading is the heading.
        QCOMPARE(text.heading, u"Shown"_s);
        QCOMPARE(text.texts, QStringList({u"In view"_s}));
        QVERIFY(text.buttons.isEmpty());
    }

    void aLongPressReadsOneTile()
    {
        const auto w = window(R"(
            Column {
                AbstractButton {
                    objectName: "tile"
                    width: 300; height: 100
                    Accessible.role: Accessible.Button
                    Accessible.name: "Trainings"
                    Accessible.description: "Free courses at the library"
                    contentItem: Column {
                        Text { text: "Trainings" }
                        Text { text: "Free courses at the library" }
                        Text { text: "Tuesday, 10:00" }
                    }
                }
                Text { text: "Not in the tile" }
            }
        )");
        QVERIFY(w);
        const Mist::ScreenText text = Mist::ScreenText::ofItem(item(*w, u"tile"_s));
        QCOMPARE(text.heading, u"Trainings"_s);
        QCOMPARE(text.texts, QStringList({u"Free courses at the library"_s, u"Tuesday, 10:00"_s}));
        QVERIFY(text.buttons.isEmpty());
        QCOMPARE(text.toSpeech(), u"Trainings.\nFree courses at the library.\nTuesday, 10:00."_s);
    }

    void oneButtonIsSaidSo()
    {
        Mist::ScreenText text;
        text.heading = u"Printed: pick up your pages"_s;
        text.buttons = {u"Back to my documents"_s};
        QCOMPARE(text.toSpeech(), u"Printed: pick up your pages.\nButton: Back to my documents."_s);
        QVERIFY(Mist::ScreenText().isEmpty());
        QVERIFY(Mist::ScreenText::ofItem(nullptr).isEmpty());
        QVERIFY(Mist::ScreenText::ofScreen(nullptr).isEmpty());
    }
};

QTEST_MAIN(TestScreenText)
#include "tst_screentext.moc"
