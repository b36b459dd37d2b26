// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Which voice read-aloud speaks with, from the voices a machine has and the session's language.
// Pure logic over plain values, so it is tested without a speech engine (voicecatalog.h reads
// the real voices).
#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace Mist {

// One voice as speech-dispatcher reports it through Qt TextToSpeech.
struct SpeechVoice
{
    QString name; // "Natalia", "Ukrainian", "Ukrainian+Annie", "English (Great Britain)"
    QString locale; // BCP 47 or Qt's form: "uk", "uk_UA", "en-GB"
    QString synthesizer; // speech-dispatcher's output module: "rhvoice", "espeak-ng", ...

    // "Natalia (uk_UA, rhvoice)", for mistctl, the log and the tests.
    [[nodiscard]] QString describe() const;
    // The two-letter language of locale ("uk", "en"), lower case.
    [[nodiscard]] QString language() const;

    friend bool operator==(const SpeechVoice &, const SpeechVoice &) = default;
};

class VoiceChooser
{
public:
    // The best voice for language ("uk" or "en") among voices, or none.
    // - The configured voice ([speech] voice, matched by name, case-insensitively) wins when the
    //   machine has it and it speaks that language: a Ukrainian voice never reads English.
    // - Otherwise RHVoice (natural voices, where a library installed them) before any other
    //   synthesizer, and espeak-ng (robotic, always there) last; speech-dispatcher's "dummy"
    //   module, which only says that nothing is set up, never.
    // - Among equals: a plain voice before espeak-ng's variants ("Ukrainian+Annie"), the
    //   language's home region (uk-UA, en-GB) before others, then by name, so the choice is the
    //   same on every run.
    [[nodiscard]] static std::optional<SpeechVoice> choose(const std::vector<SpeechVoice> &voices,
        const QString &language, const QString &configuredVoice = {});
};

} // namespace Mist
