// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The memory of a whole process tree, for the browser benchmarks: a browser is many processes, and
// their RSS figures count every shared page (libraries, shared memory) once per process, so the
// sum flatters nobody. PSS (proportional set size) splits each shared page among the processes
// that map it: summed over a tree it counts what the tree costs the machine.
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <vector>

namespace MistBench {

struct TreeMemory
{
    long pssKiB = 0; // /proc/PID/smaps_rollup "Pss:", summed
    long rssKiB = 0; // "Rss:", summed (shared pages once per process)
    int processes = 0; // how many were read
};

// root and every process below it (from the parent pids in /proc/*/stat), root first. Zombies
// (exited, not yet reaped) are left out.
[[nodiscard]] std::vector<qint64> processTree(qint64 root);

// The memory of these processes; one that has gone meanwhile counts nothing.
[[nodiscard]] TreeMemory memoryOf(const std::vector<qint64> &pids);
[[nodiscard]] inline TreeMemory treeMemory(qint64 root)
{
    return memoryOf(processTree(root));
}

// How many running processes outside the given ones map a file whose path contains pathPart.
// PSS splits a file's pages among all processes mapping them, on the whole machine: other
// processes mapping the same big library (another Qt WebEngine program, another Chromium) lower
// the measured tree's PSS.
[[nodiscard]] int othersMapping(const QByteArray &pathPart, const std::vector<qint64> &tree);

// True while pid exists and is not a zombie.
[[nodiscard]] bool isRunning(qint64 pid);

// The median (the upper one of an even count); -1 for none.
[[nodiscard]] double median(std::vector<double> values);

} // namespace MistBench
