// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// mistctl scanner list|test: the library's scanner from the admin's side, through the same SANE
// code as the kiosk (ScanService and its mist-scan-helper, so a backend that breaks its process
// cannot hang mistctl either). `list` shows what SANE finds and which one
// [scanning] device picks; `test` scans one page into a PDF file, to check the set-up. These are
// the admin's scans, never a citizen's: the kiosk's own scans never leave the session's tray.

#include "ctlcommand.h"

#include "scanning/scanoutput.h"
#include "scanning/scanservice.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

const QCommandLineOption deviceOption(
    u"device"_s, u"A SANE device name instead of [scanning] device."_s, u"DEVICE"_s);

QString deviceOf(CtlInvocation &invocation)
{
    return invocation.parser().isSet(deviceOption) ? invocation.parser().value(deviceOption)
                                                   : invocation.config().scanning.device;
}

// What an admin reads when the scanner does not scan.
QString explain(SaneScanner::Problem problem)
{
    switch (problem) {
    case SaneScanner::Problem::NoScanner:
        return u"no scanner found: is it plugged in and switched on, and does `mistctl scanner "
               "list` show it?"_s;
    case SaneScanner::Problem::Busy:
        return u"the scanner is busy (another program or the kiosk is using it)"_s;
    case SaneScanner::Problem::Jammed:
        return u"the paper is jammed"_s;
    case SaneScanner::Problem::NoPaper:
        return u"no paper in the feeder"_s;
    case SaneScanner::Problem::CoverOpen:
        return u"the scanner's cover is open"_s;
    case SaneScanner::Problem::Cancelled:
        return u"the scan was cancelled"_s;
    case SaneScanner::Problem::None:
    case SaneScanner::Problem::Failed:
        break;
    }
    return u"the scanner failed (the kiosk's journal has SANE's own words)"_s;
}

int list(CtlInvocation &invocation)
{
    if (!invocation.parse())
        return CtlInvocation::exitUsage;
    const QString configured = invocation.config().scanning.device;
    std::vector<SaneScanner::Device> devices;
    SaneScanner::Problem problem = SaneScanner::Problem::None;
    {
        ScanService scanner(configured);
        QEventLoop loop;
        scanner.listDevices([&](std::vector<SaneScanner::Device> found, SaneScanner::Problem p) {
            devices = std::move(found);
            problem = p;
            loop.quit();
        });
        loop.exec();
    }
    if (problem == SaneScanner::Problem::Failed) {
        invocation.printError(u"cannot ask SANE for its scanners (the messages above say why)"_s);
        return CtlInvocation::exitFailure;
    }
    // The one the kiosk uses: the configured one, or the first found.
    const QString used = configured == "none"_L1   ? QString()
        : configured.isEmpty() && !devices.empty() ? devices.front().name
                                                   : configured;
    if (invocation.json()) {
        QJsonArray array;
        for (const SaneScanner::Device &device : devices) {
            array.append(QJsonObject {{u"name"_s, device.name}, {u"vendor"_s, device.vendor},
                {u"model"_s, device.model}, {u"type"_s, device.type},
                {u"used"_s, device.name == used}});
        }
        CtlInvocation::printJson(QJsonObject {{u"configured"_s, configured},
            {u"enabled"_s, configured != "none"_L1}, {u"devices"_s, array}});
        return CtlInvocation::exitOk;
    }
    if (configured == "none"_L1)
        std::printf("scanning is off ([scanning] device=none)\n");
    if (devices.empty())
        std::printf("SANE finds no scanner\n");
    for (const SaneScanner::Device &device : devices) {
        std::printf("%s %-32s %s %s (%s)\n", device.name == used ? "*" : " ",
            qPrintable(device.name), qPrintable(device.vendor), qPrintable(device.model),
            qPrintable(device.type));
    }
    if (!configured.isEmpty() && configured != "none"_L1
        && std::none_of(devices.begin(), devices.end(),
            [&](const SaneScanner::Device &d) { return d.name == configured; }))
        std::printf("[scanning] device=%s is not among them\n", qPrintable(configured));
    return CtlInvocation::exitOk;
}

int test(CtlInvocation &invocation)
{
    invocation.parser().addOption(deviceOption);
    const QCommandLineOption out(u"out"_s, u"The PDF file to write the page to."_s, u"FILE.pdf"_s);
    const QCommandLineOption preset(
        u"preset"_s, u"text (200 dpi grey, the default) or photo (300 dpi colour)."_s, u"PRESET"_s);
    invocation.parser().addOption(out);
    invocation.parser().addOption(preset);
    if (!invocation.parse())
        return CtlInvocation::exitUsage;
    if (!invocation.parser().isSet(out) || invocation.parser().value(out).isEmpty()) {
        invocation.printError(u"--out FILE.pdf is required"_s);
        return CtlInvocation::exitUsage;
    }
    const QString presetName = invocation.parser().value(preset);
    if (!presetName.isEmpty() && presetName != "text"_L1 && presetName != "photo"_L1) {
        invocation.printError(u"--preset expects text or photo"_s);
        return CtlInvocation::exitUsage;
    }
    const QString device = deviceOf(invocation);
    if (device == "none"_L1) {
        invocation.printError(u"scanning is off ([scanning] device=none); try --device"_s);
        return CtlInvocation::exitFailure;
    }
    SaneScanner::Page page;
    qint64 elapsed = 0;
    {
        ScanService scanner(device);
        QEventLoop loop;
        QObject::connect(&scanner, &ScanService::pageScanned, &loop,
            [&](const QImage &image, std::chrono::milliseconds took) {
                page.image = image;
                elapsed = took.count();
                loop.quit();
            });
        QObject::connect(&scanner, &ScanService::failed, &loop, [&](SaneScanner::Problem problem) {
            page.problem = problem;
            loop.quit();
        });
        if (!scanner.scan(presetName == "photo"_L1 ? ScanPreset::Photo : ScanPreset::Text))
            page.problem = SaneScanner::Problem::Failed;
        else
            loop.exec();
    }
    if (page.problem != SaneScanner::Problem::None) {
        invocation.printError(
            u"%1 (%2)"_s.arg(explain(page.problem), SaneScanner::problemName(page.problem)));
        return CtlInvocation::exitFailure;
    }
    const ScanOutput::Result pdf = ScanOutput::pdf({page.image}, 0);
    QFile file(invocation.parser().value(out));
    if (pdf.bytes.isEmpty() || !file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(pdf.bytes) != pdf.bytes.size() || !file.flush()) {
        invocation.printError(u"cannot write %1"_s.arg(file.fileName()));
        return CtlInvocation::exitFailure;
    }
    if (invocation.json()) {
        CtlInvocation::printJson(
            QJsonObject {{u"file"_s, file.fileName()}, {u"width"_s, page.image.width()},
                {u"height"_s, page.image.height()}, {u"dpi"_s, ScanOutput::dpiOf(page.image)},
                {u"colour"_s, page.image.format() == QImage::Format_RGB888},
                {u"bytes"_s, qint64(pdf.bytes.size())}, {u"milliseconds"_s, elapsed}});
    } else {
        std::printf("scanned 1 page (%dx%d, %d dpi, %s) in %.1f s: %s (%lld KB)\n",
            page.image.width(), page.image.height(), ScanOutput::dpiOf(page.image),
            page.image.format() == QImage::Format_RGB888 ? "colour" : "grey",
            double(elapsed) / 1000.0, qPrintable(file.fileName()),
            static_cast<long long>(pdf.bytes.size() / 1024));
    }
    return CtlInvocation::exitOk;
}

} // namespace

std::vector<CtlCommand> scannerCommands()
{
    return {
        {u"scanner list"_s, u"List the scanners SANE finds; * marks the one the kiosk uses."_s,
            list},
        {u"scanner test"_s, u"Scan one page into a PDF file (--out FILE.pdf)."_s, test},
    };
}

} // namespace Mist
