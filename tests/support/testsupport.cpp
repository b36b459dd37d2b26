// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "testsupport.h"

#include "directory/directorystore.h"
#include "directory/feed.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace MistTest {

QString dataFile(const QString &relativePath)
{
    return QStringLiteral(MIST_TEST_DATA_DIR) + u'/' + relativePath;
}

bool storeFeed(Mist::DirectoryStore &store, qint64 version, std::vector<Mist::PortalEntry> entries)
{
    Mist::Feed feed;
    feed.version = version;
    feed.generated = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    feed.expires = QDateTime(QDate(2027, 3, 1), QTime(0, 0), Qt::UTC);
    feed.entries = std::move(entries);
    Mist::DirectoryStore::FeedState state;
    state.source = Mist::DirectoryStore::FeedState::Source::Feed;
    state.version = version;
    return store.replaceFeed(feed, state);
}

} // namespace MistTest
