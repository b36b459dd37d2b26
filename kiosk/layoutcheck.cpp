// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "layoutcheck.h"

#include "accessibilitycheck.h"
#include "admin/librarianmode.h"
#include "core/clock.h"
#include "kioskoptions.h"
#include "layoutwalker.h"
#include "preferences.h"
#include "screencatalog.h"
#include "session/sessioncontroller.h"
#include "windowsettle.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QQuickItem>
#include <QQuickWindow>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Mist {

QList<QSize> layoutCheckSizes()
{
    return {{1024, 768}, {1280, 1024}, {1280, 800}, {1366, 768}, {1920, 1080}, {1080, 1920}};
}

int runLayoutCheck(QQuickWindow &window, const KioskOptions &options, ManualClock &clock,
    SessionController &session, Preferences &preferences, LibrarianMode *librarian)
{
    // The resting window has no shell: it is one screen with nothing to navigate.
    auto *shell = window.findChild<QQuickItem *>(u"shell"_s);
    if (!shell && options.screen != "resting"_L1) {
        std::fprintf(stderr, "mist-kiosk: no shell to check\n");
        return 1;
    }
    window.resize(layoutCheckSizes().constFirst());
    window.show();

    const QStringList screens
        = options.screen.isEmpty() ? ScreenCatalog::names() : QStringList {options.screen};
    const QList<qreal> scales
        = options.textScaleGiven ? QList<qreal> {options.textScale} : QList<qreal> {1.0, 1.25, 1.5};
    const qreal minimumSide = LayoutWalker::minimumTargetSide(window);
    QElapsedTimer timer;
    timer.start();
    int problems = 0;
    int checked = 0;
    for (const QString &screen : screens) {
        const ScreenEntry *entry = ScreenCatalog::find(screen);
        for (const QString &language : {u"uk"_s, u"en"_s}) {
            for (const qreal scale : scales) {
                // A fresh visit for each: ending one resets the language and the text size.
                if (session.isActive())
                    session.finish();
                settleWindow(window);
                preferences.setLanguage(language);
                preferences.setTextScale(scale);
                // The PIN pad is what is shown before librarian mode; the rest only inside it.
                const bool librarianScreen
                    = screen.startsWith("admin-"_L1) && screen != "admin-pin"_L1;
                if (librarian && librarianScreen && !librarian->isActive())
                    librarian->enterForScreenshot();
                else if (librarian && !librarianScreen && librarian->isActive())
                    librarian->leave();
                if (shell && screen.startsWith("admin-"_L1)) {
                    // Librarian screens belong outside a visit (main.cpp entered the mode for
                    // them; a session would end it): open them as the shell does.
                    QMetaObject::invokeMethod(shell, "resetToAttract");
                    QMetaObject::invokeMethod(
                        shell, "open", Q_ARG(QString, screen), Q_ARG(QVariant, QVariantMap()));
                } else if (shell && screen != "attract"_L1) {
                    shell->setProperty("initialScreen", screen);
                    session.start();
                }
                if (entry && entry->idleWarning)
                    clock.advance(qint64(session.idleTimeoutSeconds()) * 1000);
                // The "your data was erased" note belongs to the moment after a visit.
                if (auto *banner
                    = shell ? shell->findChild<QQuickItem *>(u"erasedBanner"_s) : nullptr)
                    banner->setVisible(false);
                for (const QSize size : layoutCheckSizes()) {
                    window.resize(size);
                    settleWindow(window);
                    ++checked;
                    QStringList found;
                    for (const LayoutProblem &problem : LayoutWalker::check(window))
                        found << problem.toString();
                    for (const LayoutProblem &problem :
                        LayoutWalker::checkTargets(window, minimumSide))
                        found << problem.toString();
                    // Names do not depend on the panel: once per language and text size.
                    if (size == layoutCheckSizes().constFirst()) {
                        for (const AccessibilityProblem &problem :
                            AccessibilityCheck::check(window, language))
                            found << problem.toString();
                    }
                    for (const QString &problem : std::as_const(found))
                        std::printf("%s %s %d%% %dx%d: %s\n", qPrintable(screen),
                            qPrintable(language), qRound(scale * 100), size.width(), size.height(),
                            qPrintable(problem));
                    problems += int(found.size());
                }
            }
        }
    }
    std::printf("checked %d layouts of %lld screens in %.1f s: %d problems\n", checked,
        qlonglong(screens.size()), double(timer.elapsed()) / 1000.0, problems);
    std::fflush(stdout);
    return problems == 0 ? 0 : 1;
}

} // namespace Mist
