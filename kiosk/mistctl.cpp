// mistctl: the command line for librarians and regional admins.
//   mistctl [--data-dir DIR] [--config FILE] [--json] COMMAND
// Commands grow with the features; each prints text for people or JSON for scripts.

#include "config/kioskconfig.h"
#include "core/logging.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <cstdio>
#include <functional>
#include <map>

using namespace Qt::StringLiterals;
using namespace Mist;

namespace {

struct Context
{
    QString dataDir;
    KioskConfig config;
    bool json = false;
};

void printJson(const QJsonObject &object)
{
    std::printf("%s", QJsonDocument(object).toJson(QJsonDocument::Indented).constData());
}

int statusCommand(const Context &context)
{
    const QJsonObject status{
            {u"version"_s, QCoreApplication::applicationVersion()},
            {u"dataDir"_s, context.dataDir},
            {u"dataDirExists"_s, QDir(context.dataDir).exists()},
            {u"config"_s, context.config.sourcePath.isEmpty() ? u"built-in defaults"_s
                                                             : context.config.sourcePath},
            {u"configProblems"_s, QJsonValue::fromVariant(context.config.problems)},
            {u"libraryNameUk"_s, context.config.libraryNameUk},
            {u"libraryNameEn"_s, context.config.libraryNameEn},
            {u"idleTimeoutSeconds"_s, qint64(context.config.idleTimeout.count())},
            {u"warningSeconds"_s, qint64(context.config.warningDuration.count())},
    };
    if (context.json) {
        printJson(status);
        return 0;
    }
    std::printf("Mist %s\n", qPrintable(status[u"version"_s].toString()));
    std::printf("data directory:  %s%s\n", qPrintable(context.dataDir),
                QDir(context.dataDir).exists() ? "" : " (not created yet)");
    std::printf("configuration:   %s\n", qPrintable(status[u"config"_s].toString()));
    for (const QString &problem : context.config.problems)
        std::printf("  problem: %s\n", qPrintable(problem));
    std::printf("library:         %s / %s\n", qPrintable(context.config.libraryNameUk),
                qPrintable(context.config.libraryNameEn));
    std::printf("session:         ends after %llds idle, with a %llds warning\n",
                static_cast<long long>(context.config.idleTimeout.count()),
                static_cast<long long>(context.config.warningDuration.count()));
    return 0;
}

struct Command
{
    const char *summary;
    std::function<int(const Context &)> run;
};

const std::map<QString, Command> &commands()
{
    static const std::map<QString, Command> all{
            {u"status"_s, {"Show the kiosk's version, data directory and configuration.", statusCommand}},
    };
    return all;
}

QString commandSummary()
{
    QString text = u"Commands:\n"_s;
    for (const auto &[name, command] : commands())
        text += u"  %1  %2\n"_s.arg(name, -10).arg(QString::fromUtf8(command.summary));
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"mist"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(MIST_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Configure and inspect a Mist kiosk.\n\n"_s + commandSummary());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(u"data-dir"_s,
                                     u"The kiosk's data directory (default: the XDG data location)."_s,
                                     u"DIR"_s);
    const QCommandLineOption config(u"config"_s, u"The kiosk's configuration file."_s, u"FILE"_s);
    const QCommandLineOption json(u"json"_s, u"Print JSON instead of text."_s);
    parser.addOptions({dataDir, config, json});
    parser.addPositionalArgument(u"command"_s, u"What to do (see Commands above)."_s);
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        std::fprintf(stderr, "mistctl: no command given\n\n%s", qPrintable(commandSummary()));
        return 2;
    }
    const auto found = commands().find(positional.constFirst());
    if (found == commands().end()) {
        std::fprintf(stderr, "mistctl: unknown command \"%s\"\n\n%s",
                     qPrintable(positional.constFirst()), qPrintable(commandSummary()));
        return 2;
    }

    Context context;
    context.dataDir = parser.isSet(dataDir)
            ? parser.value(dataDir)
            : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    context.config = KioskConfig::load(parser.isSet(config) ? parser.value(config)
                                                            : KioskConfig::defaultPath());
    context.json = parser.isSet(json);
    return found->second.run(context);
}
