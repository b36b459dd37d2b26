// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "readaloud.h"

#include "core/logging.h"
#include "preferences.h"
#include "screentext.h"
#include "session/sessioncontroller.h"
#include "speech/voicecatalog.h"

#include <QTextToSpeech>

#include <memory>

using namespace Qt::StringLiterals;

namespace Mist {

// The speech engine and what is done with it, on ReadAloud's thread. It reports back with
// events queued to ReadAloud (dropped if ReadAloud is gone, which waits for this thread first).
class SpeechWorker : public QObject
{
public:
    explicit SpeechWorker(ReadAloud *owner)
        : m_owner(owner)
    { }

    void discover()
    {
        const VoiceCatalog::Report report = VoiceCatalog::probe();
        QMetaObject::invokeMethod(
            m_owner,
            [owner = m_owner, report] {
                if (!report.error.isEmpty())
                    qCWarning(lcSpeech).noquote() << "speech:" << report.error;
                owner->setVoices(report.voices);
                for (const QString &language : {u"uk"_s, u"en"_s}) {
                    const auto voice = owner->voiceFor(language);
                    qCInfo(lcSpeech).noquote()
                        << "read-aloud voice for" << language << ":"
                        << (voice ? voice->describe() : u"none: read-aloud hidden"_s);
                }
            },
            Qt::QueuedConnection);
    }

    void say(const QString &text, const SpeechVoice &voice, double rate, double volume)
    {
        if (!ensureEngine())
            return;
        if (!(m_voice == voice)) {
            const std::optional<QVoice> found = VoiceCatalog::find(*m_engine, voice);
            if (!found) {
                qCWarning(lcSpeech).noquote() << "the voice" << voice.describe() << "has gone";
                report(false);
                return;
            }
            m_engine->setVoice(*found);
            m_voice = voice;
        }
        m_engine->setRate(rate);
        m_engine->setVolume(volume);
        m_engine->say(text);
    }

    void stop()
    {
        if (m_engine && m_engine->state() != QTextToSpeech::Ready)
            m_engine->stop();
    }

    // Deleting the engine cancels its speech and closes its connection to speech-dispatcher.
    void drop()
    {
        m_engine.reset();
        m_voice = {};
    }

private:
    bool ensureEngine()
    {
        if (m_engine)
            return true;
        m_engine = std::make_unique<QTextToSpeech>();
        if (m_engine->state() == QTextToSpeech::Error) {
            qCWarning(lcSpeech).noquote()
                << "the speech engine did not start:" << m_engine->errorString();
            m_engine.reset();
            report(false);
            return false;
        }
        QObject::connect(m_engine.get(), &QTextToSpeech::stateChanged, this,
            [this](QTextToSpeech::State state) { report(state == QTextToSpeech::Speaking); });
        QObject::connect(m_engine.get(), &QTextToSpeech::errorOccurred, this,
            [this](QTextToSpeech::ErrorReason, const QString &message) {
                qCWarning(lcSpeech).noquote() << "speech failed:" << message;
                report(false);
            });
        return true;
    }

    void report(bool speaking)
    {
        QMetaObject::invokeMethod(
            m_owner, [owner = m_owner, speaking] { owner->engineReported(speaking); },
            Qt::QueuedConnection);
    }

    ReadAloud *m_owner;
    std::unique_ptr<QTextToSpeech> m_engine;
    SpeechVoice m_voice;
};

ReadAloud::ReadAloud(Preferences *preferences, SessionController *session,
    const KioskConfig::Speech &settings, QObject *parent)
    : QObject(parent)
    , m_preferences(preferences)
    , m_settings(settings)
{
    m_thread.setObjectName(u"mist-speech"_s);
    if (m_preferences)
        connect(m_preferences, &Preferences::languageChanged, this, &ReadAloud::languageChanged);
    // The end of a visit ends its speech, and the engine with it: an idle kiosk holds no
    // connection to speech-dispatcher.
    if (session)
        connect(session, &SessionController::sessionEnded, this, &ReadAloud::dropEngine);
}

ReadAloud::~ReadAloud()
{
    if (m_worker) {
        QMetaObject::invokeMethod(m_worker, [worker = m_worker] { delete worker; });
        m_thread.quit();
        m_thread.wait();
    }
}

void ReadAloud::startWorker()
{
    if (m_worker)
        return;
    m_worker = new SpeechWorker(this);
    m_worker->moveToThread(&m_thread);
    m_thread.start(QThread::LowPriority);
}

bool ReadAloud::available() const
{
    return voiceFor(m_preferences ? m_preferences->language() : u"uk"_s).has_value();
}

std::optional<SpeechVoice> ReadAloud::voiceFor(const QString &language) const
{
    if (!m_voicesKnown)
        return std::nullopt;
    return VoiceChooser::choose(m_voices, language, m_settings.voice);
}

void ReadAloud::discoverVoices()
{
    if (m_voicesKnown || m_discovering)
        return;
    m_discovering = true;
    startWorker();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->discover(); });
}

void ReadAloud::setVoices(std::vector<SpeechVoice> voices)
{
    const bool wasAvailable = available();
    m_voices = std::move(voices);
    m_voicesKnown = true;
    m_discovering = false;
    if (available() != wasAvailable)
        Q_EMIT availableChanged();
}

void ReadAloud::speak(const QString &text)
{
    const std::optional<SpeechVoice> voice
        = voiceFor(m_preferences ? m_preferences->language() : u"uk"_s);
    if (text.trimmed().isEmpty() || !voice)
        return;
    startWorker();
    m_engineWanted = true;
    QMetaObject::invokeMethod(m_worker,
        [worker = m_worker, text, voice = *voice, rate = m_settings.rate,
            volume = m_settings.volume] { worker->say(text, voice, rate, volume); });
    // speech-dispatcher says "begun" a moment later; a second press before then must stop.
    setSpeaking(true);
}

void ReadAloud::stop()
{
    if (m_worker && m_engineWanted)
        QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->stop(); });
    setSpeaking(false);
}

void ReadAloud::dropEngine()
{
    if (m_worker && m_engineWanted)
        QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->drop(); });
    m_engineWanted = false;
    setSpeaking(false);
}

void ReadAloud::readScreen(QQuickItem *screen)
{
    if (m_speaking) {
        stop();
        return;
    }
    speak(ScreenText::ofScreen(ScreenText::shownIn(screen)).toSpeech());
}

bool ReadAloud::readItem(QQuickItem *item)
{
    if (!m_settings.longPress || !available())
        return false;
    const QString text = ScreenText::ofItem(item).toSpeech();
    if (text.trimmed().isEmpty())
        return false;
    speak(text);
    return true;
}

void ReadAloud::setSpeaking(bool speaking)
{
    if (m_speaking == speaking)
        return;
    m_speaking = speaking;
    Q_EMIT speakingChanged();
}

void ReadAloud::engineReported(bool speaking)
{
    // A "begun" from an engine dropped since (the visit ended) is old news.
    setSpeaking(speaking && m_engineWanted);
}

void ReadAloud::languageChanged()
{
    stop();
    Q_EMIT availableChanged();
}

} // namespace Mist
