// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Read aloud: speaks the current screen (ScreenText) or one tile in the session's language,
// through Qt TextToSpeech with the voice VoiceChooser picks. Costs nothing until used: the
// machine's voices are looked up once, on a worker thread, when the kiosk asks (main.cpp: at the
// first visit), and the speaking engine is made on the first press and dropped when the visit
// ends. Speech stops when the screen changes, the language changes or the visit ends. Nothing
// it reads is logged.
#pragma once

#include "config/kioskconfig.h"
#include "providedsingleton.h"
#include "speech/voicechooser.h"

#include <QObject>
#include <QPointer>
#include <QQuickItem>
#include <QThread>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QTextToSpeech;
QT_END_NAMESPACE

namespace Mist {

class Preferences;
class SessionController;

class ReadAloud
    : public QObject
    , public ProvidedSingleton<ReadAloud>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // A voice exists for the session's language: the "Read aloud" button shows only then.
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    Q_PROPERTY(bool speaking READ speaking NOTIFY speakingChanged)
    // [speech] long_press: a long press on a tile or a row reads it alone.
    Q_PROPERTY(bool longPress READ longPress CONSTANT)

public:
    // preferences and session may be null (tests); the settings are [speech] of the config.
    ReadAloud(Preferences *preferences, SessionController *session,
        const KioskConfig::Speech &settings, QObject *parent = nullptr);
    ~ReadAloud() override;

    [[nodiscard]] bool available() const;
    [[nodiscard]] bool speaking() const { return m_speaking; }
    [[nodiscard]] bool longPress() const { return m_settings.longPress; }
    // The voice for "uk" or "en", if the voices are known and one fits.
    [[nodiscard]] std::optional<SpeechVoice> voiceFor(const QString &language) const;
    [[nodiscard]] bool voicesKnown() const { return m_voicesKnown; }
    // Whether the speaking engine exists (it must not before the first use).
    [[nodiscard]] bool hasEngine() const { return m_engine != nullptr; }

    // Looks the machine's voices up once, on a worker thread; voicesKnown() and available()
    // follow. Later calls do nothing.
    Q_INVOKABLE void discoverVoices();
    // The voices, given (tests without speech-dispatcher, or a caller that has them).
    void setVoices(std::vector<SpeechVoice> voices);

    // Speaks text in the session's language, instead of anything spoken before.
    Q_INVOKABLE void speak(const QString &text);
    Q_INVOKABLE void stop();
    // The "Read aloud" button: reads the screen (its heading, text, buttons), or stops when
    // speaking.
    Q_INVOKABLE void readScreen(QQuickItem *screen);
    // A long press on a tile or a list row: reads that item alone (if long_press is on).
    Q_INVOKABLE void readItem(QQuickItem *item);
    // The shell moved to another screen: what was being read no longer is there.
    Q_INVOKABLE void screenChanged() { stop(); }

Q_SIGNALS:
    void availableChanged();
    void speakingChanged();

private:
    void setSpeaking(bool speaking);
    [[nodiscard]] QTextToSpeech *engine();
    void dropEngine();
    void languageChanged();

    Preferences *m_preferences = nullptr;
    KioskConfig::Speech m_settings;
    std::vector<SpeechVoice> m_voices;
    bool m_voicesKnown = false;
    std::unique_ptr<QThread> m_discovery;
    QTextToSpeech *m_engine = nullptr; // owned; made on the first speak()
    QString m_engineLanguage; // the language whose voice the engine has
    bool m_speaking = false;
};

} // namespace Mist
