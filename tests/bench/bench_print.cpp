// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Print -> job accepted: the time from a print request (SessionPrints::print, the call behind
// the Print button) until the printer has accepted the job (Create-Job, Send-Document done,
// job id returned), for a 2-page and a 50-page PDF, against ippeveprinter on 127.0.0.1.
// Prints median and worst of --runs runs (default 1: ippeveprinter simulates printing for a long
// time between jobs). Figures only, never a pass/fail on time.

#include "documents/sessionprints.h"
#include "ippeveprinterfixture.h"
#include "printing/plainpdf.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int runs = 1;
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(u"--runs"_s); at >= 0 && at + 1 < args.size())
        runs = std::max(1, args.at(at + 1).toInt());

    MistTest::IppEvePrinter printer;
    if (!printer.start()) {
        std::fprintf(stderr, "bench_print: %s\n", qPrintable(printer.errorString()));
        return 1;
    }
    Mist::KioskConfig::Printing settings;
    settings.printer = printer.uri();
    settings.pageLimit = Mist::KioskConfig::maxPageLimit;
    for (const int pages : {2, 50}) {
        const QByteArray pdf = Mist::PlainPdf::numberedPages(pages, u"Benchmark"_s);
        std::vector<double> ms;
        for (int run = 0; run < runs; ++run) {
            // Not timed: ippeveprinter "prints" one job at a time, so start from an idle printer.
            const QDeadlineTimer idle(120000);
            while (Mist::CupsPrinter(printer.uri()).status().state != 3 && !idle.hasExpired())
                QThread::msleep(100);
            Mist::SessionPrints prints(settings);
            QElapsedTimer timer;
            timer.start();
            const auto outcome = prints.print(pdf, pages, 1);
            ms.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (outcome.jobId == 0) {
                std::fprintf(stderr, "bench_print: the job was refused\n");
                return 1;
            }
        }
        std::sort(ms.begin(), ms.end());
        std::printf("print -> accepted, %2d pages (%lld bytes): median %.1f ms, worst %.1f ms "
                    "(%d runs)\n",
            pages, static_cast<long long>(pdf.size()), ms[ms.size() / 2], ms.back(), runs);
    }
    return 0;
}
