// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// When each step of opening a portal happened, for bench_firstopen --phases: every change of
// the watched properties of an object (a WebEngineView's loading, loadProgress, title...) and
// every frame its window swaps, in milliseconds since start(). Property names, not WebEngine
// types: the benchmark does not link Qt WebEngine (the kiosk loads it when first needed).
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringList>

#include <vector>

class QQuickWindow;

namespace MistBench {

class PhaseRecorder : public QObject
{
    Q_OBJECT
public:
    struct Mark
    {
        double ms;
        QString what;
    };

    void start();
    // Records each change of these properties of object, with the new value.
    void watch(QObject *object, const QStringList &properties);
    // Records the first --frames frames the window swaps after start().
    void watchFrames(QQuickWindow *window, int frames);
    void mark(const QString &what);
    [[nodiscard]] const std::vector<Mark> &marks() const { return m_marks; }

private Q_SLOTS:
    void propertyChanged();

private:
    QElapsedTimer m_timer;
    std::vector<Mark> m_marks;
    int m_framesLeft = 0;
};

} // namespace MistBench
