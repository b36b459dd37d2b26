// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// mistctl: the command line for librarians and regional admins.
//   mistctl [--data-dir DIR] [--config FILE] [--json] COMMAND [options] [arguments]
// (--data-dir, --config and --json work before the command as well as after it)
// Each command group lives in ctl/; this file only finds the command and runs it.

#include "ctl/ctlcommand.h"

#include <QCoreApplication>
#include <QProcess>

#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Mist;

namespace {

std::vector<CtlCommand> allCommands()
{
    std::vector<CtlCommand> all;
    for (auto group : {statusCommands, feedCommands, portalCommands, directoryCommands,
             scheduleCommands, usageCommands, apiCommands, courseCommands, adminCommands,
             printCommands, usbCommands, scannerCommands}) {
        auto commands = group();
        std::move(commands.begin(), commands.end(), std::back_inserter(all));
    }
    return all;
}

void printUsage(const std::vector<CtlCommand> &commands, std::FILE *stream)
{
    std::fprintf(stream,
        "Usage: mistctl [--data-dir DIR] [--config FILE] [--json] COMMAND [options]\n"
        "Configure and inspect a Mist kiosk. `mistctl COMMAND --help` explains one command.\n\n"
        "Options (before or after the command):\n"
        "  --data-dir DIR           The kiosk's data directory (default: the XDG data location).\n"
        "  --config FILE            The kiosk's configuration file.\n"
        "  --json                   Print JSON instead of text.\n"
        "  -h, --help               Show this help.\n"
        "  -v, --version            Show the version.\n\n"
        "Commands:\n");
    for (const CtlCommand &command : commands)
        std::fprintf(stream, "  %-24s %s\n", qPrintable(command.name), qPrintable(command.summary));
}

// The commands of a group ("portal": portal add, portal edit...), for `mistctl GROUP --help`.
std::vector<const CtlCommand *> groupCommands(
    const std::vector<CtlCommand> &commands, const QString &group)
{
    std::vector<const CtlCommand *> result;
    for (const CtlCommand &command : commands) {
        if (command.name.startsWith(group + u' '))
            result.push_back(&command);
    }
    return result;
}

// `mistctl GROUP --help`: the group's commands, then each command's own help (the source of
// the mistctl-GROUP(1) man page).
int printGroupHelp(const QString &group, const std::vector<const CtlCommand *> &members)
{
    std::printf("Usage: mistctl %s COMMAND [options]\n"
                "The mistctl commands of the group \"%s\". Every command also takes --data-dir, "
                "--config and --json.\n\nCommands:\n",
        qPrintable(group), qPrintable(group));
    for (const CtlCommand *command : members)
        std::printf("  %-24s %s\n", qPrintable(command->name), qPrintable(command->summary));
    // Each command's help from a run of its own: a command's --help ends the process.
    for (const CtlCommand *command : members) {
        QProcess help;
        help.start(QCoreApplication::applicationFilePath(),
            command->name.split(u' ') + QStringList {u"--help"_s});
        help.waitForFinished(30000);
        std::printf("\nmistctl %s\n%s", qPrintable(command->name),
            help.readAllStandardOutput().constData());
    }
    return CtlInvocation::exitOk;
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

// Moves the options every command takes (--data-dir DIR, --config FILE, --json) from before
// the command to after it, as git and systemctl accept them: "mistctl --data-dir D status".
// Takes them off the front of arguments into *leading; returns false (after saying why) when
// such an option lacks its value or no command follows.
bool takeLeadingOptions(QStringList *arguments, QStringList *leading)
{
    while (!arguments->isEmpty() && arguments->constFirst().startsWith("--"_L1)) {
        const QString option = arguments->constFirst();
        if (option == "--json"_L1 || option.startsWith("--data-dir="_L1)
            || option.startsWith("--config="_L1)) {
            *leading << arguments->takeFirst();
        } else if (option == "--data-dir"_L1 || option == "--config"_L1) {
            if (arguments->size() < 2) {
                std::fprintf(stderr, "mistctl: %s needs a value\n", qPrintable(option));
                return false;
            }
            *leading << arguments->takeFirst();
            *leading << arguments->takeFirst();
        } else {
            break; // --help, --version or a command's own option
        }
    }
    if (!leading->isEmpty() && arguments->isEmpty()) {
        std::fprintf(
            stderr, "mistctl: %s needs a command after it\n", qPrintable(leading->constFirst()));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    // A peer that went away (a portal's server, the staff API's client, CUPS, the speech
    // daemon, the scan helper) gives a failed write, never a SIGPIPE that ends the program:
    // not every library under Mist sends with MSG_NOSIGNAL.
    std::signal(SIGPIPE, SIG_IGN);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"mist"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(MIST_VERSION));

    const std::vector<CtlCommand> commands = allCommands();
    QStringList arguments = QCoreApplication::arguments().mid(1);
    QStringList leading;
    if (!takeLeadingOptions(&arguments, &leading))
        return CtlInvocation::exitUsage;
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
        // A group's name alone (or with --help) lists its commands and their help.
        const std::vector<const CtlCommand *> members = groupCommands(commands, first);
        const bool wantsHelp = arguments.size() == 1
            || (arguments.size() == 2
                && (arguments.at(1) == "--help"_L1 || arguments.at(1) == "-h"_L1));
        if (!members.empty() && wantsHelp)
            return printGroupHelp(first, members);
        std::fprintf(stderr, "mistctl: unknown command \"%s\"\n\n", qPrintable(first));
        printUsage(commands, stderr);
        return CtlInvocation::exitUsage;
    }
    // The leading options go after the command's words, where its own parser reads them.
    CtlInvocation invocation(command->name, arguments.mid(consumed) + leading);
    return command->run(invocation);
}
