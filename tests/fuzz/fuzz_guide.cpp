// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// libFuzzer harness: a guide file (GuideLibrary::parseFile), which a librarian drops into the
// kiosk's guides folder. GuideLibrary reads a path, so each input goes to one private file first.
#include "fuzzsupport.h"
#include "learning/guidelibrary.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <memory>

namespace {

std::unique_ptr<QTemporaryDir> folder;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    MistFuzz::initialize();
    // <tmp>/guides/ holds the guide and a picture; <tmp>/outside.svg is one a name must not reach.
    folder = std::make_unique<QTemporaryDir>();
    if (!folder->isValid() || !QDir(folder->path()).mkdir(QStringLiteral("guides")))
        __builtin_trap();
    for (const QString &name : {QStringLiteral("guides/step.svg"), QStringLiteral("outside.svg")}) {
        QFile picture(folder->filePath(name));
        if (!picture.open(QIODevice::WriteOnly) || picture.write("<svg/>") != 6)
            __builtin_trap();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString guides = folder->filePath(QStringLiteral("guides"));
    const QString path = guides + QStringLiteral("/guide.json");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
        __builtin_trap();
    file.close();
    QString error;
    const std::optional<Mist::Guide> guide
        = Mist::GuideLibrary::parseFile(path, QStringLiteral("local"), &error);
    // Either a guide within the documented limits, or a one-line reason: never both, never none.
    if (guide.has_value() == !error.isEmpty())
        __builtin_trap();
    if (guide
        && (guide->id.isEmpty() || guide->steps.empty()
            || guide->steps.size() > size_t(Mist::GuideLibrary::maxSteps)))
        __builtin_trap();
    if (!guide && error.contains(u'\n'))
        __builtin_trap();
    // A step's picture is a file right next to the guide, never one a name like ../ reaches.
    if (guide) {
        for (const Mist::GuideStep &step : guide->steps) {
            if (!step.image.isEmpty()
                && QFileInfo(step.image.toLocalFile()).absolutePath() != guides)
                __builtin_trap();
        }
    }
    return 0;
}
