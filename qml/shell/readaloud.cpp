// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "readaloud.h"

#include "core/logging.h"
#include "preferences.h"
#include "screentext.h"
#include "session/sessioncontroller.h"
#include "speech/voicecatalog.h"

#include <QCoreApplication>
#include <QQuickItem>
#include <QTextToSpeech>

using namespace Qt::StringLiterals;

namespace Mist {

ReadAloud::ReadAloud(Preferences *preferences, SessionController *session,
    const KioskConfig::Speech &settings, QObject *parent)
    : QObject(parent)
    , m_preferences(preferences)
    , m_settings(settings)
{
    if (m_preferences)
        connect(m_preferences, &Preferences::languageChanged, this, &ReadAloud::languageChanged);
    // The end of a visit ends its speech, and the engine with it: an idle kiosk holds no
    // connection to speech-dispatcher.
    if (session)
        connect(session, &SessionController::sessionEnded, this, &ReadAloud::dropEngine);
}

ReadAloud::~ReadAloud()
{
    if (m_discovery)
        m_discovery->wait();
    dropEngine();
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
    if (m_voicesKnown || m_discovery)
        return;
    // Connecting to speech-dispatcher may start it, and Qt reads every voice of every module
    // (thousands with espeak-ng's variants): not on the thread that draws the screens.
    QPointer<ReadAloud> self(this);
    m_discovery.reset(QThread::create([self] {
        const VoiceCatalog::Report report = VoiceCatalog::probe();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, report] {
                if (!self)
                    return;
                if (!report.error.isEmpty())
                    qCWarning(lcSpeech).noquote() << "speech:" << report.error;
                self->setVoices(report.voices);
                for (const QString &language : {u"uk"_s, u"en"_s}) {
                    const auto voice = self->voiceFor(language);
                    qCInfo(lcSpeech).noquote()
                        << "read-aloud voice for" << language << ":"
                        << (voice ? voice->describe() : u"none: read-aloud hidden"_s);
                }
            },
            Qt::QueuedConnection);
    }));
    m_discovery->setObjectName(u"mist-voices"_s);
    m_discovery->start(QThread::LowPriority);
}

void ReadAloud::setVoices(std::vector<SpeechVoice> voices)
{
    const bool wasAvailable = available();
    m_voices = std::move(voices);
    m_voicesKnown = true;
    if (available() != wasAvailable)
        Q_EMIT availableChanged();
}

QTextToSpeech *ReadAloud::engine()
{
    const QString language = m_preferences ? m_preferences->language() : u"uk"_s;
    const std::optional<SpeechVoice> wanted = voiceFor(language);
    if (!wanted)
        return nullptr;
    if (!m_engine) {
        m_engine = new QTextToSpeech(this);
        if (m_engine->state() == QTextToSpeech::Error) {
            qCWarning(lcSpeech).noquote()
                << "the speech engine did not start:" << m_engine->errorString();
            dropEngine();
            return nullptr;
        }
        connect(m_engine, &QTextToSpeech::stateChanged, this,
            [this](QTextToSpeech::State state) { setSpeaking(state == QTextToSpeech::Speaking); });
        connect(m_engine, &QTextToSpeech::errorOccurred, this,
            [this](QTextToSpeech::ErrorReason, const QString &message) {
                qCWarning(lcSpeech).noquote() << "speech failed:" << message;
                setSpeaking(false);
            });
        m_engineLanguage.clear();
    }
    if (m_engineLanguage != language) {
        const std::optional<QVoice> voice = VoiceCatalog::find(*m_engine, *wanted);
        if (!voice) {
            qCWarning(lcSpeech).noquote()
                << "the voice" << wanted->describe() << "is no longer there";
            return nullptr;
        }
        m_engine->setVoice(*voice);
        m_engine->setRate(m_settings.rate);
        m_engine->setVolume(m_settings.volume);
        m_engineLanguage = language;
    }
    return m_engine;
}

void ReadAloud::dropEngine()
{
    if (!m_engine)
        return;
    // Deleting the engine cancels what it says and closes its connection.
    QTextToSpeech *engine = m_engine;
    m_engine = nullptr;
    m_engineLanguage.clear();
    disconnect(engine, nullptr, this, nullptr);
    delete engine;
    setSpeaking(false);
}

void ReadAloud::speak(const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    QTextToSpeech *tts = engine();
    if (!tts)
        return;
    if (tts->state() == QTextToSpeech::Speaking || tts->state() == QTextToSpeech::Paused)
        tts->stop();
    tts->say(text);
    // speech-dispatcher says "begun" a moment later; a second press before then must stop.
    setSpeaking(true);
}

void ReadAloud::stop()
{
    if (m_engine && m_speaking)
        m_engine->stop();
    setSpeaking(false);
}

void ReadAloud::readScreen(QQuickItem *screen)
{
    if (m_speaking) {
        stop();
        return;
    }
    speak(ScreenText::ofScreen(screen).toSpeech());
}

void ReadAloud::readItem(QQuickItem *item)
{
    if (!m_settings.longPress)
        return;
    speak(ScreenText::ofItem(item).toSpeech());
}

void ReadAloud::setSpeaking(bool speaking)
{
    if (m_speaking == speaking)
        return;
    m_speaking = speaking;
    Q_EMIT speakingChanged();
}

void ReadAloud::languageChanged()
{
    stop();
    Q_EMIT availableChanged();
}

} // namespace Mist
