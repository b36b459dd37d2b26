// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The sample schedule compiled into the binary (bundled/sample.ics, resource
// :/schedule/sample.ics), so the schedule screen is never empty on a fresh install. Every event
// in it says it is an example and sends the citizen to the librarian; its weekly rules have no
// end, so it never runs out of upcoming dates. It goes through the same parser and expander as
// a library's own calendar.
#pragma once

#include <QByteArray>
#include <QStringView>

namespace Mist {

class BundledSchedule
{
public:
    static constexpr QStringView resourcePath = u":/schedule/sample.ics";
    // What ScheduleStore and mistctl report as the source of the sample.
    static constexpr QStringView sourceName = u"bundled sample";

    // The sample's bytes; empty (with a critical log line) only if the build lost the resource.
    [[nodiscard]] static QByteArray load();
};

} // namespace Mist
