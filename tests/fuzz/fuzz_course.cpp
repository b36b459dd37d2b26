// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// libFuzzer harness: a course folder (CourseLoader::loadFolder), as a region or a library puts
// one on the kiosk. The input is up to four parts split at NUL bytes: course.json, the module
// modules/diia/module.json, its lesson modules/diia/diia-portal.json and the illustration
// illustrations/diia-portal.svg; a part left out is a file left out. The illustration is also
// checked and recoloured on its own.
#include "course/courseloader.h"
#include "fuzzsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <array>
#include <memory>

namespace {

std::unique_ptr<QTemporaryDir> folder;

const std::array<QString, 4> partFiles {QStringLiteral("course.json"),
    QStringLiteral("modules/diia/module.json"), QStringLiteral("modules/diia/diia-portal.json"),
    QStringLiteral("illustrations/diia-portal.svg")};

void writePart(const QString &name, const QByteArray *content)
{
    QFile file(folder->filePath(name));
    if (!content) {
        file.remove();
        return;
    }
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(*content) != content->size())
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    MistFuzz::initialize();
    folder = std::make_unique<QTemporaryDir>();
    if (!folder->isValid() || !QDir(folder->path()).mkpath(QStringLiteral("modules/diia"))
        || !QDir(folder->path()).mkpath(QStringLiteral("illustrations")))
        __builtin_trap();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = MistFuzz::bytes(data, size);
    const QList<QByteArray> parts = input.split('\0');
    for (size_t i = 0; i < partFiles.size(); ++i) {
        const QByteArray part = qsizetype(i) < parts.size() ? parts.at(qsizetype(i)) : QByteArray();
        writePart(partFiles[i], qsizetype(i) < parts.size() ? &part : nullptr);
    }

    const Mist::CourseLoader::Result result
        = Mist::CourseLoader::loadFolder(folder->path(), QStringLiteral("regional"));
    // A course that did not load says why, in lines a librarian can read.
    if (!result.courseFileValid && result.diagnostics.empty())
        __builtin_trap();
    for (const QString &line : result.diagnosticLines()) {
        if (line.isEmpty() || line.contains(u'\n'))
            __builtin_trap();
    }

    // An illustration passed as fine has no script and no javascript: URL in any spelling.
    if (parts.size() >= 4) {
        const QByteArray &svg = parts.at(3);
        if (!Mist::CourseLoader::checkIllustration(svg)) {
            const QString lower = QString::fromUtf8(svg).toLower();
            if (lower.contains(QLatin1String("<script"))
                || lower.contains(QLatin1String("javascript:")))
                __builtin_trap();
            (void)Mist::CourseLoader::recolour(
                svg, {{QStringLiteral("ink"), QStringLiteral("#ffffff")}});
        }
    }
    return 0;
}
