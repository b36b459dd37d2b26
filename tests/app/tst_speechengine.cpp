// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Read aloud with the real speech engine: Qt TextToSpeech's speech-dispatcher plugin, a
// speech-dispatcher of the test's own (headless: libao's null driver stands in for a sound card)
// and espeak-ng, all from deploy/packages.txt. Lists the machine's voices (printed: the issue's
// closing note names them), speaks Ukrainian to the end (Speaking, then Ready), and checks that
// ReadAloud makes no engine before its first use and drops it when the visit ends, that a long
// press reads one tile (unless [speech] long_press is off) and that the bar's button, pressed
// again, stops.

#include "config/kioskconfig.h"
#include "core/clock.h"
#include "preferences.h"
#include "readaloud.h"
#include "session/sessioncontroller.h"
#include "speech/voicecatalog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextToSpeech>

#include <map>
#include <memory>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

class TestSpeechEngine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;

    [[nodiscard]] QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        const QString daemon = QStandardPaths::findExecutable(u"speech-dispatcher"_s);
        if (daemon.isEmpty())
            QSKIP("speech-dispatcher is not installed (deploy/packages.txt lists it)");
        QString modules;
        for (const QString &dir : {u"/usr/lib/speech-dispatcher-modules"_s,
                 u"/usr/lib/x86_64-linux-gnu/speech-dispatcher-modules"_s}) {
            if (QFileInfo::exists(dir + u"/sd_espeak-ng"_s))
                modules = dir;
        }
        if (modules.isEmpty())
            QSKIP("speech-dispatcher's espeak-ng module is not installed "
                  "(speech-dispatcher-espeak-ng)");

        // The system's configuration, with sound to libao's null driver and a log of our own.
        QVERIFY(QProcess::execute(u"cp"_s, {u"-r"_s, u"/etc/speech-dispatcher"_s, path(u"conf"_s)})
            == 0);
        QFile conf(path(u"conf/speechd.conf"_s));
        QVERIFY(conf.open(QIODevice::Append));
        conf.write("\nAudioOutputMethod \"libao\"\nLogDir \"" + path(u"log"_s).toUtf8() + "\"\n");
        conf.close();
        QVERIFY(QDir().mkpath(path(u"home"_s)) && QDir().mkpath(path(u"log"_s)));
        // A runtime directory of its own: speech-dispatcher keeps its pid file there and refuses
        // to start beside another one, such as the one a `mistctl status` of another test
        // spawned in the tests' shared runtime directory a moment ago.
        QVERIFY(QDir().mkpath(path(u"run"_s)));
        QVERIFY(QFile::setPermissions(path(u"run"_s),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        QFile libao(path(u"home/.libao"_s));
        QVERIFY(libao.open(QIODevice::WriteOnly));
        libao.write("default_driver=null\n");
        libao.close();

        const QString socket = path(u"speechd.sock"_s);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"HOME"_s, path(u"home"_s));
        environment.insert(u"XDG_RUNTIME_DIR"_s, path(u"run"_s));
        m_daemon.setProcessEnvironment(environment);
        m_daemon.setProcessChannelMode(QProcess::MergedChannels);
        m_daemon.start(daemon,
            {u"-C"_s, path(u"conf"_s), u"-m"_s, modules, u"-s"_s, u"-t"_s, u"0"_s, u"-c"_s,
                u"unix_socket"_s, u"-S"_s, socket});
        if (!m_daemon.waitForStarted(10'000))
            QSKIP("speech-dispatcher could not be run");
        QElapsedTimer waited;
        waited.start();
        while (!QFileInfo::exists(socket) && m_daemon.state() == QProcess::Running
            && waited.elapsed() < 15'000)
            QTest::qWait(50);
        if (!QFileInfo::exists(socket)) {
            qWarning().noquote() << "speech-dispatcher said:" << m_daemon.readAll();
            QSKIP("speech-dispatcher did not start (see its output above)");
        }
        // Every engine of this process talks to that daemon, never autospawns one.
        qputenv("SPEECHD_ADDRESS", "unix_socket:" + socket.toUtf8());
    }

    void cleanupTestCase()
    {
        if (m_daemon.state() == QProcess::Running) {
            m_daemon.terminate();
            if (!m_daemon.waitForFinished(5000))
                m_daemon.kill();
        }
    }

    void listsTheVoices()
    {
        QVERIFY(QTextToSpeech::availableEngines().contains(u"speechd"_s));
        QElapsedTimer timer;
        timer.start();
        QTextToSpeech engine(u"speechd"_s);
        QVERIFY2(engine.state() != QTextToSpeech::Error, qPrintable(engine.errorString()));
        const qint64 connectMs = timer.restart();
        const std::vector<Mist::SpeechVoice> all = Mist::VoiceCatalog::voices(engine, {});
        const qint64 listMs = timer.elapsed();
        QVERIFY(!all.empty());

        std::map<QString, int> perLanguage;
        std::map<QString, int> perSynthesizer;
        for (const Mist::SpeechVoice &voice : all) {
            ++perLanguage[voice.language()];
            ++perSynthesizer[voice.synthesizer];
        }
        qInfo("connected in %lld ms; %zu voices in %zu languages listed in %lld ms", connectMs,
            all.size(), perLanguage.size(), listMs);
        for (const auto &[synthesizer, count] : perSynthesizer)
            qInfo("  synthesizer %s: %d voices", qPrintable(synthesizer), count);
        for (const QString &language : {u"uk"_s, u"en"_s}) {
            QStringList plain;
            int variants = 0;
            for (const Mist::SpeechVoice &voice : all) {
                if (voice.language() != language)
                    continue;
                if (voice.name.contains(u'+'))
                    ++variants;
                else
                    plain << voice.describe();
            }
            qInfo("  %s: %s (and %d variants such as \"Ukrainian+Annie\")", qPrintable(language),
                qPrintable(plain.join(u"; "_s)), variants);
            const auto chosen = Mist::VoiceChooser::choose(all, language);
            QVERIFY2(chosen, qPrintable(u"no voice for "_s + language));
            qInfo("  read-aloud voice for %s: %s", qPrintable(language),
                qPrintable(chosen->describe()));
        }
        // The set-up every kiosk has: espeak-ng's Ukrainian.
        QCOMPARE(Mist::VoiceChooser::choose(all, u"uk"_s)->language(), u"uk"_s);
    }

    void speaksToTheEnd()
    {
        QTextToSpeech engine(u"speechd"_s);
        const std::vector<Mist::SpeechVoice> voices = Mist::VoiceCatalog::voices(engine, {u"uk"_s});
        const auto chosen = Mist::VoiceChooser::choose(voices, u"uk"_s);
        QVERIFY(chosen);
        const auto voice = Mist::VoiceCatalog::find(engine, *chosen);
        QVERIFY(voice);
        engine.setVoice(*voice);
        QCOMPARE(engine.voice().name(), chosen->name);
        QCOMPARE(engine.state(), QTextToSpeech::Ready);

        QSignalSpy states(&engine, &QTextToSpeech::stateChanged);
        engine.say(u"Головне меню. Що ви хочете зробити?"_s);
        QTRY_VERIFY_WITH_TIMEOUT(states.size() >= 2, 20'000);
        QCOMPARE(states.at(0).at(0).value<QTextToSpeech::State>(), QTextToSpeech::Speaking);
        QCOMPARE(states.constLast().at(0).value<QTextToSpeech::State>(), QTextToSpeech::Ready);
        QCOMPARE(engine.state(), QTextToSpeech::Ready);
    }

    void readAloudIsLazyAndEndsWithTheVisit()
    {
        Mist::ManualClock clock;
        Mist::SessionController session(&clock, 90s, 30s);
        Mist::Preferences preferences(&session);
        Mist::ReadAloud readAloud(&preferences, &session, Mist::KioskConfig::Speech());
        QSignalSpy available(&readAloud, &Mist::ReadAloud::availableChanged);

        // Nothing before it is asked for: no voices, no engine, nothing to show.
        QVERIFY(!readAloud.voicesKnown());
        QVERIFY(!readAloud.available());
        QVERIFY(!readAloud.hasEngine());
        readAloud.speak(u"Тест"_s);
        QVERIFY(!readAloud.hasEngine()); // no voice known yet: nothing to speak with

        session.start();
        readAloud.discoverVoices(); // main.cpp does this at the first visit
        QTRY_VERIFY_WITH_TIMEOUT(readAloud.voicesKnown(), 30'000);
        QVERIFY(readAloud.available());
        QCOMPARE(available.size(), 1);
        QVERIFY(!readAloud.hasEngine()); // the voices were found on a thread of their own

        readAloud.speak(u"Прочитати вголос."_s);
        QVERIFY(readAloud.hasEngine());
        QVERIFY(readAloud.speaking());
        QTRY_VERIFY_WITH_TIMEOUT(!readAloud.speaking(), 20'000);

        // English has its own voice.
        preferences.setLanguage(u"en"_s);
        QVERIFY(readAloud.available());
        readAloud.speak(u"Read aloud."_s);
        QVERIFY(readAloud.speaking());
        readAloud.stop();
        QVERIFY(!readAloud.speaking());

        // The end of the visit stops the speech and drops the engine.
        readAloud.speak(u"Something long enough to be cut off when the visit ends."_s);
        session.finish();
        QVERIFY(!readAloud.speaking());
        QVERIFY(!readAloud.hasEngine());
    }

    void aLongPressReadsOneTile()
    {
        Mist::ManualClock clock;
        Mist::SessionController session(&clock, 90s, 30s);
        Mist::Preferences preferences(&session);
        QQmlEngine qml;
        QQmlComponent component(&qml);
        component.setData(R"(
import QtQuick
import QtQuick.Controls.Basic
AbstractButton {
    width: 300; height: 100
    Accessible.role: Accessible.Button
    Accessible.name: "Навчання"
    contentItem: Text { text: "Безкоштовні курси в бібліотеці" }
}
)",
            QUrl(u"file:///tile.qml"_s));
        std::unique_ptr<QQuickItem> tile(qobject_cast<QQuickItem *>(component.create()));
        QVERIFY2(tile, qPrintable(component.errorString()));
        const Mist::VoiceCatalog::Report report = Mist::VoiceCatalog::probe();
        QVERIFY2(!report.voices.empty(), qPrintable(report.error));

        // long_press=false: the tile is not read (it opens, as on a tap).
        Mist::KioskConfig::Speech off;
        off.longPress = false;
        Mist::ReadAloud quiet(&preferences, &session, off);
        quiet.setVoices(report.voices);
        QVERIFY(quiet.available());
        QVERIFY(!quiet.readItem(tile.get()));
        QVERIFY(!quiet.hasEngine());

        Mist::ReadAloud readAloud(&preferences, &session, Mist::KioskConfig::Speech());
        QVERIFY(!readAloud.readItem(tile.get())); // no voice known: the tile opens instead
        QVERIFY(!readAloud.hasEngine());
        readAloud.setVoices(report.voices);
        session.start();
        QVERIFY(readAloud.readItem(tile.get()));
        QVERIFY(readAloud.speaking());
        QTRY_VERIFY_WITH_TIMEOUT(!readAloud.speaking(), 20'000);

        // The bar's button reads the screen; pressed again while it reads, it stops.
        readAloud.readScreen(tile.get());
        QVERIFY(readAloud.speaking());
        readAloud.readScreen(tile.get());
        QVERIFY(!readAloud.speaking());
        // Another screen stops it too.
        readAloud.readScreen(tile.get());
        QVERIFY(readAloud.speaking());
        readAloud.screenChanged();
        QVERIFY(!readAloud.speaking());
        session.finish();
        QVERIFY(!readAloud.hasEngine());
    }
};

QTEST_MAIN(TestSpeechEngine)
#include "tst_speechengine.moc"
