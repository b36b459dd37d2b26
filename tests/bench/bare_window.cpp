// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// bench_bare_window: the baseline for the startup benchmark (see README.md).
//
// A bare Qt Quick window that draws a screen comparable to the kiosk's home screen: a top bar
// with six rounded buttons, a heading, and a 3x2 grid of rounded cards with a title, a subtitle
// and a simple shape for an icon, the last one a note card. It uses nothing but QtQuick (no
// Controls, no Layouts, no SVG, no services), so the gap between it and
// `mist-kiosk --screenshot` is what the kiosk adds on top of Qt Quick itself. Like the kiosk's
// screenshot mode it renders offscreen with the software backend, grabs the window into a PNG
// and exits; with --stay-open it stays on screen instead, as the baseline for idle CPU.

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// The same text as the Ukrainian home screen, in the same font, sizes and weights, so text
// shaping and glyph rasterisation (a large part of a first frame) cost the same in both.
// Compiled at run time: the kiosk's QML is compiled ahead of time, so this slightly favours
// the kiosk, which README.md points out.
constexpr char scene[] = R"QML(
import QtQuick

Window {
    id: root

    readonly property string fontFamily: "Noto Sans"
    readonly property int spacing: 24
    readonly property int margin: 48
    readonly property int radius: 16

    width: 1920
    height: 1080
    color: "#f5f2ea"

    component BarButton: Rectangle {
        property alias text: label.text
        width: Math.max(176, label.implicitWidth + 2 * root.spacing * 1.5)
        height: 88
        radius: root.radius
        color: "#1d4a82"
        Text {
            id: label
            anchors.centerIn: parent
            color: "#ffffff"
            font.family: root.fontFamily
            font.pixelSize: 30
            font.weight: Font.DemiBold
        }
    }

    component Card: Rectangle {
        property alias title: titleText.text
        property alias subtitle: subtitleText.text
        radius: root.radius
        color: "#ffffff"
        border.width: 2
        border.color: "#8a8a94"
        Column {
            anchors.centerIn: parent
            width: parent.width - 2 * root.spacing
            spacing: root.spacing / 2
            Rectangle {
                anchors.horizontalCenter: parent.horizontalCenter
                width: 96
                height: 96
                radius: 48
                color: "transparent"
                border.width: 6
                border.color: "#0b4f9c"
            }
            Text {
                id: titleText
                width: parent.width
                color: "#0b4f9c"
                font.family: root.fontFamily
                font.pixelSize: 30
                font.weight: Font.Bold
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }
            Text {
                id: subtitleText
                width: parent.width
                color: "#45454f"
                font.family: root.fontFamily
                font.pixelSize: 24
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }
        }
    }

    Rectangle {
        id: bar
        anchors.left: parent.left
        anchors.right: parent.right
        height: 120
        color: "#0b2e59"

        Row {
            anchors.left: parent.left
            anchors.leftMargin: root.spacing
            anchors.verticalCenter: parent.verticalCenter
            spacing: root.spacing / 2
            BarButton { text: "‹ Назад"; opacity: 0.5 }
            BarButton { text: "Головна"; opacity: 0.5 }
            Text {
                anchors.verticalCenter: parent.verticalCenter
                leftPadding: root.spacing
                text: "Головне меню"
                color: "#ffffff"
                font.family: root.fontFamily
                font.pixelSize: 30
                font.weight: Font.DemiBold
            }
        }
        Row {
            anchors.right: parent.right
            anchors.rightMargin: root.spacing
            anchors.verticalCenter: parent.verticalCenter
            spacing: root.spacing / 2
            BarButton { text: "English" }
            BarButton { text: "Розмір тексту 100 %" }
            BarButton { text: "Завершити"; color: "#a4231c" }
        }
    }

    Text {
        id: heading
        anchors.top: bar.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: root.margin
        text: "Що ви хочете зробити?"
        color: "#1a1a1f"
        font.family: root.fontFamily
        font.pixelSize: 40
        font.weight: Font.Bold
        wrapMode: Text.WordWrap
    }

    Grid {
        id: grid
        readonly property real cellWidth: (width - 2 * spacing) / 3
        readonly property real cellHeight: (height - spacing) / 2
        anchors.top: heading.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: root.margin
        anchors.topMargin: root.spacing
        columns: 3
        spacing: root.spacing

        Card {
            width: grid.cellWidth; height: grid.cellHeight
            title: "Послуги моєї громади"
            subtitle: "Міська рада, ЦНАП і місцеві послуги"
        }
        Card {
            width: grid.cellWidth; height: grid.cellHeight
            title: "Державні е-послуги"
            subtitle: "Дія, пенсія, податки, земля та інше"
        }
        Card {
            width: grid.cellWidth; height: grid.cellHeight
            title: "Тренінги в цій бібліотеці"
            subtitle: "Безкоштовні заняття: коли і де"
        }
        Card {
            width: grid.cellWidth; height: grid.cellHeight
            title: "Основи е-урядування"
            subtitle: "Покрокові інструкції та курс"
        }
        Card {
            width: grid.cellWidth; height: grid.cellHeight
            title: "Допомога"
            subtitle: "Як користуватися терміналом"
        }
        Rectangle {
            width: grid.cellWidth; height: grid.cellHeight
            radius: root.radius
            color: "#ffd500"
            Column {
                anchors.fill: parent
                anchors.margins: root.spacing
                spacing: root.spacing / 2
                Text {
                    width: parent.width
                    text: "Це громадський комп’ютер"
                    color: "#1a1a1f"
                    font.family: root.fontFamily
                    font.pixelSize: 30
                    font.weight: Font.Bold
                    wrapMode: Text.WordWrap
                }
                Text {
                    width: parent.width
                    text: "Коли ви натиснете «Завершити», усе, що ви тут робили, буде стерто: сторінки, входи й документи."
                    color: "#1a1a1f"
                    font.family: root.fontFamily
                    font.pixelSize: 24
                    wrapMode: Text.WordWrap
                }
            }
        }
    }
}
)QML";

} // namespace

int main(int argc, char **argv)
{
    // The same defaults as `mist-kiosk --screenshot`, so both sides of the comparison load the
    // same platform plugin and renderer.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
        qputenv("QT_QUICK_BACKEND", "software");

    QGuiApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Baseline for Mist's startup benchmark: a bare Qt Quick window like the home screen."_s);
    parser.addHelpOption();
    const QCommandLineOption screenshot(
        u"screenshot"_s, u"Render the window to a PNG file and exit."_s, u"FILE"_s);
    const QCommandLineOption stayOpen(
        u"stay-open"_s, u"Show the window and keep running (the idle CPU baseline)."_s);
    parser.addOptions({screenshot, stayOpen});
    parser.process(app);
    if (parser.isSet(screenshot) == parser.isSet(stayOpen)) {
        std::fprintf(stderr, "bench_bare_window: give either --screenshot FILE or --stay-open\n");
        return 2;
    }

    QQmlApplicationEngine engine;
    engine.loadData(QByteArray(scene));
    auto *window = engine.rootObjects().isEmpty()
        ? nullptr
        : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window) {
        std::fprintf(stderr, "bench_bare_window: the scene failed to load\n");
        return 1;
    }

    window->resize(1920, 1080);
    window->show();
    if (parser.isSet(stayOpen))
        return QGuiApplication::exec();

    // A few turns of the event loop, then one grab, as the kiosk's screenshot mode: its
    // settleWindow() (kiosk/windowsettle.cpp) also draws frames until nothing moves, which a
    // scene without layouts, loaders or models does not need.
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    const QImage image = window->grabWindow();
    if (image.isNull() || !image.save(parser.value(screenshot), "PNG")) {
        std::fprintf(stderr, "bench_bare_window: could not render or write %s\n",
            qPrintable(parser.value(screenshot)));
        return 1;
    }
    return 0;
}
