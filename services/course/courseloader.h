// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Reads a course folder in course format v1 (README.md, schema/course-format-v1.json) the way
// the kiosk and `mistctl course check` both use it. Every problem becomes a CourseDiagnostic that
// names the file and line. A broken course.json stops that folder; a broken module or lesson is
// skipped with its reason and the rest of the course still loads.
//
// The kiosk's course = the bundled folder (compiled in) + the library's folder
// ([learning] course_dir): that folder adds modules, or, when its course.json says
// "replaces": "bundled", it is a regional course shown instead of the bundled one.
#pragma once

#include "course.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace Mist {

class CourseLoader
{
public:
    static constexpr int formatVersion = 1;
    static constexpr qint64 maxJsonBytes = 512 * 1024;
    static constexpr qint64 maxSvgBytes = 256 * 1024;
    static constexpr QStringView bundledDir = u":/course";

    struct Result
    {
        Course course;
        std::vector<CourseDiagnostic> diagnostics;
        bool courseFileValid = false; // course.json was read and valid
        bool replacesBundled = false; // course.json says "replaces": "bundled"
        QString source; // "bundled", "library", "regional" or "none"
        [[nodiscard]] QStringList diagnosticLines() const;
    };

    // One complete course folder (course.json, modules/, illustrations/). origin is stored in
    // each module ("bundled", "regional", "library").
    [[nodiscard]] static Result loadFolder(const QString &dir, const QString &origin);

    // What the kiosk shows: bundledDir's course, with libraryDir's modules added, or libraryDir
    // instead if it is a regional course. libraryDir may be empty or missing. Every diagnostic
    // is also logged (mist.course).
    [[nodiscard]] static Result loadKiosk(const QString &bundledDir, const QString &libraryDir);

    // A library folder that adds modules: modules/<id>/ folders; an optional course.json whose
    // tracks say where they go (otherwise they join the first track of base).
    static void addLibraryModules(Result &base, const QString &libraryDir);

    [[nodiscard]] static bool isValidId(QStringView id);
    // The reason an illustration may not be shown (script, external reference, a colour outside
    // the five of the format...), or nullopt if it is fine.
    [[nodiscard]] static std::optional<QString> checkIllustration(const QByteArray &svg);
    // The five colours of the format, lower case: ink, paper, accent, highlight, tint.
    [[nodiscard]] static const QHash<QString, QString> &paletteRoles();
    // svg with each format colour replaced by colours[role] ("ink" -> "#ffffff"...); a role
    // missing from colours keeps its colour.
    [[nodiscard]] static QByteArray recolour(
        const QByteArray &svg, const QHash<QString, QString> &colours);
    // 1-based line of a byte offset in text.
    [[nodiscard]] static int lineAt(const QByteArray &text, qsizetype offset);
};

} // namespace Mist
