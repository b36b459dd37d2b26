#include "screencatalog.h"

using namespace Qt::StringLiterals;

namespace Mist {

const std::vector<ScreenEntry> &ScreenCatalog::entries()
{
    static const std::vector<ScreenEntry> all = {
        {u"attract"_s, u"AttractScreen.qml"_s, {}, false},
        {u"home"_s, u"HomeScreen.qml"_s, {}, false},
        // Sections whose screens arrive with later work say so honestly until then.
        {u"hromada-services"_s, u"ComingSoonScreen.qml"_s, u"hromada-services"_s, false},
        {u"national-services"_s, u"ComingSoonScreen.qml"_s, u"national-services"_s, false},
        {u"trainings"_s, u"ComingSoonScreen.qml"_s, u"trainings"_s, false},
        {u"learn"_s, u"ComingSoonScreen.qml"_s, u"learn"_s, false},
        {u"help"_s, u"HelpScreen.qml"_s, {}, false},
        {u"idle-warning"_s, u"HomeScreen.qml"_s, {}, true},
    };
    return all;
}

const ScreenEntry *ScreenCatalog::find(const QString &name)
{
    for (const ScreenEntry &entry : entries()) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}

QStringList ScreenCatalog::names()
{
    QStringList result;
    for (const ScreenEntry &entry : entries())
        result << entry.name;
    return result;
}

QUrl ScreenCatalog::url(const QString &name) const
{
    const ScreenEntry *entry = find(name);
    return entry ? QUrl(u"qrc:/Mist/"_s + entry->qmlFile) : QUrl();
}

QVariantMap ScreenCatalog::properties(const QString &name) const
{
    QVariantMap result;
    const ScreenEntry *entry = find(name);
    if (!entry)
        return result;
    result.insert(u"screenName"_s, entry->name);
    if (!entry->topic.isEmpty())
        result.insert(u"topic"_s, entry->topic);
    return result;
}

} // namespace Mist
