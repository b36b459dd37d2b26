// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// RuntimeLibrary, and the two libraries the kiosk opens with it (issue 19: not linked, so that
// the kiosk starts without them).
#include "core/runtimelibrary.h"
#include "net/curllibrary.h"
#include "printing/cupslibrary.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestRuntimeLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aMissingLibraryIsAnErrorNotACrash()
    {
        Mist::RuntimeLibrary library(u"mist-no-such-library"_s, 1);
        QVERIFY(!library.load());
        QVERIFY(!library.errorString().isEmpty());
    }

    void aMissingFunctionIsNamed()
    {
        Mist::RuntimeLibrary library(u"curl"_s, 4);
        QVERIFY2(library.load(), qPrintable(library.errorString()));
        decltype(&::curl_easy_init) present = nullptr;
        void (*absent)() = nullptr;
        library.resolve(present, "curl_easy_init");
        library.resolve(absent, "curl_no_such_function");
        QVERIFY(present);
        QVERIFY(!absent);
        QVERIFY(!library.complete());
        QVERIFY2(library.errorString().contains(u"curl_no_such_function"_s),
            qPrintable(library.errorString()));
        QVERIFY(!library.errorString().contains(u"curl_easy_init"_s));
    }

    // Every function in the tables exists in Debian 12's libcurl and libcups, and loading is
    // done once: the same table for every caller.
    void theKiosksLibrariesResolveEveryFunction()
    {
        const Mist::CurlLibrary *curl = Mist::CurlLibrary::get();
        QVERIFY(curl);
        QCOMPARE(Mist::CurlLibrary::get(), curl);
        QVERIFY(curl->curl_easy_init && curl->curl_multi_poll && curl->curl_getdate);
        const Mist::CupsLibrary *cups = Mist::CupsLibrary::get();
        QVERIFY(cups);
        QCOMPARE(Mist::CupsLibrary::get(), cups);
        QVERIFY(cups->cupsConnectDest && cups->ippNewRequest && cups->httpClose);
        // Calls reach the real libraries: an HTTP date is read, the user has a name.
        QCOMPARE(curl->curl_getdate("Tue, 03 Jun 2025 10:20:30 GMT", nullptr), time_t(1748946030));
        QVERIFY(qstrlen(cups->cupsUser()) > 0);
    }
};

QTEST_GUILESS_MAIN(TestRuntimeLibrary)
#include "tst_runtimelibrary.moc"
