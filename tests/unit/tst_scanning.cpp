// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Scanning through real SANE: its "test" backend (frontend-tester virtual devices) through a
// private SANE_CONFIG_DIR. Two pages become a two-page PDF (read back with Qt Pdf), a JPEG keeps
// under the upload limit, and a missing scanner, a jam, a busy scanner and a cancelled scan come
// back as problems, not crashes. Nothing is scanned outside a session.
//
// SANE runs in mist-scan-helper (SaneTestBackend points MIST_SCAN_HELPER at this build's): a
// helper that dies mid-scan or sends malformed or oversized replies (a fake one, a shell script)
// fails that scan, and the next scan works with a fresh helper.

#include "core/clock.h"
#include "sanetestbackend.h"
#include "scanning/sanescanner.h"
#include "scanning/scanoutput.h"
#include "scanning/scanprotocol.h"
#include "scanning/scanservice.h"
#include "session/sessioncontroller.h"

#include <QBuffer>
#include <QFile>
#include <QPdfDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Mist::SaneScanner;
using Mist::ScanOutput;
using Mist::ScanPreset;
using Mist::ScanService;
using MistTest::SaneTestBackend;

namespace {

constexpr int scanTimeoutMs = 60000;

// Scans one page with service; the page, or a null image (problem tells why).
QImage scanOne(ScanService &service, ScanPreset preset, SaneScanner::Problem *problem = nullptr)
{
    QSignalSpy pages(&service, &ScanService::pageScanned);
    QSignalSpy failures(&service, &ScanService::failed);
    if (!service.scan(preset))
        return {};
    if (!QTest::qWaitFor([&] { return !pages.isEmpty() || !failures.isEmpty(); }, scanTimeoutMs))
        return {};
    if (problem)
        *problem = failures.isEmpty() ? SaneScanner::Problem::None
                                      : failures.first().first().value<SaneScanner::Problem>();
    return pages.isEmpty() ? QImage() : pages.first().first().value<QImage>();
}

// The helper processes service runs now (a retiring one may still be among them).
QList<qint64> helperPids(const ScanService &service)
{
    QList<qint64> pids;
    for (const QProcess *process : service.findChildren<QProcess *>()) {
        if (process->state() != QProcess::NotRunning)
            pids << process->processId();
    }
    return pids;
}

// Points MIST_SCAN_HELPER at a fake helper (a shell script) for as long as it lives.
class FakeHelper
{
public:
    explicit FakeHelper(const QByteArray &script)
        : m_previous(qgetenv("MIST_SCAN_HELPER"))
    {
        QFile file(m_dir.filePath(u"fake-helper"_s));
        m_valid = m_dir.isValid() && file.open(QIODevice::WriteOnly)
            && file.write("#!/bin/sh\n" + script + '\n') > 0
            && file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        file.close();
        qputenv("MIST_SCAN_HELPER", QFile::encodeName(file.fileName()));
    }
    ~FakeHelper() { qputenv("MIST_SCAN_HELPER", m_previous); }
    FakeHelper(const FakeHelper &) = delete;
    FakeHelper &operator=(const FakeHelper &) = delete;

    [[nodiscard]] bool isValid() const { return m_valid; }

private:
    QTemporaryDir m_dir;
    QByteArray m_previous;
    bool m_valid = false;
};

int pdfPageCount(const QByteArray &pdf)
{
    QBuffer buffer;
    buffer.setData(pdf);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    return document.status() == QPdfDocument::Status::Ready ? document.pageCount() : -1;
}

} // namespace

class TestScanning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SaneScanner::Problem>();
        if (!SaneTestBackend::available())
            QSKIP("SANE's test backend (libsane1) is not installed");
        QVERIFY(m_backend.isValid());
    }

    // Every test starts from the virtual scanner's defaults.
    void init() { QVERIFY(m_backend.configure()); }

    void listsTheVirtualScanners()
    {
        SaneScanner scanner;
        QVERIFY(scanner.initialised());
        SaneScanner::Problem problem = SaneScanner::Problem::Failed;
        const auto devices = scanner.devices(&problem);
        QCOMPARE(problem, SaneScanner::Problem::None);
        QCOMPARE(devices.size(), size_t(2));
        QCOMPARE(devices.front().name, u"test:0"_s);
    }

    void listsTheVirtualScannersThroughTheHelper()
    {
        ScanService service(u"test:0"_s);
        std::vector<SaneScanner::Device> devices;
        SaneScanner::Problem problem = SaneScanner::Problem::Failed;
        bool answered = false;
        service.listDevices([&](std::vector<SaneScanner::Device> found, SaneScanner::Problem p) {
            devices = std::move(found);
            problem = p;
            answered = true;
        });
        QVERIFY(!answered); // always later, never from inside the call
        QTRY_VERIFY_WITH_TIMEOUT(answered, scanTimeoutMs);
        QCOMPARE(problem, SaneScanner::Problem::None);
        QCOMPARE(devices.size(), size_t(2));
        QCOMPARE(devices.front().name, u"test:0"_s);
        QCOMPARE(devices.front().vendor, u"Noname"_s);
    }

    void aHelperThatDiesMidScanFailsThatScanOnly()
    {
        // A slow scanner, so the helper is surely in the middle of the page when it dies.
        QVERIFY(m_backend.configure({u"read-delay true"_s, u"read-delay-duration 100000"_s,
            u"read-limit true"_s, u"read-limit-size 4096"_s}));
        ScanService service(u"test:0"_s);
        QSignalSpy progress(&service, &ScanService::progress);
        QSignalSpy failures(&service, &ScanService::failed);
        QSignalSpy pages(&service, &ScanService::pageScanned);
        QVERIFY(service.scan(ScanPreset::Text));
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), scanTimeoutMs);
        const QList<qint64> before = helperPids(service);
        QCOMPARE(before.size(), 1);
        QCOMPARE(::kill(pid_t(before.first()), SIGKILL), 0);
        QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 1, scanTimeoutMs);
        QCOMPARE(
            failures.first().first().value<SaneScanner::Problem>(), SaneScanner::Problem::Failed);
        QVERIFY(pages.isEmpty());
        QVERIFY(!service.isScanning());

        // The next scan starts a fresh helper and gets its page.
        QVERIFY(m_backend.configure());
        SaneScanner::Problem problem = SaneScanner::Problem::Failed;
        QVERIFY(!scanOne(service, ScanPreset::Text, &problem).isNull());
        QCOMPARE(problem, SaneScanner::Problem::None);
        const QList<qint64> after = helperPids(service);
        QCOMPARE(after.size(), 1);
        QVERIFY(after.first() != before.first());
    }

    void malformedRepliesAreRefused_data()
    {
        // Each fake helper answers the scan command with bytes a real one never sends, then
        // waits for the end of its input (or has already gone).
        QTest::addColumn<QByteArray>("script");
        const QByteArray wait = "\nexec cat > /dev/null";
        QTest::newRow("not installed") << QByteArray("exit 0"); // replaced by a missing path
        QTest::newRow("exits at once") << QByteArray("exit 3");
        QTest::newRow("text, not frames") << QByteArray("echo hello" + wait);
        QTest::newRow("frame of 4 GB") << QByteArray(R"(printf 'r\377\377\377\377')" + wait);
        QTest::newRow("page of 100000 pixels wide")
            << QByteArray(R"(printf 'r\0\0\0\16\0\0\1\206\240\0\0\0\1\1\0\0\0\310')" + wait);
        QTest::newRow("page of 2 x 2 with 1 byte")
            << QByteArray(R"(printf 'r\0\0\0\17\0\0\0\0\2\0\0\0\2\1\0\0\0\310x')" + wait);
        QTest::newRow("unknown problem") << QByteArray(R"(printf 'r\0\0\0\1\77')" + wait);
        QTest::newRow("progress of 200 percent") << QByteArray(R"(printf 'p\0\0\0\1\310')" + wait);
        QTest::newRow("a device list nobody asked for")
            << QByteArray(R"(printf 'd\0\0\0\1\0')" + wait);
        QTest::newRow("dies in the middle of a page")
            << QByteArray(R"(printf 'p\0\0\0\1\5r\0\0\0\17\0\0\0\0\2'; exit 0)");
    }

    void malformedRepliesAreRefused()
    {
        QFETCH(QByteArray, script);
        ScanService service(u"test:0"_s);
        {
            FakeHelper fake(script);
            QVERIFY(fake.isValid());
            if (QByteArray(QTest::currentDataTag()) == "not installed")
                qputenv("MIST_SCAN_HELPER", "/nonexistent/mist-scan-helper");
            QElapsedTimer timer;
            timer.start();
            SaneScanner::Problem problem = SaneScanner::Problem::None;
            QVERIFY(scanOne(service, ScanPreset::Text, &problem).isNull());
            QCOMPARE(problem, SaneScanner::Problem::Failed);
            QVERIFY(!service.isScanning());
            // Refused at once, not after some time-out.
            QVERIFY(timer.elapsed() < 5000);
        }
        // The real helper again: the same service scans with a fresh one.
        SaneScanner::Problem problem = SaneScanner::Problem::Failed;
        QVERIFY(!scanOne(service, ScanPreset::Text, &problem).isNull());
        QCOMPARE(problem, SaneScanner::Problem::None);
    }

    void aHelperThatStopsReadingIsEnded()
    {
        // It takes the scan command, closes its input and falls silent: the cancel then meets a
        // closed pipe, which must be an error that ends the helper, not a SIGPIPE that ends the
        // kiosk (which no longer ignores SIGPIPE).
        ScanService service(u"test:0"_s);
        {
            FakeHelper fake("read line\nexec 0<&-\nexec sleep 60");
            QVERIFY(fake.isValid());
            QSignalSpy failures(&service, &ScanService::failed);
            QVERIFY(service.scan(ScanPreset::Text));
            QTest::qWait(300);
            service.cancel();
            // At the latest after ScanHelper::cancelGrace, when it is killed for not answering.
            QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 1, scanTimeoutMs);
            QCOMPARE(failures.first().first().value<SaneScanner::Problem>(),
                SaneScanner::Problem::Cancelled);
            QTRY_VERIFY_WITH_TIMEOUT(helperPids(service).isEmpty(), scanTimeoutMs);
        }
        SaneScanner::Problem problem = SaneScanner::Problem::Failed;
        QVERIFY(!scanOne(service, ScanPreset::Text, &problem).isNull());
        QCOMPARE(problem, SaneScanner::Problem::None);
    }

    void aSilentHelperIsEnded()
    {
        // It takes the scan command and never says anything again, as a SANE backend that
        // waits forever for a device that went away: the scan fails once the helper has been
        // silent for its limit, the helper is gone, and the next scan works.
        ScanService service(u"test:0"_s);
        service.setHelperSilenceLimit(std::chrono::milliseconds(1500));
        {
            FakeHelper fake("read line\nexec sleep 600");
            QVERIFY(fake.isValid());
            QSignalSpy failures(&service, &ScanService::failed);
            QElapsedTimer waited;
            waited.start();
            QVERIFY(service.scan(ScanPreset::Text));
            QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 1, scanTimeoutMs);
            QVERIFY2(waited.elapsed() >= 1400, "ended before its silence limit");
            QCOMPARE(failures.first().first().value<SaneScanner::Problem>(),
                SaneScanner::Problem::Failed);
            QTRY_VERIFY_WITH_TIMEOUT(helperPids(service).isEmpty(), scanTimeoutMs);
        }
        // The real helper, with the kiosk's limit (a slow machine may take longer than the
        // test's between two progress frames).
        service.setHelperSilenceLimit(std::chrono::minutes(2));
        SaneScanner::Problem problem = SaneScanner::Problem::Failed;
        QVERIFY(!scanOne(service, ScanPreset::Text, &problem).isNull());
        QCOMPARE(problem, SaneScanner::Problem::None);
    }

    void framesAreCheckedBeforeAnythingIsKept()
    {
        using namespace Mist::ScanProtocol;
        // A length over its kind's bound is refused from the header alone.
        FrameReader huge;
        QVERIFY(!huge.append(QByteArray("r\xff\xff\xff\xff", 5)));
        QVERIFY(!huge.error().isEmpty());
        FrameReader unknown;
        QVERIFY(!unknown.append("x"));
        // A page goes through whole, with its format and resolution.
        QImage image(31, 7, QImage::Format_RGB888);
        image.fill(QColor(10, 200, 30));
        image.setDotsPerMeterX(11811); // 300 dpi
        image.setDotsPerMeterY(11811);
        const SaneScanner::Page page {SaneScanner::Problem::None, image};
        QVERIFY(fits(image));
        QByteArray bytes = pageFrameStart(page);
        for (int y = 0; y < image.height(); ++y)
            bytes.append(reinterpret_cast<const char *>(image.constScanLine(y)), rowBytes(image));
        FrameReader reader;
        // Byte by byte: frames may arrive in any pieces.
        for (const char byte : std::as_const(bytes))
            QVERIFY(reader.append(QByteArray(1, byte)));
        const std::optional<Frame> frame = reader.next();
        QVERIFY(frame);
        QCOMPARE(frame->kind, Kind::Page);
        QString error;
        const std::optional<SaneScanner::Page> back = parsePage(frame->payload, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->image, image);
        QCOMPARE(ScanOutput::dpiOf(back->image), 300);
        QVERIFY(!reader.next());
        // Too large for the kiosk: the helper sends Failed instead.
        QVERIFY(!fits(QImage(maxPageWidth + 1, 10, QImage::Format_Grayscale8)));
        // A device name that would break the command line is not sent.
        QVERIFY(scanCommand(u"test:0\nclose"_s, {}).isEmpty());
        QCOMPARE(scanCommand(u"test:0"_s, {true, 300}), QByteArray("scan 300 1 test:0\n"));
        const auto command = parseScanCommand("300 1 net:host name:dev");
        QVERIFY(command);
        QCOMPARE(command->device, u"net:host name:dev"_s);
        QVERIFY(!parseScanCommand("300 2 test:0"));
        QVERIFY(!parseScanCommand("99999 0 test:0"));
    }

    void twoPagesMakeATwoPagePdf()
    {
        ScanService service(u"test:0"_s);
        QVERIFY(service.enabled());
        QSignalSpy progress(&service, &ScanService::progress);
        const QImage first = scanOne(service, ScanPreset::Text);
        const QImage second = scanOne(service, ScanPreset::Text);
        QVERIFY(!first.isNull());
        QVERIFY(!second.isNull());
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().first().toInt(), 100);
        // "text": 200 dpi grey, the whole glass of the virtual device (200 x 200 mm).
        QCOMPARE(first.format(), QImage::Format_Grayscale8);
        QCOMPARE(ScanOutput::dpiOf(first), 200);
        QVERIFY(qAbs(first.width() - 1575) <= 2);

        const ScanOutput::Result pdf = ScanOutput::pdf({first, second}, 5 * 1024 * 1024);
        QVERIFY(pdf.fits);
        QVERIFY(!pdf.reduced);
        QVERIFY(pdf.bytes.startsWith("%PDF-"));
        QCOMPARE(pdfPageCount(pdf.bytes), 2);

        // The page is the size of the paper scanned: 200 mm = 567 points.
        QBuffer buffer;
        buffer.setData(pdf.bytes);
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument document;
        document.load(&buffer);
        QVERIFY(qAbs(document.pagePointSize(0).width() - 567) < 2);
    }

    void photoIsColourAt300Dpi()
    {
        ScanService service(u"test:0"_s);
        const QImage page = scanOne(service, ScanPreset::Photo);
        QVERIFY(!page.isNull());
        QCOMPARE(page.format(), QImage::Format_RGB888);
        QCOMPARE(ScanOutput::dpiOf(page), 300);
        QVERIFY(qAbs(page.width() - 2362) <= 2);
        // A colour pattern, not a grey page in RGB clothing.
        bool coloured = false;
        for (int x = 0; x < page.width() && !coloured; x += 7) {
            const QColor c = page.pixelColor(x, page.height() / 2);
            coloured = c.red() != c.green() || c.green() != c.blue();
        }
        QVERIFY(coloured);
    }

    void jpegKeepsUnderTheLimit()
    {
        ScanService service(u"test:0"_s);
        const QImage page = scanOne(service, ScanPreset::Photo);
        QVERIFY(!page.isNull());
        // The default limit (5 MB): the page as it is.
        const ScanOutput::Result plain = ScanOutput::jpeg(page, 5 * 1024 * 1024);
        QVERIFY(plain.fits);
        QVERIFY(!plain.reduced);
        QVERIFY(plain.bytes.startsWith("\xFF\xD8\xFF"));
        // A portal that takes a third of that: quality, then resolution, give way, and it says so.
        const qint64 limit = plain.bytes.size() / 3;
        const ScanOutput::Result small = ScanOutput::jpeg(page, limit);
        QVERIFY(small.fits);
        QVERIFY(small.reduced);
        QVERIFY(small.bytes.size() <= limit);
        QImage back;
        QVERIFY(back.loadFromData(small.bytes, "JPEG"));
        QVERIFY(back.width() >= page.width() * ScanOutput::minDpi / 300 - 1);
        // An impossible limit: the smallest version, marked as not fitting.
        const ScanOutput::Result tiny = ScanOutput::jpeg(page, 100);
        QVERIFY(!tiny.fits);
        QVERIFY(!tiny.bytes.isEmpty());
    }

    void pdfKeepsUnderTheLimit()
    {
        ScanService service(u"test:0"_s);
        const QImage page = scanOne(service, ScanPreset::Photo);
        QVERIFY(!page.isNull());
        const ScanOutput::Result full = ScanOutput::pdf({page, page}, 0);
        const ScanOutput::Result small = ScanOutput::pdf({page, page}, full.bytes.size() / 2);
        QVERIFY(small.fits);
        QVERIFY(small.reduced);
        QVERIFY(small.bytes.size() <= full.bytes.size() / 2);
        QCOMPARE(pdfPageCount(small.bytes), 2);
    }

    void missingScannerIsSaidPlainly_data()
    {
        QTest::addColumn<QString>("device");
        QTest::addColumn<bool>("backendEnabled");
        QTest::newRow("unknown test device") << u"test:9"_s << true;
        QTest::newRow("no such backend") << u"epson2:libusb:001:002"_s << true;
        QTest::newRow("no scanner at all, first one wanted") << QString() << false;
    }

    void missingScannerIsSaidPlainly()
    {
        QFETCH(QString, device);
        QFETCH(bool, backendEnabled);
        QVERIFY(m_backend.configure({}, backendEnabled));
        ScanService service(device);
        SaneScanner::Problem problem = SaneScanner::Problem::None;
        QVERIFY(scanOne(service, ScanPreset::Text, &problem).isNull());
        QCOMPARE(problem, SaneScanner::Problem::NoScanner);
        QVERIFY(!service.isScanning());
    }

    void scannerTroublesAreProblems_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<SaneScanner::Problem>("problem");
        QTest::newRow("jam") << u"SANE_STATUS_JAMMED"_s << SaneScanner::Problem::Jammed;
        QTest::newRow("busy") << u"SANE_STATUS_DEVICE_BUSY"_s << SaneScanner::Problem::Busy;
        QTest::newRow("cover") << u"SANE_STATUS_COVER_OPEN"_s << SaneScanner::Problem::CoverOpen;
        QTest::newRow("io") << u"SANE_STATUS_IO_ERROR"_s << SaneScanner::Problem::Failed;
    }

    void scannerTroublesAreProblems()
    {
        QFETCH(QString, status);
        QFETCH(SaneScanner::Problem, problem);
        QVERIFY(m_backend.configure({u"read-status-code \"%1\""_s.arg(status)}));
        ScanService service(u"test:0"_s);
        SaneScanner::Problem got = SaneScanner::Problem::None;
        QVERIFY(scanOne(service, ScanPreset::Text, &got).isNull());
        QCOMPARE(got, problem);
    }

    void cancelStopsTheScan()
    {
        // A slow scanner: every buffer waits 100 ms.
        QVERIFY(m_backend.configure({u"read-delay true"_s, u"read-delay-duration 100000"_s,
            u"read-limit true"_s, u"read-limit-size 4096"_s}));
        ScanService service(u"test:0"_s);
        QSignalSpy failures(&service, &ScanService::failed);
        QSignalSpy pages(&service, &ScanService::pageScanned);
        QVERIFY(service.scan(ScanPreset::Text));
        QVERIFY(service.isScanning());
        QVERIFY(!service.scan(ScanPreset::Text)); // one at a time
        QTest::qWait(300);
        service.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 1, scanTimeoutMs);
        QCOMPARE(failures.first().first().value<SaneScanner::Problem>(),
            SaneScanner::Problem::Cancelled);
        QVERIFY(pages.isEmpty());
        QVERIFY(!service.isScanning());
    }

    void nothingIsScannedOutsideASession()
    {
        Mist::ManualClock clock;
        Mist::SessionController session(&clock, 90s, 30s);
        ScanService service(u"test:0"_s, &session);
        QVERIFY(!service.scan(ScanPreset::Text));
        session.start();
        QVERIFY(!scanOne(service, ScanPreset::Text).isNull());
        // The visit ends while a page is being scanned: it is dropped, not delivered.
        QSignalSpy pages(&service, &ScanService::pageScanned);
        QVERIFY(service.scan(ScanPreset::Text));
        session.finish();
        QTRY_VERIFY_WITH_TIMEOUT(!service.isScanning(), scanTimeoutMs);
        QTest::qWait(50);
        QVERIFY(pages.isEmpty());
        QVERIFY(!service.scan(ScanPreset::Text));
        // Nothing of SANE stays for the next visit: its process is gone.
        QTRY_VERIFY_WITH_TIMEOUT(helperPids(service).isEmpty(), scanTimeoutMs);
    }

    void noneTurnsScanningOff()
    {
        ScanService service(u"none"_s);
        QVERIFY(!service.enabled());
        QVERIFY(!service.scan(ScanPreset::Text));
    }

private:
    SaneTestBackend m_backend;
};

QTEST_MAIN(TestScanning)
#include "tst_scanning.moc"
