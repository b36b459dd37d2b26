// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The writer process of tst_usagecrash: records events as fast as UsageWriter takes them (a
// session end every tenth, written at once) and prints "C <ticket>" each time a batch is
// committed, until it is killed. value = run * 1e9 + ticket makes every event findable.
//   usage_crash_writer DATA_DIR RUN

#include "usage/usagewriter.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Mist;
using namespace std::chrono_literals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    const QString dataDir = QString::fromLocal8Bit(argv[1]);
    const qint64 run = QByteArray(argv[2]).toLongLong();
    UsageWriter::Settings settings;
    settings.flushInterval = 5ms;
    UsageWriter writer(dataDir, settings);
    if (!writer.start())
        return 1;
    QObject::connect(
        &writer, &UsageWriter::committed, &writer,
        [](quint64 ticket) {
            std::printf("C %llu\n", static_cast<unsigned long long>(ticket));
            std::fflush(stdout);
        },
        Qt::DirectConnection);
    quint64 next = 1;
    QTimer pump;
    QObject::connect(&pump, &QTimer::timeout, &app, [&] {
        for (int i = 0; i < 200; ++i, ++next) {
            const bool end = next % 10 == 0;
            writer.record({qint64(next), u"kiosk"_s, u"run-%1"_s.arg(run),
                              end ? UsageEvent::Type::SessionEnded : UsageEvent::Type::ScreenViewed,
                              u"home"_s, run * 1'000'000'000 + qint64(next), false},
                end ? UsageWriter::Urgency::Now : UsageWriter::Urgency::Batched);
        }
    });
    pump.start(1);
    return QCoreApplication::exec();
}
