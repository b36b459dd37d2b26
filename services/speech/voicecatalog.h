// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The voices a machine has, read through Qt TextToSpeech (on Debian: speech-dispatcher, whose
// output modules are the synthesizers: espeak-ng, RHVoice...). Connecting to speech-dispatcher
// may start it, so only code that really needs voices makes an engine: read-aloud on first use,
// mistctl status, the speech tests.
#pragma once

#include "voicechooser.h"

#include <QStringList>
#include <QVoice>

#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QTextToSpeech;
QT_END_NAMESPACE

namespace Mist {

class VoiceCatalog
{
public:
    // The engine's voices for the given languages ("uk", "en"; empty: every language). Qt 6.4
    // lists the voices of one locale at a time, so this moves the engine through its locales:
    // set the voice to use afterwards.
    [[nodiscard]] static std::vector<SpeechVoice> voices(
        QTextToSpeech &engine, const QStringList &languages);

    // What the voice is, with the synthesizer (speech-dispatcher's module) it belongs to.
    [[nodiscard]] static SpeechVoice describe(const QVoice &voice, const QString &engineName);

    // The engine's QVoice for voice, for QTextToSpeech::setVoice; none if it has gone.
    [[nodiscard]] static std::optional<QVoice> find(
        QTextToSpeech &engine, const SpeechVoice &voice);

    // The voices of a fresh engine for uk and en, and the choice for each (mistctl status).
    struct Report
    {
        QString engine; // "speechd", or empty when there is no engine at all
        QString error; // why there are no voices, if the engine said
        std::vector<SpeechVoice> voices;
    };
    [[nodiscard]] static Report probe();
};

} // namespace Mist
