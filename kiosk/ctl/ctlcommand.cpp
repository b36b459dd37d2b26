// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "ctlcommand.h"

#include "usage/kioskidentity.h"
#include "usage/usagestore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Mist {

CtlAuditLog::CtlAuditLog(const QString &dataDir)
    : store(std::make_unique<UsageStore>(dataDir, u"mistctl-admin"_s))
{
    if (!store->open()) {
        std::fprintf(stderr,
            "mistctl: warning: the usage log cannot be opened (%s); the "
            "change is not recorded there\n",
            qPrintable(store->errorString()));
        return;
    }
    sink = AdminEvents::storeSink(store.get(), KioskIdentity::load(dataDir));
}

CtlAuditLog::~CtlAuditLog() = default;

CtlInvocation::CtlInvocation(QString commandName, QStringList arguments)
    : m_commandName(std::move(commandName))
    , m_arguments(std::move(arguments))
    , m_dataDir(u"data-dir"_s, u"The kiosk's data directory (default: the XDG data location)."_s,
          u"DIR"_s)
    , m_config(u"config"_s, u"The kiosk's configuration file."_s, u"FILE"_s)
    , m_json(u"json"_s, u"Print JSON instead of text."_s)
{ }

bool CtlInvocation::parse(const QString &positionalSyntax)
{
    m_parser.addOptions({m_dataDir, m_config, m_json});
    const QCommandLineOption help(QStringList {u"h"_s, u"help"_s}, u"Show this help."_s);
    m_parser.addOption(help);
    if (!positionalSyntax.isEmpty())
        m_parser.addPositionalArgument(u"arguments"_s, {}, positionalSyntax);

    QStringList withProgram = m_arguments;
    withProgram.prepend(u"mistctl "_s + m_commandName);
    if (!m_parser.parse(withProgram)) {
        printError(m_parser.errorText());
        return false;
    }
    if (m_parser.isSet(help)) {
        // QCommandLineParser names the program by its path; a man page and a user want the
        // command: "Usage: mistctl schedule sync [options]".
        QString text = m_parser.helpText();
        const qsizetype options = text.indexOf(u" [options]"_s);
        if (text.startsWith(u"Usage: "_s) && options > 0)
            text.replace(7, options - 7, u"mistctl "_s + m_commandName);
        std::printf("%s", qPrintable(text));
        std::exit(exitOk);
    }
    return true;
}

QString CtlInvocation::dataDir() const
{
    return m_parser.isSet(m_dataDir)
        ? m_parser.value(m_dataDir)
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString CtlInvocation::configPath() const
{
    return m_parser.isSet(m_config) ? m_parser.value(m_config) : KioskConfig::defaultPath();
}

KioskConfig CtlInvocation::config() const
{
    return KioskConfig::load(
        m_parser.isSet(m_config) ? m_parser.value(m_config) : KioskConfig::defaultPath());
}

void CtlInvocation::printError(const QString &message) const
{
    std::fprintf(stderr, "mistctl %s: %s\n", qPrintable(m_commandName), qPrintable(message));
}

void CtlInvocation::printJson(const QJsonValue &value)
{
    const QJsonDocument document
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    std::printf("%s", document.toJson(QJsonDocument::Indented).constData());
}

} // namespace Mist
