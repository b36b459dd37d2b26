// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// mistctl api enable|disable|token new: the staff HTTP API's settings in the data directory
// (<data-dir>/staff-api.json). A running kiosk picks changes up within a second.

#include "ctlcommand.h"

#include "api/apisettings.h"
#include "api/apitoken.h"

#include <QFileInfo>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

int save(CtlInvocation &invocation, const ApiSettings &settings)
{
    QString error;
    if (!settings.save(invocation.dataDir(), &error)) {
        invocation.printError(u"cannot save the API settings: %1"_s.arg(error));
        return CtlInvocation::exitFailure;
    }
    return CtlInvocation::exitOk;
}

ApiSettings current(CtlInvocation &invocation, bool *ok)
{
    QString error;
    const ApiSettings settings = ApiSettings::load(invocation.dataDir(), &error);
    *ok = error.isEmpty();
    if (!error.isEmpty())
        invocation.printError(error);
    return settings;
}

int enable(CtlInvocation &invocation)
{
    const QCommandLineOption listenOption(u"listen"_s,
        u"Address and port, e.g. 127.0.0.1:8787 (the default). An address other hosts can reach "
        u"(e.g. 0.0.0.0:8787 for the LAN) needs --tls-cert and --tls-key."_s,
        u"ADDR:PORT"_s);
    const QCommandLineOption certOption(
        u"tls-cert"_s, u"PEM certificate (chain): serve HTTPS only. Needs --tls-key."_s, u"FILE"_s);
    const QCommandLineOption keyOption(
        u"tls-key"_s, u"PEM private key for --tls-cert."_s, u"FILE"_s);
    const QCommandLineOption plaintextOption(u"allow-plaintext"_s,
        u"Serve plain HTTP on a network address anyway: the token and the event log cross the "
        u"network in clear text. Not recommended."_s);
    invocation.parser().addOptions({listenOption, certOption, keyOption, plaintextOption});
    invocation.parser().setApplicationDescription(
        u"Turns the staff HTTP API on. It binds 127.0.0.1 unless --listen says otherwise and "
        u"answers only requests with the token from `mistctl api token new`."_s);
    if (!invocation.parse())
        return CtlInvocation::exitUsage;
    const QCommandLineParser &parser = invocation.parser();
    bool ok = false;
    ApiSettings settings = current(invocation, &ok);
    if (parser.isSet(listenOption)
        && !ApiSettings::parseListen(
            parser.value(listenOption), &settings.address, &settings.port)) {
        invocation.printError(
            u"--listen expects ADDR:PORT with an IP address, e.g. 127.0.0.1:8787"_s);
        return CtlInvocation::exitUsage;
    }
    if (parser.isSet(certOption) != parser.isSet(keyOption)) {
        invocation.printError(u"--tls-cert and --tls-key go together"_s);
        return CtlInvocation::exitUsage;
    }
    if (parser.isSet(certOption)) {
        for (const QString &file : {parser.value(certOption), parser.value(keyOption)}) {
            if (!QFileInfo(file).isReadable()) {
                invocation.printError(u"cannot read %1"_s.arg(file));
                return CtlInvocation::exitFailure;
            }
        }
        settings.tlsCertificate = QFileInfo(parser.value(certOption)).absoluteFilePath();
        settings.tlsKey = QFileInfo(parser.value(keyOption)).absoluteFilePath();
    }
    settings.allowPlaintext = parser.isSet(plaintextOption);
    if (settings.plaintextOnNetwork() && !settings.allowPlaintext) {
        invocation.printError(
            u"refusing to serve the API on %1 without TLS: the token and the event log would "
            u"cross the network in clear text. Give --tls-cert and --tls-key, listen on "
            u"127.0.0.1, or (not recommended) --allow-plaintext"_s.arg(settings.listenText()));
        return CtlInvocation::exitUsage;
    }
    settings.enabled = true;
    if (const int status = save(invocation, settings))
        return status;
    if (invocation.json()) {
        CtlInvocation::printJson(
            QJsonObject {{u"enabled"_s, true}, {u"listen"_s, settings.listenText()},
                {u"tls"_s, settings.tls()}, {u"token"_s, !settings.tokenHash.isEmpty()},
                {u"plaintextOnNetwork"_s, settings.plaintextOnNetwork()}});
    } else {
        std::printf("staff API enabled on %s%s\n", qUtf8Printable(settings.listenText()),
            settings.tls() ? " (HTTPS)" : "");
        if (settings.plaintextOnNetwork()) {
            std::fprintf(stderr,
                "WARNING: plain HTTP on a network address: the token and the event log cross "
                "the network in clear text\n");
        }
        if (settings.tokenHash.isEmpty())
            std::printf("no token yet: create one with `mistctl api token new`\n");
    }
    return CtlInvocation::exitOk;
}

int disable(CtlInvocation &invocation)
{
    invocation.parser().setApplicationDescription(u"Turns the staff HTTP API off."_s);
    if (!invocation.parse())
        return CtlInvocation::exitUsage;
    bool ok = false;
    ApiSettings settings = current(invocation, &ok);
    settings.enabled = false;
    if (const int status = save(invocation, settings))
        return status;
    if (invocation.json())
        CtlInvocation::printJson(QJsonObject {{u"enabled"_s, false}});
    else
        std::printf("staff API disabled\n");
    return CtlInvocation::exitOk;
}

int tokenNew(CtlInvocation &invocation)
{
    invocation.parser().setApplicationDescription(
        u"Makes a new API token, prints it once and keeps only its hash; the old token stops "
        u"working."_s);
    if (!invocation.parse())
        return CtlInvocation::exitUsage;
    bool ok = false;
    ApiSettings settings = current(invocation, &ok);
    const QString token = ApiToken::generate();
    settings.tokenHash = ApiToken::hash(token);
    if (const int status = save(invocation, settings))
        return status;
    if (invocation.json()) {
        CtlInvocation::printJson(QJsonObject {{u"token"_s, token}});
    } else {
        std::printf("%s\n", qUtf8Printable(token));
        std::fprintf(stderr,
            "Keep this token now: it is shown only once. Send it as "
            "\"Authorization: Bearer <token>\".\n");
    }
    return CtlInvocation::exitOk;
}

} // namespace

std::vector<CtlCommand> apiCommands()
{
    return {
        {u"api enable"_s,
            u"Turn the staff HTTP API on (--listen ADDR:PORT; HTTPS for a network address)."_s,
            enable},
        {u"api disable"_s, u"Turn the staff HTTP API off."_s, disable},
        {u"api token new"_s, u"Make a new staff API token (printed once)."_s, tokenNew},
    };
}

} // namespace Mist
