// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// mist-fleet-kiosk DATA_DIR: the kiosk's real staff API (StaffApiServer) over a data directory,
// as `mistctl api enable` configured it, without the UI: the end-to-end fleet test runs three of
// these. Prints "listening PORT" once up; stops on SIGTERM or when stdin closes.

#include "api/apisettings.h"
#include "api/staffapiserver.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace Mist;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: mist-fleet-kiosk DATA_DIR\n");
        return 2;
    }
    QString error;
    const ApiSettings settings = ApiSettings::load(args.at(1), &error);
    if (!settings.enabled) {
        std::fprintf(stderr, "staff API not enabled: %s\n", qUtf8Printable(error));
        return 1;
    }
    StaffApiServer server(args.at(1), settings);
    if (!server.start(&error)) {
        std::fprintf(stderr, "cannot start: %s\n", qUtf8Printable(error));
        return 1;
    }
    std::printf("listening %u\n", unsigned(server.port()));
    std::fflush(stdout);
    std::signal(SIGTERM, [](int) { QCoreApplication::quit(); });
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&input] {
        char buffer[64];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
            input.setEnabled(false);
            QCoreApplication::quit();
        }
    });
    return app.exec();
}
