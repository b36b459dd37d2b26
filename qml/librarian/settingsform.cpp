// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "settingsform.h"

#include "config/kioskconfig.h"

using namespace Qt::StringLiterals;

namespace Mist {

SettingsForm::SettingsForm(QObject *parent)
    : QObject(parent)
{ }

void SettingsForm::setStore(SettingsStore *store)
{
    if (store == m_store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &SettingsStore::changed, this, [this] {
            ++m_revision;
            Q_EMIT revisionChanged();
        });
    }
    ++m_revision;
    Q_EMIT storeChanged();
    Q_EMIT revisionChanged();
}

QString SettingsForm::value(const QString &key) const
{
    return m_store ? m_store->value(key) : SettingsStore::defaultValue(key);
}

bool SettingsForm::isFixed(const QString &key) const
{
    return m_store && m_store->isFixed(key);
}

bool SettingsForm::save(const QVariantMap &values)
{
    QHash<QString, QString> changed;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString text = it.value().toString().trimmed();
        // A fixed key is shown read-only; it is never sent back, but if it is, unchanged is fine.
        if (isFixed(it.key()) && text == value(it.key()))
            continue;
        if (text != value(it.key()))
            changed.insert(it.key(), text);
    }
    QString failedKey;
    const SettingsStore::Problem problem
        = m_store ? m_store->setMany(changed, &failedKey) : SettingsStore::Problem::StorageError;
    m_problems.clear();
    if (problem != SettingsStore::Problem::None)
        m_problems.insert(failedKey.isEmpty() ? u"*"_s : failedKey, explain(problem, failedKey));
    Q_EMIT problemsChanged();
    return problem == SettingsStore::Problem::None;
}

QString SettingsForm::explain(SettingsStore::Problem problem, const QString &key)
{
    switch (problem) {
    case SettingsStore::Problem::None:
        return {};
    case SettingsStore::Problem::UnknownKey:
        return tr("This is not a setting of the kiosk.");
    case SettingsStore::Problem::FixedByAdmin:
        return tr("Set by your regional administrator.");
    case SettingsStore::Problem::NotANumber:
        return tr("Enter a whole number of seconds.");
    case SettingsStore::Problem::OutOfRange:
        if (key == SettingsStore::idleTimeout)
            return tr("Enter between %1 and %2 seconds.")
                .arg(KioskConfig::minIdleTimeout.count())
                .arg(KioskConfig::maxIdleTimeout.count());
        return tr("Enter between %1 and %2 seconds.")
            .arg(KioskConfig::minWarning.count())
            .arg(KioskConfig::maxWarning.count());
    case SettingsStore::Problem::BadChoice:
        if (key == SettingsStore::scheduleSource)
            return tr("Enter an https:// address or the full path of an .ics file.");
        return tr("Choose one of the offered values.");
    case SettingsStore::Problem::Empty:
        return tr("This cannot be empty.");
    case SettingsStore::Problem::TooLong:
        return tr("This is too long.");
    case SettingsStore::Problem::NotHttps:
        return tr("The address must start with https://");
    case SettingsStore::Problem::FileNotReadable:
        return tr("There is no file here that the kiosk can read.");
    case SettingsStore::Problem::StorageError:
        return tr("The settings could not be saved. Nothing was changed.");
    }
    return {};
}

} // namespace Mist
