// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Gives the memory a visit freed back to the system once the visit is over. glibc's malloc keeps
// freed heap for reuse and returns only what lies at the very top of its arenas; the screens,
// models and strings of a visit are freed all over the heap, so a kiosk that runs for months
// creeps upwards in resident memory although little of it is in use (the 10,000-visit soak,
// tests/bench/README.md). malloc_trim() returns every whole free page of every arena.
#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace Mist {

class SessionController;

class HeapTrimmer : public QObject
{
    Q_OBJECT
public:
    // Trims a short while after each visit ends (session may be null: trim() only). The delay
    // lets the screens of the visit be destroyed first (deleteLater, the end of a transition).
    explicit HeapTrimmer(SessionController *session, QObject *parent = nullptr);

    // Runs before each trim: lets the UI free what only it can (the QML engine's garbage).
    void setBeforeTrim(std::function<void()> beforeTrim);

    // Frees what setBeforeTrim() frees, then returns free heap pages now. Returns true if any
    // memory went back to the system.
    bool trim();

    // How long after the end of a visit the trim runs: the screens are gone by then, and a trim
    // takes milliseconds, so even a citizen who touches the attract screen at once waits nothing
    // noticeable.
    static constexpr int delayMs = 300;

private:
    QTimer m_delay;
    std::function<void()> m_beforeTrim;
};

} // namespace Mist
