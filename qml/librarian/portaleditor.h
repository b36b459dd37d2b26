// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The "Add / edit a local portal" screen's logic: the form's values, the same checks as
// `mistctl portal add` (LocalPortals), a live check of the address before saving (LinkChecker on
// the LocalPortals' HTTP client, whose transfers run on its worker thread), and the reason a
// value was refused, in the screen's language, for the field it belongs to.
#pragma once

#include "directory/linkhealth.h"
#include "directory/localportals.h"

#include <QObject>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace Mist {

class LinkChecker;

class PortalEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Mist::LocalPortals *portals READ portals WRITE setPortals NOTIFY portalsChanged)
    // The local portal being edited; empty for a new one.
    Q_PROPERTY(QString portalId READ portalId WRITE setPortalId NOTIFY portalIdChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    // Form key ("nameUk", "url"…) → why its value was refused; empty after a good check.
    Q_PROPERTY(QVariantMap problems READ problems NOTIFY problemsChanged)
    // Why the last save failed when no one field is to blame, else empty.
    Q_PROPERTY(QString generalProblem READ generalProblem NOTIFY problemsChanged)
    // In NotAnswering: what the live check found, in plain words.
    Q_PROPERTY(QString warning READ warning NOTIFY stateChanged)
    // In Saved: the id of the portal stored.
    Q_PROPERTY(QString savedId READ savedId NOTIFY stateChanged)

public:
    enum class State {
        Editing,
        Checking, // the address is being checked live
        NotAnswering, // it did not answer (or its certificate is not valid): save anyway?
        Saved,
    };
    Q_ENUM(State)

    explicit PortalEditor(QObject *parent = nullptr);
    ~PortalEditor() override;

    [[nodiscard]] LocalPortals *portals() const { return m_portals; }
    void setPortals(LocalPortals *portals);
    [[nodiscard]] QString portalId() const { return m_portalId; }
    void setPortalId(const QString &id);
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QVariantMap problems() const { return m_problems; }
    [[nodiscard]] QString generalProblem() const
    {
        return m_problems.value(QStringLiteral("*")).toString();
    }
    [[nodiscard]] QString warning() const { return m_warning; }
    [[nodiscard]] QString savedId() const { return m_savedId; }

    // The form's starting values: the portal's, or for a new one an empty form with "https://",
    // the category "other" and defaultArea (the library's hromada) as its area. Keys: nameUk,
    // nameEn, descriptionUk, descriptionEn, url, category, area, addressUk.
    [[nodiscard]] Q_INVOKABLE QVariantMap fields(const QString &defaultArea) const;
    // The categories to choose from: [{ value: "documents-id", text: "Документи…" }, ...].
    [[nodiscard]] Q_INVOKABLE static QVariantList categories(const QString &language);
    // Checks the values; if they pass, checks the address live (Checking), then saves if it
    // answered (Saved) or asks (NotAnswering). Problems name the refused field otherwise.
    Q_INVOKABLE void checkAndSave(const QVariantMap &fields);
    // In NotAnswering: the librarian confirmed; saves the values that were checked.
    Q_INVOKABLE void saveAnyway();
    // Stops a running check, or leaves NotAnswering: back to Editing, nothing saved.
    Q_INVOKABLE void cancel();

    // The reason shown next to a field, in the current language.
    [[nodiscard]] static QString explain(const LocalPortals::Outcome &outcome);
    // The form key a field of the feed format belongs to ("online.url" → "url"), or "*".
    [[nodiscard]] static QString formKey(const QString &field);
    // Writes the form's values into entry (feed format), leaving its other fields alone.
    static void apply(const QVariantMap &fields, QJsonObject &entry);

Q_SIGNALS:
    void portalsChanged();
    void portalIdChanged();
    void stateChanged();
    void problemsChanged();

private:
    void setState(State state);
    void setProblem(const LocalPortals::Outcome &outcome);
    void onChecked(const LinkHealth &health);
    void save();

    QPointer<LocalPortals> m_portals;
    QString m_portalId;
    State m_state = State::Editing;
    QVariantMap m_problems;
    QString m_warning;
    QString m_savedId;
    QVariantMap m_pending; // the values being checked
    std::unique_ptr<LinkChecker> m_checker;
};

} // namespace Mist
