// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "portalentry.h"

#include <array>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

struct CategoryInfo
{
    PortalEntry::Category category;
    QStringView id;
    QStringView uk;
    QStringView en;
};

// The order here is the order of the shelves on screen.
constexpr std::array categoryTable {
    CategoryInfo {PortalEntry::Category::DocumentsId, u"documents-id", u"Документи та посвідчення",
        u"Documents and ID"},
    CategoryInfo {PortalEntry::Category::FamilyChildren, u"family-children", u"Сім’я та діти",
        u"Family and children"},
    CategoryInfo {PortalEntry::Category::PensionSocial, u"pension-social",
        u"Пенсії та соціальна допомога", u"Pensions and social support"},
    CategoryInfo {PortalEntry::Category::Health, u"health", u"Здоров’я", u"Health"},
    CategoryInfo {PortalEntry::Category::LandProperty, u"land-property", u"Земля та нерухомість",
        u"Land and property"},
    CategoryInfo {PortalEntry::Category::Business, u"business", u"Бізнес", u"Business"},
    CategoryInfo {PortalEntry::Category::Taxes, u"taxes", u"Податки", u"Taxes"},
    CategoryInfo {PortalEntry::Category::Transport, u"transport", u"Транспорт", u"Transport"},
    CategoryInfo {
        PortalEntry::Category::Justice, u"justice", u"Суди та юстиція", u"Courts and justice"},
    CategoryInfo {PortalEntry::Category::Education, u"education", u"Освіта", u"Education"},
    CategoryInfo {PortalEntry::Category::Participation, u"participation",
        u"Громадська участь і відкриті дані", u"Public participation and open data"},
    CategoryInfo {PortalEntry::Category::Other, u"other", u"Інше", u"Other"},
};

struct EIdInfo
{
    PortalEntry::EIdMethod method;
    QStringView id;
    QStringView uk;
    QStringView en;
};

constexpr std::array eIdTable {
    EIdInfo {PortalEntry::EIdMethod::None, u"none", u"Вхід не потрібен", u"No login needed"},
    EIdInfo {PortalEntry::EIdMethod::Kep, u"kep", u"Кваліфікований електронний підпис (КЕП)",
        u"Qualified electronic signature (KEP)"},
    EIdInfo {
        PortalEntry::EIdMethod::DiiaSignature, u"diia-signature", u"Дія.Підпис", u"Diia.Signature"},
    EIdInfo {
        PortalEntry::EIdMethod::BankId, u"bankid", u"BankID НБУ", u"BankID of the National Bank"},
};

} // namespace

QString LocalizedText::forLanguage(QStringView language) const
{
    if (language == u"en" && !en.isEmpty())
        return en;
    return uk.isEmpty() ? en : uk;
}

QStringList PortalEntry::allowedHosts() const
{
    QStringList hosts;
    if (!url.host().isEmpty())
        hosts << url.host(QUrl::EncodeUnicode);
    for (const QString &host : loginHosts) {
        if (!hosts.contains(host))
            hosts << host;
    }
    return hosts;
}

QString PortalEntry::categoryId(Category category)
{
    for (const CategoryInfo &info : categoryTable) {
        if (info.category == category)
            return info.id.toString();
    }
    return u"other"_s;
}

std::optional<PortalEntry::Category> PortalEntry::categoryFromId(QStringView id)
{
    for (const CategoryInfo &info : categoryTable) {
        if (info.id == id)
            return info.category;
    }
    return std::nullopt;
}

LocalizedText PortalEntry::categoryLabel(Category category)
{
    for (const CategoryInfo &info : categoryTable) {
        if (info.category == category)
            return {info.uk.toString(), info.en.toString()};
    }
    return {u"Інше"_s, u"Other"_s};
}

const std::vector<PortalEntry::Category> &PortalEntry::allCategories()
{
    static const std::vector<Category> all = [] {
        std::vector<Category> list;
        for (const CategoryInfo &info : categoryTable)
            list.push_back(info.category);
        return list;
    }();
    return all;
}

QString PortalEntry::scopeId(Scope scope)
{
    switch (scope) {
    case Scope::National:
        return u"national"_s;
    case Scope::Oblast:
        return u"oblast"_s;
    case Scope::Hromada:
        return u"hromada"_s;
    }
    return u"national"_s;
}

std::optional<PortalEntry::Scope> PortalEntry::scopeFromId(QStringView id)
{
    if (id == u"national")
        return Scope::National;
    if (id == u"oblast")
        return Scope::Oblast;
    if (id == u"hromada")
        return Scope::Hromada;
    return std::nullopt;
}

QString PortalEntry::eIdMethodId(EIdMethod method)
{
    for (const EIdInfo &info : eIdTable) {
        if (info.method == method)
            return info.id.toString();
    }
    return {};
}

std::optional<PortalEntry::EIdMethod> PortalEntry::eIdMethodFromId(QStringView id)
{
    for (const EIdInfo &info : eIdTable) {
        if (info.id == id)
            return info.method;
    }
    return std::nullopt;
}

LocalizedText PortalEntry::eIdMethodLabel(EIdMethod method)
{
    for (const EIdInfo &info : eIdTable) {
        if (info.method == method)
            return {info.uk.toString(), info.en.toString()};
    }
    return {};
}

} // namespace Mist
