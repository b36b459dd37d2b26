// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// mistctl admin …, library set, settings …, training …: librarian mode's command line. The same
// service classes as the librarian screens (PinStore, SettingsStore, TrainingLog), so there is
// one implementation of every rule. Every change is an admin_change event in the usage log.

#include "ctlcommand.h"

#include "admin/adminevents.h"
#include "admin/pinstore.h"
#include "admin/settingsstore.h"
#include "admin/traininglog.h"
#include "core/clock.h"
#include "usage/kioskidentity.h"
#include "usage/usagestore.h"
#include "usage/usagetimerange.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

// One line from stdin without echo when it is a terminal.
std::optional<QString> readSecretLine(const char *prompt)
{
    const bool tty = ::isatty(STDIN_FILENO);
    termios old {};
    if (tty) {
        std::fprintf(stderr, "%s", prompt);
        std::fflush(stderr);
        ::tcgetattr(STDIN_FILENO, &old);
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    const bool ok = bool(std::getline(std::cin, line));
    if (tty) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::fprintf(stderr, "\n");
    }
    if (!ok)
        return std::nullopt;
    return QString::fromStdString(line).trimmed();
}

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

int setPin(CtlInvocation &invocation)
{
    invocation.parser().setApplicationDescription(
        u"Sets the librarian's PIN (6 to 12 digits). It is read twice from stdin, never from "
        "the command line, and stored only as an Argon2id hash readable by this user alone."_s);
    if (!invocation.parse())
        return CtlInvocation::exitUsage;
    const auto first = readSecretLine("New PIN (6 to 12 digits): ");
    const auto second = readSecretLine("The same PIN again: ");
    if (!first || !second) {
        invocation.printError(u"expected the PIN twice on stdin"_s);
        return CtlInvocation::exitUsage;
    }
    if (*first != *second) {
        invocation.printError(u"the two PINs differ; nothing was changed"_s);
        return CtlInvocation::exitFailure;
    }
    SteadyClock clock;
    PinStore store(invocation.dataDir(), clock);
    QString error;
    if (!store.setPin(*first, &error)) {
        invocation.printError(error);
        return PinStore::isValidPin(*first) ? CtlInvocation::exitFailure : CtlInvocation::exitUsage;
    }
    CtlAuditLog audit(invocation.dataDir());
    if (audit.sink)
        audit.sink(UsageEvent::Type::AdminChange, u"admin/pin"_s, std::nullopt);
    std::printf("The PIN is set. A 5-second press on the library's name on the attract screen "
                "opens the PIN pad.\n");
    return CtlInvocation::exitOk;
}

int unlock(CtlInvocation &invocation)
{
    invocation.parser().setApplicationDescription(
        u"Clears the PIN pad's lock-out and its count of wrong PINs."_s);
    if (!invocation.parse())
        return CtlInvocation::exitUsage;
    SteadyClock clock;
    PinStore store(invocation.dataDir(), clock);
    QString error;
    if (!store.unlock(&error)) {
        invocation.printError(error);
        return CtlInvocation::exitFailure;
    }
    CtlAuditLog audit(invocation.dataDir());
    if (audit.sink)
        audit.sink(UsageEvent::Type::AdminChange, u"admin/unlock"_s, std::nullopt);
    std::printf("The PIN pad is unlocked.\n");
    return CtlInvocation::exitOk;
}

int adminStatus(CtlInvocation &invocation)
{
    invocation.parser().setApplicationDescription(
        u"Whether a PIN is set, the lock-out state and the last time librarian mode was opened."_s);
    if (!invocation.parse())
        return CtlInvocation::exitUsage;
    SteadyClock clock;
    const PinStore store(invocation.dataDir(), clock);
    const PinStore::Status status = store.status();
    if (invocation.json()) {
        QJsonObject object {{u"pinSet"_s, status.pinSet}, {u"failures"_s, status.failures},
            {u"lockedForSeconds"_s, double((status.lockedForMs + 999) / 1000)}};
        if (status.lastUnlockUtcMs)
            object.insert(u"lastUnlock"_s, isoUtc(*status.lastUnlockUtcMs));
        CtlInvocation::printJson(object);
        return CtlInvocation::exitOk;
    }
    std::printf("PIN:          %s\n",
        status.pinSet ? "set" : "not set (mistctl admin set-pin); nobody can open librarian mode");
    if (status.lockedForMs > 0)
        std::printf(
            "lock-out:     locked for %lld s more after %d wrong PINs (mistctl admin unlock)\n",
            static_cast<long long>((status.lockedForMs + 999) / 1000), status.failures);
    else
        std::printf("lock-out:     not locked, %d wrong PINs in a row\n", status.failures);
    std::printf("last unlock:  %s\n",
        status.lastUnlockUtcMs ? qPrintable(isoUtc(*status.lastUnlockUtcMs)) : "never");
    return CtlInvocation::exitOk;
}

// Saves values through the SettingsStore, printing the reason for a refusal.
int saveSettings(CtlInvocation &invocation, const QHash<QString, QString> &values)
{
    SettingsStore store(invocation.dataDir(), invocation.configPath());
    CtlAuditLog audit(invocation.dataDir());
    store.setEventSink(audit.sink);
    QString failedKey;
    const SettingsStore::Problem problem = store.setMany(values, &failedKey);
    if (problem != SettingsStore::Problem::None) {
        invocation.printError(SettingsStore::describe(problem, failedKey));
        return problem == SettingsStore::Problem::UnknownKey ? CtlInvocation::exitUsage
                                                             : CtlInvocation::exitFailure;
    }
    return CtlInvocation::exitOk;
}

int librarySet(CtlInvocation &invocation)
{
    auto &parser = invocation.parser();
    parser.setApplicationDescription(
        u"Sets the library's details shown on the attract screen and the service pages."_s);
    const std::pair<const char *, QString> options[] = {
        {"name-uk", SettingsStore::libraryNameUk},
        {"name-en", SettingsStore::libraryNameEn},
        {"address", SettingsStore::libraryAddress},
        {"hours", SettingsStore::libraryHours},
        {"hromada", SettingsStore::libraryHromada},
    };
    for (const auto &[name, key] : options)
        parser.addOption({QString::fromLatin1(name), u"Sets %1."_s.arg(key), u"TEXT"_s});
    if (!invocation.parse())
        return CtlInvocation::exitUsage;
    QHash<QString, QString> values;
    for (const auto &[name, key] : options) {
        if (parser.isSet(QString::fromLatin1(name)))
            values.insert(key, parser.value(QString::fromLatin1(name)));
    }
    if (values.isEmpty()) {
        invocation.printError(
            u"nothing to set (--name-uk, --name-en, --address, --hours, --hromada)"_s);
        return CtlInvocation::exitUsage;
    }
    return saveSettings(invocation, values);
}

int settingsSet(CtlInvocation &invocation)
{
    invocation.parser().setApplicationDescription(
        u"Sets one setting in the data directory (see `mistctl settings list`). A key set in "
        "the configuration file cannot be changed here."_s);
    invocation.parser().addPositionalArgument(u"KEY"_s, u"e.g. session/idle_timeout"_s);
    invocation.parser().addPositionalArgument(u"VALUE"_s, u"the new value"_s);
    if (!invocation.parse())
        return CtlInvocation::exitUsage;
    const QStringList args = invocation.positional();
    if (args.size() != 2) {
        invocation.printError(u"expected KEY VALUE"_s);
        return CtlInvocation::exitUsage;
    }
    return saveSettings(invocation, {{args.at(0), args.at(1)}});
}

QString sourceText(SettingsStore::Source source)
{
    switch (source) {
    case SettingsStore::Source::Config:
        return u"configuration file (set by the regional administrator)"_s;
    case SettingsStore::Source::DataDir:
        return u"data directory (set by a librarian)"_s;
    case SettingsStore::Source::Default:
        return u"built-in default"_s;
    }
    return {};
}

int settingsList(CtlInvocation &invocation)
{
    invocation.parser().setApplicationDescription(
        u"Every setting, its value and where the value comes from: the configuration file wins, "
        "then the data directory, then the built-in default."_s);
    if (!invocation.parse())
        return CtlInvocation::exitUsage;
    const SettingsStore store(invocation.dataDir(), invocation.configPath());
    if (invocation.json()) {
        QJsonArray array;
        for (const auto &setting : store.list())
            array.append(QJsonObject {{u"key"_s, setting.key}, {u"value"_s, setting.value},
                {u"source"_s, SettingsStore::sourceName(setting.source)}});
        CtlInvocation::printJson(array);
        return CtlInvocation::exitOk;
    }
    for (const auto &setting : store.list())
        std::printf("%-24s %-30s %s\n", qPrintable(setting.key),
            qPrintable(setting.value.isEmpty() ? u"(empty)"_s : setting.value),
            qPrintable(sourceText(setting.source)));
    return CtlInvocation::exitOk;
}

int trainingRecord(CtlInvocation &invocation)
{
    auto &parser = invocation.parser();
    parser.setApplicationDescription(
        u"Records a training that was held and how many people came (no names). Either "
        "--occurrence KEY (from `mistctl schedule list --json`), or --not-in-calendar with "
        "--date."_s);
    const QCommandLineOption occurrence(u"occurrence"_s, u"The occurrence's key."_s, u"KEY"_s);
    const QCommandLineOption unlisted(
        u"not-in-calendar"_s, u"A training the calendar does not list."_s);
    const QCommandLineOption date(u"date"_s,
        u"With --not-in-calendar: the day it was held (default: today)."_s, u"YYYY-MM-DD"_s);
    const QCommandLineOption participants(
        u"participants"_s, u"How many people took part (1 to 500)."_s, u"N"_s);
    parser.addOptions({occurrence, unlisted, date, participants});
    if (!invocation.parse())
        return CtlInvocation::exitUsage;
    if (parser.isSet(occurrence) == parser.isSet(unlisted) || !parser.isSet(participants)) {
        invocation.printError(
            u"expected --occurrence KEY or --not-in-calendar, and --participants N"_s);
        return CtlInvocation::exitUsage;
    }
    bool ok = false;
    const int count = parser.value(participants).toInt(&ok);
    if (!ok) {
        invocation.printError(u"--participants takes a number"_s);
        return CtlInvocation::exitUsage;
    }
    CtlAuditLog audit(invocation.dataDir());
    if (!audit.sink) {
        invocation.printError(u"the usage log cannot be opened; nothing was recorded"_s);
        return CtlInvocation::exitFailure;
    }
    TrainingLog::Problem problem = TrainingLog::Problem::None;
    if (parser.isSet(occurrence)) {
        problem = TrainingLog::record(audit.sink, parser.value(occurrence), count);
    } else {
        const QDate day = parser.isSet(date) ? QDate::fromString(parser.value(date), Qt::ISODate)
                                             : QDate::currentDate();
        problem = TrainingLog::recordUnlisted(audit.sink, day, count);
    }
    switch (problem) {
    case TrainingLog::Problem::None:
        std::printf("Recorded: a training with %d participants.\n", count);
        return CtlInvocation::exitOk;
    case TrainingLog::Problem::NoOccurrence:
        invocation.printError(u"no such occurrence key"_s);
        break;
    case TrainingLog::Problem::BadDate:
        invocation.printError(u"--date takes YYYY-MM-DD"_s);
        break;
    case TrainingLog::Problem::BadParticipants:
        invocation.printError(
            u"--participants must be between %1 and %2"_s.arg(TrainingLog::minParticipants)
                .arg(TrainingLog::maxParticipants));
        break;
    }
    return CtlInvocation::exitUsage;
}

int trainingList(CtlInvocation &invocation)
{
    auto &parser = invocation.parser();
    parser.setApplicationDescription(u"The trainings recorded as held in a month."_s);
    const QCommandLineOption monthOption(
        u"month"_s, u"The month (default: this one)."_s, u"YYYY-MM"_s);
    parser.addOption(monthOption);
    if (!invocation.parse())
        return CtlInvocation::exitUsage;
    QDate month = QDateTime::currentDateTimeUtc().date();
    if (parser.isSet(monthOption)) {
        month = QDate::fromString(parser.value(monthOption) + u"-01"_s, Qt::ISODate);
        if (!month.isValid()) {
            invocation.printError(u"--month takes YYYY-MM"_s);
            return CtlInvocation::exitUsage;
        }
    }
    UsageStore store(invocation.dataDir(), u"mistctl-training"_s);
    if (!store.open()) {
        invocation.printError(store.errorString());
        return CtlInvocation::exitFailure;
    }
    QString error;
    const auto records = TrainingLog::list(store, month, &error);
    if (!error.isEmpty()) {
        invocation.printError(error);
        return CtlInvocation::exitFailure;
    }
    qint64 people = 0;
    for (const auto &record : records)
        people += record.participants;
    if (invocation.json()) {
        QJsonArray array;
        for (const auto &record : records) {
            QJsonObject object {
                {u"recordedAt"_s, isoUtc(record.timeMs)}, {u"participants"_s, record.participants}};
            if (record.occurrence.isEmpty())
                object.insert(u"notInCalendar"_s, record.date.toString(Qt::ISODate));
            else
                object.insert(u"occurrence"_s, record.occurrence);
            array.append(object);
        }
        CtlInvocation::printJson(QJsonObject {{u"month"_s, month.toString(u"yyyy-MM"_s)},
            {u"trainings"_s, array}, {u"participants"_s, people}});
        return CtlInvocation::exitOk;
    }
    for (const auto &record : records)
        std::printf("%s  %4d  %s\n", qPrintable(isoUtc(record.timeMs)), record.participants,
            qPrintable(record.occurrence.isEmpty()
                    ? u"not in the calendar, held %1"_s.arg(record.date.toString(Qt::ISODate))
                    : record.occurrence));
    std::printf("%s: %lld trainings, %lld participants\n", qPrintable(month.toString(u"yyyy-MM"_s)),
        static_cast<long long>(records.size()), static_cast<long long>(people));
    return CtlInvocation::exitOk;
}

} // namespace

std::vector<CtlCommand> adminCommands()
{
    return {
        {u"admin set-pin"_s, u"Set the librarian's PIN (read twice from stdin)."_s, setPin},
        {u"admin unlock"_s, u"Clear the PIN pad's lock-out."_s, unlock},
        {u"admin status"_s, u"PIN set or not, lock-out, last unlock."_s, adminStatus},
        {u"library set"_s, u"Set the library's name, address, hours, hromada."_s, librarySet},
        {u"settings set"_s, u"Set one setting (KEY VALUE) in the data directory."_s, settingsSet},
        {u"settings list"_s, u"Every setting with its value and source."_s, settingsList},
        {u"training record"_s, u"Record a training held and its participants."_s, trainingRecord},
        {u"training list"_s, u"The trainings recorded in a month."_s, trainingList},
    };
}

} // namespace Mist
