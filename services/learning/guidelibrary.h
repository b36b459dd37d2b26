// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The step-by-step guides the kiosk offers: the ones compiled into the kiosk plus the ones a
// librarian puts in a folder (a librarian's guide with the same id replaces the bundled one).
// A file that is not a valid guide is skipped with one log line naming the file and the
// problem; it never stops the others from loading. See README.md for the folder format.
//
// Qt Core only; the QML module exposes the kiosk's instance as the Guides singleton. Guides are
// handed to QML as plain maps in one language, so a screen needs no knowledge of the format.
#pragma once

#include "guide.h"

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QVariantMap>

#include <optional>
#include <vector>

namespace Mist {

class GuideLibrary : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY guidesChanged)

public:
    static constexpr QStringView bundledDir = u":/learning/guides";
    static constexpr qint64 maxFileBytes = 256 * 1024;
    static constexpr int maxSteps = 30;

    // localDir: the librarian's folder; it may be empty or not exist (no local guides).
    explicit GuideLibrary(const QString &localDir, QObject *parent = nullptr);
    // For tests: guides from bundledDirectory instead of the compiled-in ones.
    GuideLibrary(
        const QString &bundledDirectory, const QString &localDir, QObject *parent = nullptr);

    // Reads both folders again.
    Q_INVOKABLE void reload();

    [[nodiscard]] int count() const { return int(m_guides.size()); }
    [[nodiscard]] const std::vector<Guide> &guides() const { return m_guides; }
    [[nodiscard]] const Guide *find(const QString &id) const;

    // Every guide as {guideId, title, summary, stepCount, serviceIds}, by title in language.
    [[nodiscard]] Q_INVOKABLE QVariantList list(const QString &language) const;
    // The guides that help with the directory portal serviceId, in the same form as list().
    [[nodiscard]] Q_INVOKABLE QVariantList guidesForService(
        const QString &serviceId, const QString &language) const;
    // One guide as {guideId, title, summary, serviceIds, steps: [{text, image}]}, image being a
    // URL string ("" for none); an empty map for an unknown id.
    [[nodiscard]] Q_INVOKABLE QVariantMap guide(const QString &id, const QString &language) const;

    // Parses one guide file. nullopt, with *error set to one line, if it is not a valid guide.
    [[nodiscard]] static std::optional<Guide> parseFile(
        const QString &path, const QString &origin, QString *error);

Q_SIGNALS:
    void guidesChanged();

private:
    QString m_bundledDir;
    QString m_localDir;
    std::vector<Guide> m_guides;
};

} // namespace Mist
