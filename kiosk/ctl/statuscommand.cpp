// mistctl status: what this kiosk is and how it is set up.

#include "ctlcommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

int status(CtlInvocation &invocation)
{
    if (!invocation.parse())
        return CtlInvocation::exitUsage;

    const QString dataDir = invocation.dataDir();
    const KioskConfig config = invocation.config();
    const bool dataDirExists = QDir(dataDir).exists();
    const QString configSource
        = config.sourcePath.isEmpty() ? u"built-in defaults"_s : config.sourcePath;

    if (invocation.json()) {
        CtlInvocation::printJson(QJsonObject {
            {u"version"_s, QCoreApplication::applicationVersion()},
            {u"dataDir"_s, dataDir},
            {u"dataDirExists"_s, dataDirExists},
            {u"config"_s, configSource},
            {u"configProblems"_s, QJsonArray::fromStringList(config.problems)},
            {u"libraryNameUk"_s, config.libraryNameUk},
            {u"libraryNameEn"_s, config.libraryNameEn},
            {u"idleTimeoutSeconds"_s, qint64(config.idleTimeout.count())},
            {u"warningSeconds"_s, qint64(config.warningDuration.count())},
        });
        return CtlInvocation::exitOk;
    }

    std::printf("Mist %s\n", qPrintable(QCoreApplication::applicationVersion()));
    std::printf(
        "data directory:  %s%s\n", qPrintable(dataDir), dataDirExists ? "" : " (not created yet)");
    std::printf("configuration:   %s\n", qPrintable(configSource));
    for (const QString &problem : config.problems)
        std::printf("  problem: %s\n", qPrintable(problem));
    std::printf("library:         %s / %s\n", qPrintable(config.libraryNameUk),
        qPrintable(config.libraryNameEn));
    std::printf("session:         ends after %llds idle, with a %llds warning\n",
        static_cast<long long>(config.idleTimeout.count()),
        static_cast<long long>(config.warningDuration.count()));
    return CtlInvocation::exitOk;
}

} // namespace

std::vector<CtlCommand> statusCommands()
{
    return {
        {u"status"_s, u"Show the kiosk's version, data directory and configuration."_s, status}};
}

} // namespace Mist
