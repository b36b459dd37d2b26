// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The course "Basics of E-Governance" as the kiosk holds it after loading: tracks, modules,
// lessons and self-check questions, every text in Ukrainian and English. Read from a folder in
// course format v1 (see README.md and schema/course-format-v1.json) by CourseLoader.
#pragma once

#include "directory/portalentry.h" // LocalizedText

#include <QString>
#include <QStringList>

#include <vector>

namespace Mist {

struct CourseBlock
{
    QString type; // "text", "steps", "tip", "warning", "check-where"
    LocalizedText text; // all but "steps"
    std::vector<LocalizedText> items; // "steps" only
    friend bool operator==(const CourseBlock &, const CourseBlock &) = default;
};

struct CourseLesson
{
    QString id;
    LocalizedText title;
    QString illustrationPath; // the SVG file (a :/ resource or a file path)
    std::vector<CourseBlock> blocks;
    QStringList services; // directory entry ids
    QStringList guides; // guide ids
    friend bool operator==(const CourseLesson &, const CourseLesson &) = default;
};

struct CourseOption
{
    QString id;
    LocalizedText text;
    bool correct = false;
    friend bool operator==(const CourseOption &, const CourseOption &) = default;
};

struct CourseQuestion
{
    enum class Kind { Single, Multiple };
    QString id;
    Kind kind = Kind::Single;
    LocalizedText question;
    std::vector<CourseOption> options;
    LocalizedText explanation;
    friend bool operator==(const CourseQuestion &, const CourseQuestion &) = default;
};

struct CourseModule
{
    QString id;
    LocalizedText title;
    LocalizedText summary;
    std::vector<CourseLesson> lessons; // the valid ones, in order
    std::vector<CourseQuestion> check;
    std::vector<LocalizedText> learned;
    QStringList nextGuides;
    QStringList nextServices;
    QString origin; // "bundled", "library" or "regional"
    [[nodiscard]] const CourseLesson *lesson(const QString &lessonId) const;
    [[nodiscard]] const CourseQuestion *question(const QString &questionId) const;
    friend bool operator==(const CourseModule &, const CourseModule &) = default;
};

struct CourseTrack
{
    QString id; // "citizens", "councils", or a library's own
    LocalizedText title;
    LocalizedText summary;
    QStringList modules; // ids of loaded modules, in order
    friend bool operator==(const CourseTrack &, const CourseTrack &) = default;
};

// One problem found while loading: "modules/diia/module.json:12: ...".
struct CourseDiagnostic
{
    QString file; // relative to the course folder
    int line = 0; // 1-based; 0 when the problem is not in a file (a missing file)
    QString message;
    [[nodiscard]] QString toString() const;
    friend bool operator==(const CourseDiagnostic &, const CourseDiagnostic &) = default;
};

struct Course
{
    QString id;
    LocalizedText title;
    std::vector<CourseTrack> tracks;
    std::vector<CourseModule> modules;

    [[nodiscard]] bool isEmpty() const { return modules.empty(); }
    [[nodiscard]] const CourseModule *module(const QString &moduleId) const;
    // The track that lists moduleId (empty if none).
    [[nodiscard]] QString trackOf(const QString &moduleId) const;
    friend bool operator==(const Course &, const Course &) = default;
};

} // namespace Mist
