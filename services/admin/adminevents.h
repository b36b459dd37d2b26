// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Where librarian mode's audit events go. The kiosk hands in a sink that goes through its
// UsageRecorder (the usage log's writer thread); mistctl one that appends to the log directly.
// Events carry ids only: a setting key, "portal:<id>", an occurrence key; never a PIN and never
// text a librarian typed.
#pragma once

#include "usage/usageevent.h"

#include <QString>

#include <functional>
#include <optional>

namespace Mist {

class UsageStore;

using AdminEventSink = std::function<void(
    UsageEvent::Type type, const QString &subject, std::optional<qint64> value)>;

namespace AdminEvents {

// The subject of a change to a local portal.
[[nodiscard]] QString portalSubject(const QString &portalId);

// A sink that appends each event to store at once (for mistctl), stamped with kioskId and the
// system's UTC time. store must outlive the sink.
[[nodiscard]] AdminEventSink storeSink(UsageStore *store, const QString &kioskId);

} // namespace AdminEvents

} // namespace Mist
