// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The "Local portals" screen's list: every portal a librarian can act on (the local ones first,
// then the feed's or the bundled directory's), each with its marks (local, pinned, hidden), and
// the actions on them through LocalPortals, the service `mistctl portal` uses. It follows the
// Directory, so a change shows here as it shows to citizens.
#pragma once

#include "directory/directory.h"
#include "directory/directoryfollower.h"
#include "directory/localportals.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Mist {

class PortalList : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Mist::Directory *directory READ directory WRITE setDirectory NOTIFY directoryChanged)
    Q_PROPERTY(Mist::LocalPortals *portals READ portals WRITE setPortals NOTIFY portalsChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // [{ id, name, host, local, hidden, pinned }], local portals first, each group in directory
    // order (pinned first).
    Q_PROPERTY(QVariantList rows READ rows NOTIFY rowsChanged)
    // Why the last action failed, in the screen's language; empty after a good one.
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)

public:
    explicit PortalList(QObject *parent = nullptr);

    [[nodiscard]] Directory *directory() const { return m_follower.directory(); }
    void setDirectory(Directory *directory);
    [[nodiscard]] LocalPortals *portals() const { return m_portals; }
    void setPortals(LocalPortals *portals);
    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString &language);
    [[nodiscard]] QVariantList rows() const { return m_rows; }
    [[nodiscard]] QString problem() const { return m_problem; }

    // Each true on success; otherwise problem says why.
    Q_INVOKABLE bool setHidden(const QString &id, bool hidden);
    Q_INVOKABLE bool setPinned(const QString &id, bool pinned);
    Q_INVOKABLE bool remove(const QString &id); // local portals only

Q_SIGNALS:
    void directoryChanged();
    void portalsChanged();
    void languageChanged();
    void rowsChanged();
    void problemChanged();

private:
    void rebuild();
    bool report(const LocalPortals::Outcome &outcome);

    DirectoryFollower m_follower {
        this, [this](const DirectoryDiff &) { rebuild(); }, [this] { rebuild(); }};
    QPointer<LocalPortals> m_portals;
    QString m_language = QStringLiteral("uk");
    QVariantList m_rows;
    QString m_problem;
};

} // namespace Mist
