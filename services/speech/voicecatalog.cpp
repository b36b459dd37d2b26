// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "voicecatalog.h"

#include <QDataStream>
#include <QIODevice>
#include <QLocale>
#include <QTextToSpeech>

using namespace Qt::StringLiterals;

namespace Mist {

SpeechVoice VoiceCatalog::describe(const QVoice &voice, const QString &engineName)
{
    // QVoice keeps the speech-dispatcher module in its private data; its QDataStream form is
    // the one public way to it (name, locale, gender, age, data).
    QByteArray bytes;
    {
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out << voice;
    }
    QDataStream in(bytes);
    QString name;
    QLocale locale;
    int gender = 0;
    int age = 0;
    QVariant data;
    in >> name >> locale >> gender >> age >> data;
    QString module;
    if (in.status() == QDataStream::Ok
        && (data.typeId() == QMetaType::QByteArray || data.typeId() == QMetaType::QString))
        module = QString::fromUtf8(data.toByteArray());
    return {voice.name(), voice.locale().name(), module.isEmpty() ? engineName : module};
}

std::vector<SpeechVoice> VoiceCatalog::voices(QTextToSpeech &engine, const QStringList &languages)
{
    std::vector<SpeechVoice> found;
    const QString engineName = engine.engine();
    for (const QLocale &locale : engine.availableLocales()) {
        const QString language = locale.name().section(u'_', 0, 0);
        if (!languages.isEmpty() && !languages.contains(language))
            continue;
        engine.setLocale(locale);
        if (engine.locale() != locale)
            continue;
        for (const QVoice &voice : engine.availableVoices()) {
            SpeechVoice described = describe(voice, engineName);
            if (std::find(found.begin(), found.end(), described) == found.end())
                found.push_back(std::move(described));
        }
    }
    return found;
}

std::optional<QVoice> VoiceCatalog::find(QTextToSpeech &engine, const SpeechVoice &voice)
{
    const QLocale locale(voice.locale);
    if (engine.locale() != locale)
        engine.setLocale(locale);
    const QString engineName = engine.engine();
    for (const QVoice &candidate : engine.availableVoices()) {
        if (describe(candidate, engineName) == voice)
            return candidate;
    }
    return std::nullopt;
}

VoiceCatalog::Report VoiceCatalog::probe()
{
    Report report;
    if (QTextToSpeech::availableEngines().isEmpty()) {
        report.error = u"no Qt TextToSpeech engine is installed (qt6-speech-speechd-plugin)"_s;
        return report;
    }
    QTextToSpeech engine;
    report.engine = engine.engine();
    if (engine.state() == QTextToSpeech::Error)
        report.error = engine.errorString();
    report.voices = voices(engine, {u"uk"_s, u"en"_s});
    return report;
}

} // namespace Mist
