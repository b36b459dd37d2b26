// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// One e-service portal in the kiosk's directory: a national portal (Diia, the tax cabinet...) or
// a hromada's own site. Modelled on the EU Core Public Service Vocabulary (CPSV-AP 3.2.0): a
// public service with a name, a description, a competent authority, a spatial scope, channels
// (online, in person), keywords, a thematic area, cost, processing time, the e-ID it needs and
// a modified date. The feed format that carries it is described in schema/feed.schema.json.
#pragma once

#include <QDate>
#include <QFlags>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <vector>

namespace Mist {

// A text in Ukrainian (always present where the field is required) and, optionally, English.
struct LocalizedText
{
    QString uk;
    QString en;

    [[nodiscard]] bool isEmpty() const { return uk.isEmpty() && en.isEmpty(); }
    // The English text for "en" when there is one; Ukrainian otherwise (the kiosk's fallback).
    [[nodiscard]] QString forLanguage(QStringView language) const;

    friend bool operator==(const LocalizedText &, const LocalizedText &) = default;
};

// Word lists in both languages (search keywords: synonyms, Latin spellings people type).
struct LocalizedList
{
    QStringList uk;
    QStringList en;

    friend bool operator==(const LocalizedList &, const LocalizedList &) = default;
};

// Where a citizen can go in person instead: usually the hromada's administrative services
// centre (ЦНАП). Every field is optional except the address.
struct InPersonChannel
{
    LocalizedText address;
    QString phone; // as published, e.g. "+380 33 200 00 00"; never guessed
    LocalizedText openingHours; // free text as published; opening hours change too often to model

    friend bool operator==(const InPersonChannel &, const InPersonChannel &) = default;
};

struct PortalEntry
{
    Q_GADGET

public:
    // Who the portal serves. Local portals carry an area name and, when known, a KATOTTG code.
    enum class Scope { National, Oblast, Hromada };
    Q_ENUM(Scope)

    // Life-event categories for browsing. A fixed list, so every kiosk shows the same shelves
    // whatever the feed says; feed ids are the lowercase names in categoryId(). An entry may
    // sit on several shelves; the first is its main one.
    enum class Category {
        DocumentsId, // passports, ID cards, registrations, certificates
        FamilyChildren, // births, marriages, child benefits
        PensionSocial, // pensions, subsidies, social support
        Health, // doctors, prescriptions, medical records
        LandProperty, // land parcels, cadastre, real estate
        Business, // sole traders, companies, permits
        Taxes, // tax returns, tax cabinet
        Transport, // vehicles, driving licences
        Justice, // courts, registries of the Ministry of Justice, legal aid
        Education, // schools, kindergartens, diplomas
        Participation, // petitions, open data, public procurement, councils' decisions
        Other,
    };
    Q_ENUM(Category)

    // The electronic identification a citizen needs to log in. An empty set means the feed did
    // not say; None means the portal can be used without logging in.
    enum class EIdMethod {
        None = 0x1, // no login needed
        Kep = 0x2, // a qualified electronic signature (КЕП) on a file, token or in the cloud
        DiiaSignature = 0x4, // Дія.Підпис from the Diia app
        BankId = 0x8, // BankID of the National Bank
    };
    Q_DECLARE_FLAGS(EIdMethods, EIdMethod)
    Q_FLAG(EIdMethods)

    QString id; // stable, [a-z0-9][a-z0-9.-]{1,63}; survives renames of the portal
    LocalizedText name;
    LocalizedText description;
    // The competent authority (CPSV-AP): who runs the service. Optional here although CPSV-AP
    // requires it: the bundled directory leaves it out rather than guess an operator.
    LocalizedText authority;

    Scope scope = Scope::National;
    QString katottg; // KATOTTG code of the oblast or hromada, "UA" + 17 digits; may be empty
    LocalizedText area; // "Луцька міська територіальна громада"; empty for national portals

    std::vector<Category> categories; // never empty after parsing: Other when none applies

    QUrl url; // the online channel: https, with a host, no user info
    QStringList loginHosts; // extra https hosts the login needs, e.g. "id.gov.ua"

    std::optional<InPersonChannel> inPerson;
    LocalizedList keywords;
    EIdMethods eId;
    LocalizedText cost; // e.g. "Безоплатно"; empty when not stated
    LocalizedText processingTime; // e.g. "До 10 робочих днів"; empty when not stated
    QDate modified; // when the entry was last checked by the feed's editor; may be null

    [[nodiscard]] Category primaryCategory() const
    {
        return categories.empty() ? Category::Other : categories.front();
    }
    // The host of url plus loginHosts: every host the portal needs, in ASCII (xn--) form.
    [[nodiscard]] QStringList allowedHosts() const;

    // The feed's name for a category ("documents-id") and back.
    [[nodiscard]] static QString categoryId(Category category);
    [[nodiscard]] static std::optional<Category> categoryFromId(QStringView id);
    // A shelf label for citizens, in plain words.
    [[nodiscard]] static LocalizedText categoryLabel(Category category);
    // Every category in display order.
    [[nodiscard]] static const std::vector<Category> &allCategories();

    // The feed's names for scopes and e-ID methods.
    [[nodiscard]] static QString scopeId(Scope scope);
    [[nodiscard]] static std::optional<Scope> scopeFromId(QStringView id);
    [[nodiscard]] static QString eIdMethodId(EIdMethod method);
    [[nodiscard]] static std::optional<EIdMethod> eIdMethodFromId(QStringView id);
    [[nodiscard]] static LocalizedText eIdMethodLabel(EIdMethod method);

    friend bool operator==(const PortalEntry &, const PortalEntry &) = default;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(PortalEntry::EIdMethods)

} // namespace Mist
