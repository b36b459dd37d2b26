// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The citizens of the soak benchmark (bench_soak.cpp): one visit on the real kiosk shell, on
// the harness's manual clock. A touch on the attract screen, a category of national services,
// a search, a service page; every 10th visit opens that service's portal (on the local test
// server) and waits for it to load (every 100th first reads the service page for 1.5 s of real
// time, so the visit's warm browser is ready when it opens); every 4th ends by walking away (the
// idle warning, then the timeout), the rest by Finish. Each step is a touch and some seconds of
// clock time, never a real wait, except for the portal's page, which is a real load.
#pragma once

#include <QString>
#include <QStringList>

namespace MistTest {

class KioskHarness;

// What one visit did, so the usage log can be checked for it.
struct SoakVisit
{
    int number = 0;
    QString sessionId;
    QString category;
    QString serviceId;
    bool searched = false;
    bool portal = false;
    bool timedOut = false;
    // A portal visit: whether the visit's browser was prepared (warm) when it opened, and the
    // real time from "Open here" to the page loaded and named by its script.
    bool preparedBrowser = false;
    qint64 portalMs = -1;
    bool ok = false; // every step happened (a screen shown, the portal loaded, the session ended)
    QString problem; // why not, if not
};

class SoakCitizen
{
public:
    SoakCitizen(KioskHarness &kiosk, QStringList serviceIds, QStringList categories);

    // Visit number (1, 2, ...). Returns when the session has ended and its browser is gone.
    SoakVisit visit(int number);

    // Clock time one visit takes, on average, for the benchmark's schedules.
    static constexpr qint64 stepMs = 15000;
    static constexpr qint64 attractGapMs = 60000;

private:
    void step(qint64 ms = stepMs);
    bool open(const QString &screen, const QVariantMap &properties);

    KioskHarness &m_kiosk;
    QStringList m_serviceIds;
    QStringList m_categories;
};

} // namespace MistTest
