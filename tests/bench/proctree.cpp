// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "proctree.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace MistBench {

namespace {

struct Stat
{
    qint64 parent = 0;
    char state = '?';
};

// /proc/PID/stat is "pid (comm) state ppid ...": comm may hold spaces and brackets, so the fields
// are read after the last ')'.
bool readStat(qint64 pid, Stat &stat)
{
    QFile file(u"/proc/%1/stat"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = file.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 2 || fields.at(0).isEmpty())
        return false;
    stat.state = fields.at(0).at(0);
    stat.parent = fields.at(1).toLongLong();
    return true;
}

} // namespace

std::vector<qint64> processTree(qint64 root)
{
    QHash<qint64, std::vector<qint64>> children;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        Stat stat;
        if (ok && readStat(pid, stat) && stat.state != 'Z')
            children[stat.parent].push_back(pid);
    }
    std::vector<qint64> tree;
    if (!isRunning(root))
        return tree;
    tree.push_back(root);
    // Breadth first: a process's children are found in the table made above.
    for (std::size_t at = 0; at < tree.size(); ++at) {
        for (const qint64 child : children.value(tree[at]))
            tree.push_back(child);
    }
    return tree;
}

TreeMemory memoryOf(const std::vector<qint64> &pids)
{
    TreeMemory memory;
    for (const qint64 pid : pids) {
        QFile file(u"/proc/%1/smaps_rollup"_s.arg(pid));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        bool counted = false;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const auto kib
                = [&line] { return line.mid(4).trimmed().split(' ').constFirst().toLong(); };
            if (line.startsWith("Pss:")) {
                memory.pssKiB += kib();
                counted = true;
            } else if (line.startsWith("Rss:")) {
                memory.rssKiB += kib();
            }
        }
        memory.processes += counted ? 1 : 0;
    }
    return memory;
}

int othersMapping(const QByteArray &pathPart, const std::vector<qint64> &tree)
{
    int count = 0;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok || std::find(tree.begin(), tree.end(), pid) != tree.end())
            continue;
        QFile maps(u"/proc/%1/maps"_s.arg(pid));
        if (maps.open(QIODevice::ReadOnly) && maps.readAll().contains(pathPart) && isRunning(pid))
            ++count;
    }
    return count;
}

bool isRunning(qint64 pid)
{
    Stat stat;
    return readStat(pid, stat) && stat.state != 'Z';
}

double median(std::vector<double> values)
{
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace MistBench
