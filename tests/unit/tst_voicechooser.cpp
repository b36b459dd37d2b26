// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Which voice read-aloud picks, from voice lists as speech-dispatcher reports them: espeak-ng
// alone (every kiosk), with RHVoice (a library that installed it), with a configured voice, and
// with nothing usable.

#include "speech/voicechooser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Mist::SpeechVoice;
using Mist::VoiceChooser;

namespace {

// What a Debian 12 kiosk with speech-dispatcher-espeak-ng reports for uk and en (a sample of
// its variants: the real list has about seventy a language).
std::vector<SpeechVoice> espeak()
{
    return {
        {u"Ukrainian+Annie"_s, u"uk_UA"_s, u"espeak-ng"_s},
        {u"Ukrainian"_s, u"uk_UA"_s, u"espeak-ng"_s},
        {u"Ukrainian+Adam"_s, u"uk_UA"_s, u"espeak-ng"_s},
        {u"English (America)"_s, u"en_US"_s, u"espeak-ng"_s},
        {u"English (Great Britain)"_s, u"en_GB"_s, u"espeak-ng"_s},
        {u"English (Great Britain)+Adam"_s, u"en_GB"_s, u"espeak-ng"_s},
        {u"English (Caribbean)"_s, u"en_029"_s, u"espeak-ng"_s},
        {u"Russian"_s, u"ru_RU"_s, u"espeak-ng"_s},
    };
}

// RHVoice's module as speech-dispatcher names it, with its Ukrainian and English voices.
std::vector<SpeechVoice> withRhvoice()
{
    std::vector<SpeechVoice> voices = espeak();
    voices.push_back({u"Natalia"_s, u"uk"_s, u"rhvoice"_s});
    voices.push_back({u"Anatol"_s, u"uk"_s, u"rhvoice"_s});
    voices.push_back({u"Marianna"_s, u"uk"_s, u"rhvoice"_s});
    voices.push_back({u"Slt"_s, u"en-US"_s, u"rhvoice"_s});
    return voices;
}

} // namespace

class TestVoiceChooser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void espeakAloneGivesItsPlainVoice()
    {
        const auto uk = VoiceChooser::choose(espeak(), u"uk"_s);
        QVERIFY(uk);
        QCOMPARE(uk->name, u"Ukrainian"_s);
        QCOMPARE(uk->synthesizer, u"espeak-ng"_s);
        const auto en = VoiceChooser::choose(espeak(), u"en"_s);
        QVERIFY(en);
        QCOMPARE(en->name, u"English (Great Britain)"_s); // the home region, not a variant
    }

    void rhvoiceComesBeforeEspeak()
    {
        const auto uk = VoiceChooser::choose(withRhvoice(), u"uk"_s);
        QVERIFY(uk);
        QCOMPARE(uk->synthesizer, u"rhvoice"_s);
        QCOMPARE(uk->name, u"Anatol"_s); // by name among RHVoice's: the same on every run
        const auto en = VoiceChooser::choose(withRhvoice(), u"en"_s);
        QVERIFY(en);
        QCOMPARE(en->name, u"Slt"_s); // RHVoice's English before espeak-ng's home-region one
    }

    void theConfiguredVoiceWinsWhenItSpeaksTheLanguage()
    {
        const auto uk = VoiceChooser::choose(withRhvoice(), u"uk"_s, u"natalia"_s);
        QVERIFY(uk);
        QCOMPARE(uk->name, u"Natalia"_s);
        // Even a worse synthesizer, when the library chose it.
        QCOMPARE(VoiceChooser::choose(withRhvoice(), u"uk"_s, u"Ukrainian+Adam"_s)->name,
            u"Ukrainian+Adam"_s);
        // A Ukrainian voice never reads English: the English choice is the usual one.
        QCOMPARE(VoiceChooser::choose(withRhvoice(), u"en"_s, u"Natalia"_s)->name, u"Slt"_s);
        // A voice the machine does not have: the best there is.
        QCOMPARE(VoiceChooser::choose(withRhvoice(), u"uk"_s, u"Volodymyr"_s)->name, u"Anatol"_s);
    }

    void noVoiceForTheLanguageIsNone()
    {
        QVERIFY(!VoiceChooser::choose({}, u"uk"_s));
        const std::vector<SpeechVoice> englishOnly {{u"Slt"_s, u"en_US"_s, u"rhvoice"_s}};
        QVERIFY(!VoiceChooser::choose(englishOnly, u"uk"_s));
        QVERIFY(VoiceChooser::choose(englishOnly, u"en"_s));
        // Russian is not Ukrainian, whatever the script.
        const std::vector<SpeechVoice> russian {{u"Russian"_s, u"ru_RU"_s, u"espeak-ng"_s}};
        QVERIFY(!VoiceChooser::choose(russian, u"uk"_s));
    }

    void theDummyModuleIsNeverAVoice()
    {
        // speech-dispatcher's "dummy" module only plays a recording saying nothing is set up.
        const std::vector<SpeechVoice> dummy {{u"dummy"_s, u"uk"_s, u"dummy"_s}};
        QVERIFY(!VoiceChooser::choose(dummy, u"uk"_s));
        QVERIFY(!VoiceChooser::choose(dummy, u"uk"_s, u"dummy"_s));
    }

    void localeForms()
    {
        QCOMPARE((SpeechVoice {u"a"_s, u"uk_UA"_s, {}}).language(), u"uk"_s);
        QCOMPARE((SpeechVoice {u"a"_s, u"en-GB"_s, {}}).language(), u"en"_s);
        QCOMPARE((SpeechVoice {u"a"_s, u"UK"_s, {}}).language(), u"uk"_s);
        QCOMPARE((SpeechVoice {u"Natalia"_s, u"uk"_s, u"rhvoice"_s}).describe(),
            u"Natalia (uk, rhvoice)"_s);
    }
};

QTEST_GUILESS_MAIN(TestVoiceChooser)
#include "tst_voicechooser.moc"
