// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Counts the course's events of a month for UsageReport's Learning section (private to the
// report; kept apart so the course's part of the report stays in one place).
#pragma once

#include "usageevent.h"
#include "usagereport.h"

#include <QHash>

namespace Mist {

class LearningTally
{
public:
    void add(const UsageEvent &event);
    [[nodiscard]] UsageReport::Learning result() const;

private:
    UsageReport::Learning m_learning;
    QHash<QString, UsageReport::Count> m_modules;
    QHash<QString, UsageReport::Learning::Question> m_questions;
    QHash<QString, UsageReport::Count> m_trainings;
};

} // namespace Mist
