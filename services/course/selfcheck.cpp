// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "selfcheck.h"

#include <QSet>

namespace Mist {

SelfCheckResult scoreAnswer(const CourseQuestion &question, const QStringList &chosen)
{
    SelfCheckResult result;
    const QSet<QString> picked(chosen.begin(), chosen.end());
    QSet<QString> known;
    for (const CourseOption &option : question.options) {
        known.insert(option.id);
        if (option.correct)
            result.correctOptions << option.id;
        if (option.correct && !picked.contains(option.id))
            result.missed << option.id;
        if (!option.correct && picked.contains(option.id))
            result.wrongChosen << option.id;
    }
    result.valid = !picked.isEmpty() && known.contains(picked)
        && (question.kind == CourseQuestion::Kind::Multiple || picked.size() == 1);
    result.correct = result.valid && result.missed.isEmpty() && result.wrongChosen.isEmpty();
    return result;
}

} // namespace Mist
