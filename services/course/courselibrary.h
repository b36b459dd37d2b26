// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The course as the screens see it (the QML singleton `Course`): tracks, modules, lessons and
// questions as plain maps in one language, the self-check's scoring, and each lesson's
// illustration recoloured to the theme. Loading is CourseLoader's; this class holds the result.
// Qt Core only.
#pragma once

#include "course.h"
#include "courseloader.h"

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QVariantMap>

namespace Mist {

class CourseLibrary : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool available READ available NOTIFY courseChanged)
    Q_PROPERTY(int moduleCount READ moduleCount NOTIFY courseChanged)
    Q_PROPERTY(bool trainerMode READ trainerMode CONSTANT)
    Q_PROPERTY(bool hasPublicUrl READ hasPublicUrl CONSTANT)

public:
    explicit CourseLibrary(QObject *parent = nullptr);

    // Loads the kiosk's course (CourseLoader::loadKiosk).
    void load(const QString &bundledDir, const QString &libraryDir);
    void setCourse(Course course);
    // [learning] trainer_mode and course_public_url.
    void setTrainerMode(bool on) { m_trainerMode = on; }
    void setPublicUrl(const QString &baseUrl) { m_publicUrl = baseUrl; }

    [[nodiscard]] const Course &course() const { return m_course; }
    [[nodiscard]] bool available() const { return !m_course.isEmpty(); }
    [[nodiscard]] int moduleCount() const { return int(m_course.modules.size()); }
    [[nodiscard]] bool trainerMode() const { return m_trainerMode; }
    [[nodiscard]] bool hasPublicUrl() const { return !m_publicUrl.isEmpty(); }

    // [{trackId, title, summary, modules: [{moduleId, title, summary, lessonCount,
    // questionCount}]}]
    [[nodiscard]] Q_INVOKABLE QVariantList tracks(const QString &language) const;
    // {moduleId, trackId, title, summary, lessons: [{lessonId, title}], questions: [ids],
    // learned: [text], nextGuides, nextServices}; {} for an unknown id.
    [[nodiscard]] Q_INVOKABLE QVariantMap module(
        const QString &moduleId, const QString &language) const;
    // {moduleId, lessonId, title, blocks: [{type, text, items}], services, guides, index, count,
    // previousLessonId, nextLessonId}; {} for an unknown id.
    [[nodiscard]] Q_INVOKABLE QVariantMap lesson(
        const QString &moduleId, const QString &lessonId, const QString &language) const;
    // {questionId, kind ("single"/"multiple"), question, options: [{optionId, text}], index,
    // count, previousQuestionId, nextQuestionId}; {} for an unknown id.
    [[nodiscard]] Q_INVOKABLE QVariantMap question(
        const QString &moduleId, const QString &questionId, const QString &language) const;
    // Scores chosen option ids: {valid, correct, correctOptions, wrongChosen, missed,
    // explanation}; {} for an unknown question.
    [[nodiscard]] Q_INVOKABLE QVariantMap answer(const QString &moduleId, const QString &questionId,
        const QStringList &chosen, const QString &language) const;
    // The lesson's illustration as a data: URL, its five colours mapped by colours
    // ({ink, paper, accent, highlight, tint} -> "#rrggbb"); "" if there is none.
    [[nodiscard]] Q_INVOKABLE QString illustration(
        const QString &moduleId, const QString &lessonId, const QVariantMap &colours) const;
    // The public online version of the lesson (base/<module>/<lesson>), "" without a base URL.
    [[nodiscard]] Q_INVOKABLE QString publicLessonUrl(
        const QString &moduleId, const QString &lessonId) const;

Q_SIGNALS:
    void courseChanged();

private:
    Course m_course;
    bool m_trainerMode = false;
    QString m_publicUrl;
};

} // namespace Mist
