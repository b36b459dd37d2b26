// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Lays a Handout out on A4 and writes it as a PDF (Qt Gui's QTextDocument and QPdfWriter; the
// text goes in through QTextCursor, so nothing in it is read as markup). A handout is one or two
// pages: when the text is longer the type gets smaller, down to a size still easy to read, and
// only then are the last sections left off, with the handout's own note saying where the rest is.
#pragma once

#include "handout.h"

#include <QByteArray>
#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace Mist {

class HandoutWriter : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Handouts)
    QML_SINGLETON

public:
    static constexpr int maxPages = 2;

    explicit HandoutWriter(QObject *parent = nullptr);

    struct Result
    {
        QByteArray pdf; // empty if nothing could be written
        int pages = 0;
        int sectionsLeftOff = 0;
        qreal textScale = 1.0; // 1.0: the normal type size
    };
    // moreNote: the sentence printed in place of sections that did not fit ("The rest is on the
    // kiosk's screen"); from the screen, in the session's language.
    [[nodiscard]] static Result write(const Handout &handout, const QString &moreNote = {});

    // For QML: the PDF of a handout map (Handout::fromVariant), or an empty array. The map's
    // "moreNote" is the note above.
    [[nodiscard]] Q_INVOKABLE QByteArray pdf(const QVariantMap &handout) const;
};

} // namespace Mist
