// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Every screen of the kiosk by name: what the shell navigates to, what
// `mist-kiosk --screenshot --screen NAME` renders and `--list-screens` prints.
#pragma once

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace Mist {

struct ScreenEntry
{
    QString name; // stable, used on the command line and in tests
    QString qmlFile; // inside the Mist module
    QString topic; // for the "coming soon" screens: which section it stands for
    bool idleWarning = false; // rendered with the idle warning on top
};

class ScreenCatalog : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QStringList names READ names CONSTANT)
public:
    using QObject::QObject;

    [[nodiscard]] static const std::vector<ScreenEntry> &entries();
    // nullptr for an unknown name.
    [[nodiscard]] static const ScreenEntry *find(const QString &name);
    [[nodiscard]] static QStringList names();

    [[nodiscard]] Q_INVOKABLE bool contains(const QString &name) const { return find(name); }
    // The screen's QML file, or an empty URL for an unknown name.
    [[nodiscard]] Q_INVOKABLE QUrl url(const QString &name) const;
    // Initial properties for the screen's root item.
    [[nodiscard]] Q_INVOKABLE QVariantMap properties(const QString &name) const;
};

} // namespace Mist
