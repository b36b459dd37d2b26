// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "handout.h"

#include <QUrl>
#include <QVariantList>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

// A handout is one or two pages: no text of a kiosk page is longer than this.
constexpr qsizetype maxTextLength = 8000;
constexpr qsizetype maxLineLength = 500;
constexpr qsizetype maxSections = 30;
constexpr qsizetype maxBullets = 40;

QString textOf(const QVariant &value, qsizetype maxLength)
{
    if (value.typeId() != QMetaType::QString)
        return {};
    return value.toString().trimmed().left(maxLength);
}

} // namespace

Handout Handout::fromVariant(const QVariantMap &map)
{
    Handout handout;
    handout.title = textOf(map.value(u"title"_s), maxLineLength).simplified();
    handout.subtitle = textOf(map.value(u"subtitle"_s), maxLineLength).simplified();
    handout.footer = textOf(map.value(u"footer"_s), maxLineLength).simplified();
    const QString url = textOf(map.value(u"qrUrl"_s), 2000);
    const QUrl parsed(url, QUrl::StrictMode);
    if (parsed.isValid() && parsed.scheme() == "https"_L1 && !parsed.host().isEmpty()) {
        handout.qrUrl = url;
        handout.qrCaption = textOf(map.value(u"qrCaption"_s), maxLineLength).simplified();
    }
    const QVariantList sections = map.value(u"sections"_s).toList();
    for (const QVariant &entry : sections) {
        if (qsizetype(handout.sections.size()) >= maxSections)
            break;
        const QVariantMap fields = entry.toMap();
        Section section;
        section.heading = textOf(fields.value(u"heading"_s), maxLineLength).simplified();
        section.text = textOf(fields.value(u"text"_s), maxTextLength);
        section.numbered = fields.value(u"numbered"_s).toBool();
        for (const QVariant &bullet : fields.value(u"bullets"_s).toList()) {
            if (section.bullets.size() >= maxBullets)
                break;
            const QString line = textOf(bullet, maxTextLength).simplified();
            if (!line.isEmpty())
                section.bullets << line;
        }
        if (!section.heading.isEmpty() || !section.text.isEmpty() || !section.bullets.isEmpty())
            handout.sections.push_back(std::move(section));
    }
    return handout;
}

} // namespace Mist
