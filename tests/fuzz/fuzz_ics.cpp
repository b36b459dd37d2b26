// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// libFuzzer harness: a library's iCalendar feed, parsed with libical and expanded into the
// trainings of a fixed two-week window (a fixed date keeps runs reproducible).
#include "fuzzsupport.h"
#include "schedule/scheduleexpander.h"

#include <QDate>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    MistFuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Mist::ScheduleExpander::Result result
        = Mist::ScheduleExpander::expand(MistFuzz::bytes(data, size), QDate(2026, 3, 23), 14);
    if (qsizetype(result.occurrences.size()) > Mist::ScheduleExpander::maxOccurrences)
        __builtin_trap();
    for (const Mist::TrainingOccurrence &occurrence : result.occurrences) {
        if (occurrence.start >= result.windowEnd)
            __builtin_trap();
    }
    return 0;
}
