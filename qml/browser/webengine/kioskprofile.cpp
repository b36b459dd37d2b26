// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The entry point of libmist-webengine (see CMakeLists.txt): a new off-the-record Qt WebEngine
// profile whose every request goes through a PortalRequestFilter. No storage name, so nothing
// of it reaches the disk: cookies, local storage, IndexedDB, service workers, HTTP cache and
// HTTP-auth live in memory and go with the profile.

#include "portalrequestfilter.h"

#include <QQuickWebEngineProfile>

extern "C" Q_DECL_EXPORT QObject *mist_create_portal_profile()
{
    auto *profile = new QQuickWebEngineProfile();
    profile->setHttpCacheType(QQuickWebEngineProfile::MemoryHttpCache);
    profile->setPersistentCookiesPolicy(QQuickWebEngineProfile::NoPersistentCookies);
    profile->setSpellCheckEnabled(false);
    // Until the browser sets its portal, the filter allows nothing.
    auto *filter = new Mist::PortalRequestFilter(Mist::NavigationPolicy(), profile);
    filter->setObjectName(QStringLiteral("portalRequestFilter"));
    profile->setUrlRequestInterceptor(filter);
    Q_ASSERT(profile->isOffTheRecord());
    return profile;
}
