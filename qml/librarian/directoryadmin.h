// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The librarian's "Portal directory" screen: "Update now" and "Check now" through the running
// kiosk's DirectoryUpdater (the same DirectorySync and LinkChecker as its schedule and as
// `mistctl directory sync` / `mistctl links check`), and what came of them in plain words: the
// update's result and what it means for citizens, the last update, the link-health summary.
#pragma once

#include "directory/directorystore.h"
#include "directory/directoryupdater.h"
#include "directory/linkhealth.h"
#include "usage/usagerecorder.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace Mist {

class Directory;

class DirectoryAdmin : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Mist::DirectoryUpdater *updater READ updater WRITE setUpdater NOTIFY changed)
    // Where the admin events go (Usage); may be null.
    Q_PROPERTY(Mist::UsageRecorder *usage READ usage WRITE setUsage NOTIFY changed)
    // "uk" or "en": for dates and portal names.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY changed)
    // A feed address and its public key are set: "Update now" can work.
    Q_PROPERTY(bool configured READ isConfigured NOTIFY changed)
    Q_PROPERTY(bool updating READ isUpdating NOTIFY changed)
    Q_PROPERTY(bool checking READ isChecking NOTIFY changed)
    Q_PROPERTY(int checkDone READ checkDone NOTIFY progressChanged)
    Q_PROPERTY(int checkTotal READ checkTotal NOTIFY progressChanged)
    // The outcome of this screen's last "Update now" (None until one finished).
    Q_PROPERTY(Outcome outcome READ outcome NOTIFY changed)
    // The outcome is a refusal or a failure (shown as a problem).
    Q_PROPERTY(bool problem READ isProblem NOTIFY changed)
    Q_PROPERTY(QString resultText READ resultText NOTIFY changed)
    // What the outcome means for citizens.
    Q_PROPERTY(QString resultMeaning READ resultMeaning NOTIFY changed)
    Q_PROPERTY(QString lastUpdateText READ lastUpdateText NOTIFY changed)
    Q_PROPERTY(QString healthText READ healthText NOTIFY changed)
    // The names of the portals that did not answer at the last check.
    Q_PROPERTY(QStringList downPortals READ downPortals NOTIFY changed)

public:
    enum class Outcome { None, Accepted, NothingNew, Refused, Failed };
    Q_ENUM(Outcome)

    explicit DirectoryAdmin(QObject *parent = nullptr);

    [[nodiscard]] DirectoryUpdater *updater() const { return m_updater; }
    void setUpdater(DirectoryUpdater *updater);
    [[nodiscard]] UsageRecorder *usage() const { return m_usage; }
    void setUsage(UsageRecorder *usage);
    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString &language);

    [[nodiscard]] bool isConfigured() const;
    [[nodiscard]] bool isUpdating() const;
    [[nodiscard]] bool isChecking() const;
    [[nodiscard]] int checkDone() const { return m_done; }
    [[nodiscard]] int checkTotal() const { return m_total; }
    [[nodiscard]] Outcome outcome() const { return outcomeOf(m_result); }
    [[nodiscard]] bool isProblem() const
    {
        return outcome() == Outcome::Refused || outcome() == Outcome::Failed;
    }
    [[nodiscard]] QString resultText() const { return describe(m_result); }
    [[nodiscard]] QString resultMeaning() const { return meaning(m_result); }
    [[nodiscard]] QString lastUpdateText() const;
    [[nodiscard]] QString healthText() const;
    [[nodiscard]] QStringList downPortals() const;

    // Starts a feed update / a link check (recorded as admin actions). False when it cannot
    // start (not configured, one is running); resultText then says why.
    Q_INVOKABLE bool updateNow();
    Q_INVOKABLE bool checkNow();

    // The wording, shared with the status screen.
    [[nodiscard]] static Outcome outcomeOf(const DirectoryStore::SyncResult &result);
    [[nodiscard]] static QString describe(const DirectoryStore::SyncResult &result);
    [[nodiscard]] static QString meaning(const DirectoryStore::SyncResult &result);
    // "6 December 2026, 09:40" in Kyiv time, in language.
    [[nodiscard]] static QString when(const QDateTime &utc, const QString &language);
    // The last attempt: when, and in a word how it went.
    [[nodiscard]] static QString lastUpdate(
        const DirectoryStore::SyncResult &last, const QString &language);
    // "2 portals did not answer at 09:40" (plus names through down), "All 40 portals answered".
    [[nodiscard]] static QString healthSummary(const std::vector<LinkHealth> &health,
        const Directory &directory, const QString &language, QStringList *down = nullptr);

Q_SIGNALS:
    void changed();
    void progressChanged();

private:
    void record(const QString &action);

    QPointer<DirectoryUpdater> m_updater;
    QPointer<UsageRecorder> m_usage;
    QString m_language = QStringLiteral("uk");
    DirectoryStore::SyncResult m_result; // code empty: no update from this screen yet
    int m_done = 0;
    int m_total = 0;
};

} // namespace Mist
