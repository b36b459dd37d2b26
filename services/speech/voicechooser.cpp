// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "voicechooser.h"

#include <QLocale>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

// Higher is better; 0 is never used.
int synthesizerRank(const QString &synthesizer)
{
    const QString module = synthesizer.toLower();
    if (module == "dummy"_L1)
        return 0;
    if (module.startsWith("rhvoice"_L1))
        return 3;
    if (module.startsWith("espeak"_L1))
        return 1;
    return 2; // festival, pico, voxin...: better than espeak-ng where they have the language
}

// The region whose voice a Ukrainian library would expect: Ukraine; for English, the British
// English taught in Ukrainian schools.
QString homeRegion(const QString &language)
{
    if (language == "uk"_L1)
        return u"UA"_s;
    if (language == "en"_L1)
        return u"GB"_s;
    return {};
}

QString region(const QString &locale)
{
    const QStringList parts = QString(locale).replace(u'-', u'_').split(u'_');
    return parts.size() > 1 ? parts.at(1).toUpper() : QString();
}

} // namespace

QString SpeechVoice::describe() const
{
    return u"%1 (%2, %3)"_s.arg(name, locale, synthesizer);
}

QString SpeechVoice::language() const
{
    return QString(locale).replace(u'-', u'_').section(u'_', 0, 0).toLower();
}

std::optional<SpeechVoice> VoiceChooser::choose(
    const std::vector<SpeechVoice> &voices, const QString &language, const QString &configuredVoice)
{
    const QString wanted = language.toLower();
    std::vector<const SpeechVoice *> candidates;
    for (const SpeechVoice &voice : voices) {
        if (voice.language() == wanted && synthesizerRank(voice.synthesizer) > 0)
            candidates.push_back(&voice);
    }
    if (candidates.empty())
        return std::nullopt;

    const QString configured = configuredVoice.trimmed();
    if (!configured.isEmpty()) {
        for (const SpeechVoice *voice : candidates) {
            if (voice->name.compare(configured, Qt::CaseInsensitive) == 0)
                return *voice;
        }
    }

    const QString home = homeRegion(wanted);
    // A key that sorts the best voice first.
    const auto key = [&home](const SpeechVoice *voice) {
        const QString voiceRegion = region(voice->locale);
        const int regionRank = voiceRegion == home ? 0 : (voiceRegion.isEmpty() ? 1 : 2);
        return std::make_tuple(-synthesizerRank(voice->synthesizer),
            voice->name.contains(u'+') ? 1 : 0, regionRank, voice->name.toLower(), voice->name);
    };
    const auto best = std::min_element(candidates.begin(), candidates.end(),
        [&key](const SpeechVoice *a, const SpeechVoice *b) { return key(a) < key(b); });
    return **best;
}

} // namespace Mist
