// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The building blocks of mistctl: a command ("status", "feed verify", "portal add") and the
// invocation it parses its own options from. Options common to every command (--data-dir,
// --config, --json) are added by the invocation, so they work anywhere on the line.
#pragma once

#include "admin/adminevents.h"
#include "config/kioskconfig.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace Mist {

class UsageStore;

class CtlInvocation
{
public:
    // arguments: everything after the command's words, e.g. for "feed verify --pubkey k f"
    // it is {"--pubkey", "k", "f"}.
    CtlInvocation(QString commandName, QStringList arguments);

    // The command's own options go here before parse().
    QCommandLineParser &parser() { return m_parser; }

    // Adds the common options, parses, and handles --help. Returns false (after printing the
    // reason to stderr) on bad usage; the command then returns exitUsage.
    [[nodiscard]] bool parse(const QString &positionalSyntax = {});

    [[nodiscard]] QString dataDir() const;
    [[nodiscard]] KioskConfig config() const;
    // The configuration file in effect (--config, or the default; may be empty).
    [[nodiscard]] QString configPath() const;
    [[nodiscard]] bool json() const { return m_parser.isSet(m_json); }
    [[nodiscard]] QStringList positional() const { return m_parser.positionalArguments(); }
    [[nodiscard]] QString commandName() const { return m_commandName; }

    // Prints "mistctl <command>: message" to stderr.
    void printError(const QString &message) const;
    // Prints a JSON document (object or array) to stdout, indented.
    static void printJson(const QJsonValue &value);

    static constexpr int exitOk = 0;
    static constexpr int exitFailure = 1; // the command ran and the answer is "no"
    static constexpr int exitUsage = 2; // the command line was wrong

private:
    QString m_commandName;
    QStringList m_arguments;
    QCommandLineParser m_parser;
    QCommandLineOption m_dataDir;
    QCommandLineOption m_config;
    QCommandLineOption m_json;
};

// The usage log, opened for admin events; sink is empty (after a warning on stderr) when the log
// cannot be used: the change itself still happens.
struct CtlAuditLog
{
    explicit CtlAuditLog(const QString &dataDir);
    ~CtlAuditLog();
    Q_DISABLE_COPY_MOVE(CtlAuditLog)

    std::unique_ptr<UsageStore> store;
    AdminEventSink sink;
};

struct CtlCommand
{
    QString name; // one or two words: "status", "feed verify"
    QString summary; // one line for `mistctl --help`
    std::function<int(CtlInvocation &)> run;
};

// Each group of commands lives in its own file and is listed in mistctl.cpp.
std::vector<CtlCommand> statusCommands();
std::vector<CtlCommand> feedCommands();
std::vector<CtlCommand> portalCommands();
std::vector<CtlCommand> directoryCommands();
std::vector<CtlCommand> scheduleCommands();
std::vector<CtlCommand> usageCommands();
std::vector<CtlCommand> apiCommands();
std::vector<CtlCommand> courseCommands();
std::vector<CtlCommand> adminCommands();
std::vector<CtlCommand> printCommands();
std::vector<CtlCommand> usbCommands();
std::vector<CtlCommand> scannerCommands();

} // namespace Mist
