// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// What the soak benchmark (bench_soak.cpp) measures of the kiosk at a point in its life, read
// from /proc: resident memory of the kiosk process and of its Qt WebEngine processes, open file
// descriptors, threads, WebEngine processes (renderers among them), and the sizes of the SQLite
// files in the data directory (with their -wal and -shm files).
#pragma once

#include <QList>
#include <QString>

#include <map>
#include <utility>

namespace MistTest {

struct SoakSample
{
    int visit = 0;
    long kioskRssKiB = 0;
    long webEngineRssKiB = 0; // every QtWebEngineProcess below the kiosk, summed
    int fds = 0; // the sum of fdKinds
    // The descriptors by what they are (socket, pipe, file, eventfd, ...), so growth can be
    // told apart: keep-alive sockets come and go with the HTTP clients' connection caches, a
    // file or pipe that only grows is a leak.
    std::map<QString, int> fdKinds;
    [[nodiscard]] QString describeFdKinds() const;
    // The kiosk's malloc heap (mallinfo2, all arenas): what is allocated, and what is free but
    // kept by malloc. Tells a leak (in use grows) from heap that was freed but not returned.
    long heapInUseKiB = 0;
    long heapFreeKiB = 0;
    int threads = 0;
    int webEngineProcesses = 0;
    int renderers = 0;
    QList<std::pair<QString, qint64>> files; // file name, bytes
    [[nodiscard]] qint64 filesBytes() const;
};

class SoakProbe
{
public:
    explicit SoakProbe(QString dataDir);
    [[nodiscard]] SoakSample sample(int visit) const;

    [[nodiscard]] static std::map<QString, int> fileDescriptorKinds();
    [[nodiscard]] static int threads();

private:
    QString m_dataDir;
};

} // namespace MistTest
