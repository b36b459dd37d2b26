// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "httpclient.h"

namespace Mist {

// Out of line, so the vtable has one home.
HttpClient::~HttpClient() = default;

} // namespace Mist
