// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Read aloud: speaks the current screen (ScreenText) or one tile in the session's language,
// through Qt TextToSpeech with the voice VoiceChooser picks. Costs nothing until used: nothing
// is made at start; the machine's voices are looked up when the kiosk asks (main.cpp: at the
// first visit), and the engine is dropped when a visit ends. The engine lives on a thread of its
// own: making one reads every voice of speech-dispatcher (about a second with espeak-ng's
// 13 000 variants), which must not freeze the screen. Speech stops when the screen changes, the
// language changes or the visit ends. Nothing it reads is logged.
#pragma once

#include "config/kioskconfig.h"
#include "providedsingleton.h"
#include "speech/voicechooser.h"

#include <QObject>
#include <QQuickItem>
#include <QThread>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <vector>

namespace Mist {

class Preferences;
class SessionController;
class SpeechWorker;

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
    // Whether a speech engine exists or is being made (none before the first use, none after
    // a visit).
    [[nodiscard]] bool hasEngine() const { return m_engineWanted; }

    // Looks the machine's voices up once; voicesKnown() and available() follow. Later calls do
    // nothing.
    Q_INVOKABLE void discoverVoices();
    // The voices, given (tests without speech-dispatcher, or a caller that has them).
    void setVoices(std::vector<SpeechVoice> voices);

    // Speaks text in the session's language, instead of anything spoken before.
    Q_INVOKABLE void speak(const QString &text);
    Q_INVOKABLE void stop();
    // The "Read aloud" button: reads the screen (its heading, text, buttons), or stops when
    // speaking. Given the shell (objectName "shell"), reads what is on top of it
    // (ScreenText::shownIn): the idle warning, the browser or the current screen.
    Q_INVOKABLE void readScreen(QQuickItem *screen);
    // A long press on a tile or a list row: reads that item alone. False when it does not
    // (long_press is off, no voice for the language, nothing to read): the tile then acts on
    // the press as on a click.
    Q_INVOKABLE bool readItem(QQuickItem *item);
    // The shell moved to another screen: what was being read no longer is there.
    Q_INVOKABLE void screenChanged() { stop(); }

Q_SIGNALS:
    void availableChanged();
    void speakingChanged();

private:
    friend class SpeechWorker;
    void setSpeaking(bool speaking);
    void engineReported(bool speaking);
    void startWorker();
    void dropEngine();
    void languageChanged();

    Preferences *m_preferences = nullptr;
    KioskConfig::Speech m_settings;
    std::vector<SpeechVoice> m_voices;
    bool m_voicesKnown = false;
    bool m_discovering = false;
    bool m_engineWanted = false;
    bool m_speaking = false;
    QThread m_thread; // runs the worker once needed
    SpeechWorker *m_worker = nullptr; // lives in m_thread
};

} // namespace Mist
