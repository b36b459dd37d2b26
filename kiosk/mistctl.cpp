// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// mistctl: the command line for librarians and regional admins.
//   mistctl COMMAND [options] [arguments]     (every command takes --data-dir, --config, --json)
// Each command group lives in ctl/; this file only finds the command and runs it.

#include "ctl/ctlcommand.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Mist;

namespace {

std::vector<CtlCommand> allCommands()
{
    std::vector<CtlCommand> all;
    for (auto group : {statusCommands, feedCommands, portalCommands, directoryCommands,
             scheduleCommands, usageCommands, apiCommands, courseCommands}) {
        auto commands = group();
        std::move(commands.begin(), commands.end(), std::back_inserter(all));
    }
    return all;
}

void printUsage(const std::vector<CtlCommand> &commands, std::FILE *stream)
{
    std::fprintf(stream,
        "Usage: mistctl COMMAND [options]\n"
        "Configure and inspect a Mist kiosk. Every command takes --data-dir DIR,\n"
        "--config FILE and --json; `mistctl COMMAND --help` explains one command.\n\n"
        "Commands:\n");
    for (const CtlCommand &command : commands)
        std::fprintf(stream, "  %-24s %s\n", qPrintable(command.name), qPrintable(command.summary));
}

// The command whose words start the argument list; the longest match wins ("feed verify"
// over "feed").
const CtlCommand *findCommand(
    const std::vector<CtlCommand> &commands, const QStringList &words, qsizetype *consumed)
{
    const CtlCommand *best = nullptr;
    for (const CtlCommand &command : commands) {
        const QStringList name = command.name.split(u' ');
        if (name.size() <= words.size() && words.mid(0, name.size()) == name
            && (!best || name.size() > *consumed)) {
            best = &command;
            *consumed = name.size();
        }
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"mist"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(MIST_VERSION));

    const std::vector<CtlCommand> commands = allCommands();
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        printUsage(commands, stderr);
        return CtlInvocation::exitUsage;
    }
    const QString first = arguments.constFirst();
    if (first == "--help"_L1 || first == "-h"_L1 || first == "help"_L1) {
        printUsage(commands, stdout);
        return CtlInvocation::exitOk;
    }
    if (first == "--version"_L1 || first == "-v"_L1) {
        std::printf("mistctl %s\n", MIST_VERSION);
        return CtlInvocation::exitOk;
    }

    qsizetype consumed = 0;
    const CtlCommand *command = findCommand(commands, arguments, &consumed);
    if (!command) {
        std::fprintf(stderr, "mistctl: unknown command \"%s\"\n\n", qPrintable(first));
        printUsage(commands, stderr);
        return CtlInvocation::exitUsage;
    }
    CtlInvocation invocation(command->name, arguments.mid(consumed));
    return command->run(invocation);
}
