// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// A citizen's progress through the course during one visit (the QML singleton `CourseProgress`):
// the track chosen, lessons seen, self-check answers. It lives only in the session: the end of
// the session (SessionController::sessionEnded) erases it, like the browser profile. Nothing of
// it is stored; the usage log gets only anonymous counts (UsageRecorder).
#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

namespace Mist {

class SessionController;

class CourseProgress : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString track READ track WRITE setTrack NOTIFY changed)
    // Changes with every change, for bindings on the invokables below.
    Q_PROPERTY(int revision READ revision NOTIFY changed)
    Q_PROPERTY(bool empty READ isEmpty NOTIFY changed)

public:
    // session may be null (tests, mistctl); then nothing erases the progress but clear().
    explicit CourseProgress(SessionController *session, QObject *parent = nullptr);

    [[nodiscard]] QString track() const { return m_track; }
    void setTrack(const QString &track);
    [[nodiscard]] int revision() const { return m_revision; }
    [[nodiscard]] bool isEmpty() const;

    Q_INVOKABLE void lessonSeen(const QString &moduleId, const QString &lessonId);
    [[nodiscard]] Q_INVOKABLE bool isLessonSeen(
        const QString &moduleId, const QString &lessonId) const;
    [[nodiscard]] Q_INVOKABLE int lessonsSeen(const QString &moduleId) const;
    // Keeps the first answer to each question (a second try does not change the score).
    Q_INVOKABLE void answered(const QString &moduleId, const QString &questionId, bool correct);
    [[nodiscard]] Q_INVOKABLE int answeredCount(const QString &moduleId) const;
    [[nodiscard]] Q_INVOKABLE int correctCount(const QString &moduleId) const;
    Q_INVOKABLE void moduleFinished(const QString &moduleId);
    [[nodiscard]] Q_INVOKABLE bool isModuleFinished(const QString &moduleId) const;

    // Forgets everything (the session ended).
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void changed();

private:
    void touch();

    QString m_track;
    QSet<QString> m_seen; // "module/lesson"
    QHash<QString, bool> m_answers; // "module/question" -> correct
    QSet<QString> m_finished;
    int m_revision = 0;
};

} // namespace Mist
