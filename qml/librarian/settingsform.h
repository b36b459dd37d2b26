// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The librarian's settings screens (Kiosk, Library) read and save values through this: the value
// in effect, whether the regional administrator fixed it, and on a save the reason a value was
// refused, in the screen's language, for the field it belongs to.
#pragma once

#include "admin/settingsstore.h"

#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace Mist {

class SettingsForm : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Mist::SettingsStore *store READ store WRITE setStore NOTIFY storeChanged)
    // key → the reason its last value was refused (empty map after a good save).
    Q_PROPERTY(QVariantMap problems READ problems NOTIFY problemsChanged)
    // Why the last save failed when no one field is to blame (storage), else empty.
    Q_PROPERTY(QString generalProblem READ generalProblem NOTIFY problemsChanged)
    // Bumped on every change of the store, so bindings on value() re-read.
    Q_PROPERTY(int revision READ revision NOTIFY revisionChanged)

public:
    explicit SettingsForm(QObject *parent = nullptr);

    [[nodiscard]] SettingsStore *store() const { return m_store; }
    void setStore(SettingsStore *store);
    [[nodiscard]] QVariantMap problems() const { return m_problems; }
    [[nodiscard]] int revision() const { return m_revision; }
    [[nodiscard]] QString generalProblem() const
    {
        return m_problems.value(QStringLiteral("*")).toString();
    }

    [[nodiscard]] Q_INVOKABLE QString value(const QString &key) const;
    // True when /etc/mist/mist.conf sets key: the screen shows it read-only.
    [[nodiscard]] Q_INVOKABLE bool isFixed(const QString &key) const;
    // Saves every key of values (all or none). True on success; otherwise problems names the
    // refused key with its reason.
    Q_INVOKABLE bool save(const QVariantMap &values);
    // The reason shown next to a field, in the screen's language.
    [[nodiscard]] static QString explain(SettingsStore::Problem problem, const QString &key);

Q_SIGNALS:
    void storeChanged();
    void problemsChanged();
    void revisionChanged();

private:
    SettingsStore *m_store = nullptr;
    QVariantMap m_problems;
    int m_revision = 0;
};

} // namespace Mist
