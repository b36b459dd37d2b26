// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Checks the soak benchmark's usage log against what its visits did (soakcitizen.h): each visit
// must be there with its start, its end (finish or timeout), the category, the search, the
// service and, for every 10th, the portal.
#pragma once

#include "soakcitizen.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace MistTest {

struct SoakLogCheck
{
    qsizetype events = 0; // in the log
    int visitsComplete = 0; // visits with every event they should have
    int visitsIncomplete = 0;
    // Missing events by kind ("session_ended", "search_done"...), for the report.
    QStringList missing;
};

// Reads the whole log in dataDir (the writer must have committed it).
SoakLogCheck checkUsageLog(const QString &dataDir, const std::vector<SoakVisit> &visits);

} // namespace MistTest
