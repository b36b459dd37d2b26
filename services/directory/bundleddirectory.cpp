// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "bundleddirectory.h"

#include "core/logging.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace Mist {

FeedParser::Result BundledDirectory::load()
{
    QFile file(resourcePath.toString());
    if (!file.open(QIODevice::ReadOnly)) {
        FeedParser::Result result;
        result.error = FeedParser::Error::NotJson;
        result.errorString
            = u"the bundled directory %1 is missing from this build"_s.arg(resourcePath);
        qCCritical(lcDirectory, "%s", qUtf8Printable(result.errorString));
        return result;
    }
    FeedParser::Result result = FeedParser::parse(file.readAll());
    if (!result.ok()) {
        qCCritical(lcDirectory, "the bundled directory does not parse: %s",
            qUtf8Printable(result.errorString));
    }
    return result;
}

} // namespace Mist
