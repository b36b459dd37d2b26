// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Everything the service page shows about one portal, by id, in the citizen's language: what it
// does, who runs it, the e-ID it needs, cost and time where the directory states them, the hosts
// its login uses, whether it answered its last check, and where to go in person instead. Follows
// the directory: a sync that changes or removes the portal updates the page.
//
// When the portal has no in-person channel of its own, the in-person fields show the local
// administrative services centre (the first visible hromada or oblast portal that has one), with
// inPersonIsLocalCentre set so the page can say so.
#pragma once

#include "directory/directory.h"
#include "directory/directoryfollower.h"

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace Mist {

class ServiceDetails : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Mist::Directory *directory READ directory WRITE setDirectory NOTIFY directoryChanged)
    Q_PROPERTY(QString serviceId READ serviceId WRITE setServiceId NOTIFY serviceIdChanged)
    // "uk" or "en".
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)

    // False when the id is not (or no longer) a visible portal; every field below is then empty.
    Q_PROPERTY(bool found READ found NOTIFY detailsChanged)
    Q_PROPERTY(QString name READ name NOTIFY detailsChanged)
    Q_PROPERTY(QString description READ description NOTIFY detailsChanged)
    // Who runs the service; may be empty.
    Q_PROPERTY(QString authority READ authority NOTIFY detailsChanged)
    // The oblast or hromada; empty for national portals.
    Q_PROPERTY(QString area READ area NOTIFY detailsChanged)
    Q_PROPERTY(QUrl url READ url NOTIFY detailsChanged)
    // The address as text, for the QR code.
    Q_PROPERTY(QString urlText READ urlText NOTIFY detailsChanged)
    // The address's host as people read it ("diia.gov.ua").
    Q_PROPERTY(QString host READ host NOTIFY detailsChanged)
    // Other hosts the login goes through, e.g. "id.gov.ua".
    Q_PROPERTY(QStringList loginHosts READ loginHosts NOTIFY detailsChanged)
    // Accepted ways to log in, as labels; empty when the directory does not say.
    Q_PROPERTY(QStringList eIdLabels READ eIdLabels NOTIFY detailsChanged)
    // The same labels as one line ("KEP, Diia.Signature").
    Q_PROPERTY(QString eIdText READ eIdText NOTIFY detailsChanged)
    // True when the portal can be used without logging in.
    Q_PROPERTY(bool noLoginNeeded READ noLoginNeeded NOTIFY detailsChanged)
    Q_PROPERTY(QString cost READ cost NOTIFY detailsChanged)
    Q_PROPERTY(QString processingTime READ processingTime NOTIFY detailsChanged)
    // True when the last link check found the portal not answering.
    Q_PROPERTY(bool down READ isDown NOTIFY detailsChanged)

    // Where to go in person; hasInPerson is false when neither the portal nor a local centre
    // has an address.
    Q_PROPERTY(bool hasInPerson READ hasInPerson NOTIFY detailsChanged)
    Q_PROPERTY(bool inPersonIsLocalCentre READ inPersonIsLocalCentre NOTIFY detailsChanged)
    // The name of the portal whose in-person channel is shown (this one or the local centre).
    Q_PROPERTY(QString inPersonName READ inPersonName NOTIFY detailsChanged)
    Q_PROPERTY(QString inPersonAddress READ inPersonAddress NOTIFY detailsChanged)
    Q_PROPERTY(QString inPersonPhone READ inPersonPhone NOTIFY detailsChanged)
    Q_PROPERTY(QString inPersonHours READ inPersonHours NOTIFY detailsChanged)

public:
    explicit ServiceDetails(QObject *parent = nullptr);

    [[nodiscard]] Directory *directory() const { return m_follower.directory(); }
    void setDirectory(Directory *directory);
    [[nodiscard]] QString serviceId() const { return m_serviceId; }
    void setServiceId(const QString &id);
    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString &language);

    [[nodiscard]] bool found() const { return m_found; }
    [[nodiscard]] QString name() const { return text(m_entry.name); }
    [[nodiscard]] QString description() const { return text(m_entry.description); }
    [[nodiscard]] QString authority() const { return text(m_entry.authority); }
    [[nodiscard]] QString area() const { return text(m_entry.area); }
    [[nodiscard]] QUrl url() const { return m_entry.url; }
    [[nodiscard]] QString urlText() const { return m_entry.url.toString(); }
    [[nodiscard]] QString host() const { return m_entry.url.host(); }
    [[nodiscard]] QStringList loginHosts() const { return m_entry.loginHosts; }
    [[nodiscard]] QStringList eIdLabels() const;
    [[nodiscard]] QString eIdText() const { return eIdLabels().join(u", "); }
    [[nodiscard]] bool noLoginNeeded() const;
    [[nodiscard]] QString cost() const { return text(m_entry.cost); }
    [[nodiscard]] QString processingTime() const { return text(m_entry.processingTime); }
    [[nodiscard]] bool isDown() const { return m_down; }

    [[nodiscard]] bool hasInPerson() const { return m_inPerson.has_value(); }
    [[nodiscard]] bool inPersonIsLocalCentre() const { return m_inPersonIsLocalCentre; }
    [[nodiscard]] QString inPersonName() const { return text(m_inPersonName); }
    [[nodiscard]] QString inPersonAddress() const;
    [[nodiscard]] QString inPersonPhone() const;
    [[nodiscard]] QString inPersonHours() const;

Q_SIGNALS:
    void directoryChanged();
    void serviceIdChanged();
    void languageChanged();
    void detailsChanged();

private:
    // Reads the entry again; emits detailsChanged() when anything shown differs.
    void refresh();
    [[nodiscard]] QString text(const LocalizedText &localized) const
    {
        return localized.forLanguage(m_language);
    }

    DirectoryFollower m_follower {
        this, [this](const DirectoryDiff &) { refresh(); }, [this] { refresh(); }};
    QString m_serviceId;
    QString m_language = QStringLiteral("uk");

    bool m_found = false;
    PortalEntry m_entry;
    bool m_down = false;
    std::optional<InPersonChannel> m_inPerson;
    bool m_inPersonIsLocalCentre = false;
    LocalizedText m_inPersonName;
};

} // namespace Mist
