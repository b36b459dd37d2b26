// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// A portal-sized page for the browser benchmarks (tests/data/portal-page): the portal's HTML, CSS
// and scripts from the fixture, jQuery, Bootstrap and d3 from Debian's libjs-* packages, Noto Sans
// from fonts-noto-core as a web font, and images drawn with QImage when the bench starts (so no
// big binaries are committed). Once the page has loaded, run its scripts and decoded every image
// and font, it requests LoadedPath with what it saw as the query.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace MistTest {
class TestHttpsServer;
}

namespace MistBench {

struct PortalPage
{
    static constexpr auto Path = "/index.html";
    static constexpr auto LoadedPath = "/loaded";

    // Sets the page's routes on server (the images are drawn now). Needs a QGuiApplication.
    [[nodiscard]] static PortalPage install(MistTest::TestHttpsServer &server);

    // Whether a LoadedPath request's query says the whole page arrived and ran: every image, both
    // font faces, jQuery, Bootstrap, d3, the catalogue's cards and no script error.
    [[nodiscard]] static bool complete(const QByteArray &loadedTarget);

    qint64 bytes = 0; // everything the page loads, in all
    int files = 0;
    // What could not be served: "<file> (Debian package <name>)".
    QStringList missing;
};

} // namespace MistBench
