// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "publicsuffix.h"

#include <libpsl.h>

namespace Mist::PublicSuffix {

namespace {

// One context for the process, made on first use (thread-safe static) and never freed.
const psl_ctx_t *context()
{
    static const psl_ctx_t *const psl = [] {
        // The system's list file if it is newer than libpsl's built-in copy.
        if (psl_ctx_t *latest = psl_latest(nullptr))
            return static_cast<const psl_ctx_t *>(latest);
        return psl_builtin();
    }();
    return psl;
}

} // namespace

bool isPublicSuffix(const QString &host)
{
    QString name = host.trimmed().toLower();
    if (name.endsWith(u'.'))
        name.chop(1);
    if (name.isEmpty())
        return true; // nothing is not a site of its own either
    const psl_ctx_t *psl = context();
    if (!psl)
        return true; // no list: refuse rather than allow every site under a suffix
    const QByteArray ascii = name.toLatin1();
    // PSL_TYPE_ANY with the implicit "*" rule: an unknown top-level name counts as a suffix.
    return psl_is_public_suffix2(psl, ascii.constData(), PSL_TYPE_ANY) != 0;
}

} // namespace Mist::PublicSuffix
