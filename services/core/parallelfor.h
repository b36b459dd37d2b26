// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Runs a loop body for every index of [0, count) on the machine's cores, for the few places where
// one job is big enough to be worth it (reading or writing thousands of directory entries). The
// body must only touch data of its own index, or data that is read-only during the loop.
#pragma once

#include <QThread>

#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

namespace Mist {

// Splits [0, count) into one contiguous range per core (at most maxWorkers, and none smaller
// than minPerWorker, so small jobs stay on the calling thread). The calling thread takes the
// first range; returns when every index is done.
template<typename Body>
void parallelFor(std::size_t count, std::size_t minPerWorker, Body body, int maxWorkers = 4)
{
    const std::size_t cores = std::size_t(std::clamp(QThread::idealThreadCount(), 1, maxWorkers));
    const std::size_t workers
        = std::clamp<std::size_t>(count / std::max<std::size_t>(minPerWorker, 1), 1, cores);
    const std::size_t chunk = (count + workers - 1) / workers;
    const auto runRange = [&body, count](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < std::min(end, count); ++i)
            body(i);
    };
    std::vector<std::thread> helpers;
    helpers.reserve(workers - 1);
    for (std::size_t w = 1; w < workers; ++w)
        helpers.emplace_back(runRange, w * chunk, (w + 1) * chunk);
    runRange(0, chunk);
    for (std::thread &helper : helpers)
        helper.join();
}

} // namespace Mist
