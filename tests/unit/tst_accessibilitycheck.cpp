// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// AccessibilityCheck hears a window as a screen reader does (Qt's accessibility interfaces) and
// catches what it could not announce, and nothing else: named controls pass; a control without
// a name, a name in the other language, and a picture without a description each fail. The
// Qt 6.4 names a plain Button by its text only once a screen reader has started, and not
// reliably: Mist's controls set Accessible.name themselves (KioskButton), and so do these.
// The touch-target half of the same check (LayoutWalker::checkTargets) is tested here too.

#include "accessibilitycheck.h"
#include "layoutwalker.h"

#include "qmlwindow.h"

#include <QAccessible>
#include <QGuiApplication>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Kind = Mist::AccessibilityProblem::Kind;

class TestAccessibilityCheck : public QObject
{
    Q_OBJECT

private:
    QQmlEngine m_engine;

    std::unique_ptr<QQuickWindow> window(const QByteArray &body)
    {
        QAccessible::setActive(true);
        return MistTest::qmlWindow(m_engine, body, {600, 400});
    }

    static QList<Kind> kinds(const QList<Mist::AccessibilityProblem> &problems)
    {
        QList<Kind> result;
        for (const auto &problem : problems) {
            qInfo().noquote() << problem.toString();
            result << problem.kind;
        }
        return result;
    }

private Q_SLOTS:
    void namedControlsPass()
    {
        const auto w = window(R"(
            Column {
                Button { text: "Завершити"; Accessible.name: text }
                TextField { Accessible.name: "Пошук" }
                Button { objectName: "languageButton"; text: "English"; Accessible.name: text }
                Button { text: ""; icon.source: "x.svg"; Accessible.name: "Закрити" }
                Text { text: "Plain text is read, not pressed" }
            }
        )");
        QVERIFY(w);
        QCOMPARE(kinds(Mist::AccessibilityCheck::check(*w, u"uk"_s)), QList<Kind>());
    }

    void catchesAControlWithoutAName()
    {
        const auto w = window(R"(
            Column {
                Button { objectName: "iconOnly"; text: "" }
                TextField { objectName: "unlabelled" }
            }
        )");
        QVERIFY(w);
        const auto problems = Mist::AccessibilityCheck::check(*w, u"uk"_s);
        QCOMPARE(kinds(problems), QList<Kind>({Kind::Unnamed, Kind::Unnamed}));
        QVERIFY(problems[0].item.startsWith(u"iconOnly"_s));
        QVERIFY(problems[1].item.startsWith(u"unlabelled"_s));
    }

    void catchesANameInTheOtherLanguage()
    {
        const auto w = window(R"(
            Column {
                Button { objectName: "english"; text: "Finish"; Accessible.name: text }
                Button { text: "Кнопка 2"; Accessible.name: text }
            }
        )");
        QVERIFY(w);
        auto problems = Mist::AccessibilityCheck::check(*w, u"uk"_s);
        QCOMPARE(kinds(problems), QList<Kind>({Kind::WrongLanguage}));
        QVERIFY(problems[0].item.startsWith(u"english"_s));
        problems = Mist::AccessibilityCheck::check(*w, u"en"_s);
        QCOMPARE(kinds(problems), QList<Kind>({Kind::WrongLanguage}));
        QVERIFY(problems[0].item.contains(u"Кнопка 2"_s));
    }

    // Data keeps its language: a control that says its name is data is not held to the
    // session's.
    void dataKeepsItsLanguage()
    {
        const auto w = window(R"(
            Button { text: "Основи електронного урядування"; Accessible.name: text; readonly property bool accessibleNameIsData: true }
        )");
        QVERIFY(w);
        QCOMPARE(kinds(Mist::AccessibilityCheck::check(*w, u"en"_s)), QList<Kind>());
    }

    void catchesAPictureWithoutADescription()
    {
        const auto w = window(R"(
            Column {
                Rectangle { objectName: "described"; width: 50; height: 50
                    Accessible.role: Accessible.Graphic; Accessible.name: "QR-код"
                    Accessible.description: "Наведіть камеру телефона" }
                Rectangle { objectName: "bare"; width: 50; height: 50
                    Accessible.role: Accessible.Graphic; Accessible.name: "QR-код" }
            }
        )");
        QVERIFY(w);
        const auto problems = Mist::AccessibilityCheck::check(*w, u"uk"_s);
        QCOMPARE(kinds(problems), QList<Kind>({Kind::Undescribed}));
        QVERIFY(problems[0].item.startsWith(u"bare"_s));
    }

    void ignoresHiddenControls()
    {
        const auto w = window(R"(
            Button { text: ""; visible: false }
        )");
        QVERIFY(w);
        QCOMPARE(kinds(Mist::AccessibilityCheck::check(*w, u"uk"_s)), QList<Kind>());
    }

    // 9 mm, never under 48 px: a 40 px high button is too small, a 60x60 one is not.
    void catchesATargetTooSmallForAFinger()
    {
        const auto w = window(R"(
            Column {
                Button { objectName: "big"; width: 60; height: 60; text: "Так" }
                Button { objectName: "small"; width: 120; height: 40; text: "Ні" }
            }
        )");
        QVERIFY(w);
        const qreal minimum = Mist::LayoutWalker::minimumTargetSide(*w);
        QVERIFY(minimum >= 48.0);
        const auto problems = Mist::LayoutWalker::checkTargets(*w, 48.0);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0].kind, Mist::LayoutProblem::Kind::SmallTarget);
        QVERIFY(problems[0].item.startsWith(u"small"_s));
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestAccessibilityCheck test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_accessibilitycheck.moc"
