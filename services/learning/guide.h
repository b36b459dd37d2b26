// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// One step-by-step guide for a citizen ("How to get Diia.Signature"): content written by people,
// read from a JSON file (see README.md for the format), in Ukrainian and English.
#pragma once

#include "directory/portalentry.h" // LocalizedText

#include <QString>
#include <QStringList>
#include <QUrl>

#include <vector>

namespace Mist {

struct GuideStep
{
    LocalizedText text;
    QUrl image; // qrc: or file: URL of an SVG/PNG/JPEG next to the guide; empty for none
    bool operator==(const GuideStep &) const = default;
};

struct Guide
{
    QString id; // lower-case letters, digits and '-'; a librarian's guide with the same id wins
    // Texts fall back to Ukrainian where English is missing (LocalizedText::forLanguage); a
    // guide must have its Ukrainian texts.
    LocalizedText title;
    LocalizedText summary; // one or two sentences: what the citizen will be able to do
    QStringList serviceIds; // portal ids of the directory this guide helps with ("diia", ...)
    std::vector<GuideStep> steps;
    QString origin; // "bundled" or "local"
    bool operator==(const Guide &) const = default;
};

} // namespace Mist
