// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// One of the kiosk's own pages as a printed handout: a service page (what you need, where the
// CNAP is, a QR code of the portal), a guide or a lesson of the course. The screen that prints
// it fills it from the very texts it shows, already in the session's language, so paper and
// screen never say different things. Everything in it is plain text: nothing is ever read as
// markup.
#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <vector>

namespace Mist {

struct Handout
{
    struct Section
    {
        QString heading; // may be empty
        QString text; // paragraphs, separated by blank lines
        QStringList bullets;
        bool numbered = false; // bullets are steps: 1., 2., ...
    };

    QString title;
    QString subtitle; // e.g. the authority, or the course module
    std::vector<Section> sections;
    QString qrUrl; // an https address to take home as a QR code, or empty
    QString qrCaption;
    QString footer; // the library, the date

    [[nodiscard]] bool isEmpty() const { return title.isEmpty() && sections.empty(); }

    // From QML's map: { title, subtitle, sections: [{ heading, text, bullets, numbered }],
    // qrUrl, qrCaption, footer }. Wrong types are skipped, texts are cut to sane lengths, and a
    // QR address that is not https is dropped.
    [[nodiscard]] static Handout fromVariant(const QVariantMap &map);
};

} // namespace Mist
