// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "courseprogress.h"

#include "core/logging.h"
#include "session/sessioncontroller.h"

namespace Mist {

namespace {

QString key(const QString &moduleId, const QString &itemId)
{
    return moduleId + u'/' + itemId;
}

int countFor(const QString &moduleId, const QStringList &keys)
{
    const QString prefix = moduleId + u'/';
    int count = 0;
    for (const QString &k : keys)
        count += k.startsWith(prefix) ? 1 : 0;
    return count;
}

} // namespace

CourseProgress::CourseProgress(SessionController *session, QObject *parent)
    : QObject(parent)
{
    if (session)
        connect(session, &SessionController::sessionEnded, this, &CourseProgress::clear);
}

void CourseProgress::touch()
{
    ++m_revision;
    Q_EMIT changed();
}

bool CourseProgress::isEmpty() const
{
    return m_track.isEmpty() && m_seen.isEmpty() && m_answers.isEmpty() && m_finished.isEmpty();
}

void CourseProgress::setTrack(const QString &track)
{
    if (track == m_track)
        return;
    m_track = track;
    touch();
}

void CourseProgress::lessonSeen(const QString &moduleId, const QString &lessonId)
{
    if (moduleId.isEmpty() || lessonId.isEmpty() || m_seen.contains(key(moduleId, lessonId)))
        return;
    m_seen.insert(key(moduleId, lessonId));
    touch();
}

bool CourseProgress::isLessonSeen(const QString &moduleId, const QString &lessonId) const
{
    return m_seen.contains(key(moduleId, lessonId));
}

int CourseProgress::lessonsSeen(const QString &moduleId) const
{
    return countFor(moduleId, m_seen.values());
}

void CourseProgress::answered(const QString &moduleId, const QString &questionId, bool correct)
{
    if (moduleId.isEmpty() || questionId.isEmpty() || m_answers.contains(key(moduleId, questionId)))
        return;
    m_answers.insert(key(moduleId, questionId), correct);
    touch();
}

int CourseProgress::answeredCount(const QString &moduleId) const
{
    return countFor(moduleId, m_answers.keys());
}

int CourseProgress::correctCount(const QString &moduleId) const
{
    const QString prefix = moduleId + u'/';
    int count = 0;
    for (auto it = m_answers.cbegin(); it != m_answers.cend(); ++it)
        count += (it.key().startsWith(prefix) && it.value()) ? 1 : 0;
    return count;
}

void CourseProgress::moduleFinished(const QString &moduleId)
{
    if (moduleId.isEmpty() || m_finished.contains(moduleId))
        return;
    m_finished.insert(moduleId);
    touch();
}

bool CourseProgress::isModuleFinished(const QString &moduleId) const
{
    return m_finished.contains(moduleId);
}

void CourseProgress::clear()
{
    if (isEmpty())
        return;
    m_track.clear();
    m_seen.clear();
    m_answers.clear();
    m_finished.clear();
    qCDebug(lcCourse) << "course progress erased";
    touch();
}

} // namespace Mist
