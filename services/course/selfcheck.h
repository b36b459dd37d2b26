// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Scoring one self-check answer. A "single" question is right when exactly its correct option
// is chosen; a "multiple" one when the chosen options are exactly the correct ones (a missing
// correct option or an extra wrong one makes it wrong, and the explanation says which).
#pragma once

#include "course.h"

#include <QStringList>

namespace Mist {

struct SelfCheckResult
{
    bool valid = false; // the answer named only options of the question, and at least one
    bool correct = false;
    QStringList correctOptions; // ids of the right options, in the question's order
    QStringList wrongChosen; // chosen but not right
    QStringList missed; // right but not chosen
};

[[nodiscard]] SelfCheckResult scoreAnswer(
    const CourseQuestion &question, const QStringList &chosen);

} // namespace Mist
