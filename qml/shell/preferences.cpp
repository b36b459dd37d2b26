// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "preferences.h"

#include "core/logging.h"
#include "session/sessioncontroller.h"

#include <QCoreApplication>

#include <QLocale>
#include <QQmlEngine>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Mist {

Preferences::Preferences(SessionController *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    if (session)
        connect(session, &SessionController::sessionEnded, this, &Preferences::reset);
    setLanguage(u"uk"_s);
}

void Preferences::setLanguage(const QString &language)
{
    const QString wanted = language == "en"_L1 ? u"en"_s : u"uk"_s;
    if (wanted == m_language)
        return;

    QCoreApplication::removeTranslator(&m_translator);
    // Translations are compiled into the binary (qt_add_translations, prefix /i18n).
    if (m_translator.load(u":/i18n/mist_"_s + wanted))
        QCoreApplication::installTranslator(&m_translator);
    else
        qCWarning(lcUi) << "no compiled translation for" << wanted;

    QLocale::setDefault(wanted == "en"_L1 ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                          : QLocale(QLocale::Ukrainian, QLocale::Ukraine));
    m_language = wanted;
    if (m_engine)
        m_engine->retranslate();
    Q_EMIT languageChanged();
}

QString Preferences::otherLanguageName() const
{
    // Each language is named in itself, so a visitor recognises their own.
    return m_language == "en"_L1 ? u"Українська"_s : u"English"_s;
}

void Preferences::setDefaults(int textSizePercent, bool englishOffered)
{
    const qreal scale = textSizePercent / 100.0;
    const bool known
        = std::find(std::begin(textScales), std::end(textScales), scale) != std::end(textScales);
    m_defaultScale = known ? scale : textScales[0];
    if (englishOffered != m_englishOffered) {
        m_englishOffered = englishOffered;
        Q_EMIT defaultsChanged();
    }
    if (!m_session || !m_session->isActive())
        reset();
}

void Preferences::toggleLanguage()
{
    if (!m_englishOffered && m_language == "uk"_L1)
        return;
    setLanguage(m_language == "en"_L1 ? u"uk"_s : u"en"_s);
}

void Preferences::cycleTextScale()
{
    const auto *begin = std::begin(textScales);
    const auto *end = std::end(textScales);
    const auto *current = std::find(begin, end, m_textScale);
    const auto *next = (current == end || current + 1 == end) ? begin : current + 1;
    setTextScale(*next);
}

void Preferences::reset()
{
    setLanguage(u"uk"_s);
    setTextScale(m_defaultScale);
    setHighContrast(false);
    setReducedMotion(false);
}

void Preferences::setReducedMotion(bool on)
{
    if (on == m_reducedMotion)
        return;
    m_reducedMotion = on;
    Q_EMIT reducedMotionChanged();
}

void Preferences::setHighContrast(bool on)
{
    if (on == m_highContrast)
        return;
    m_highContrast = on;
    Q_EMIT highContrastChanged();
}

void Preferences::setTextScale(qreal scale)
{
    if (std::find_if(std::begin(textScales), std::end(textScales),
            [scale](qreal known) { return qFuzzyCompare(known, scale); })
        == std::end(textScales)) {
        qCWarning(lcUi) << "unknown text scale" << scale << "ignored";
        return;
    }
    if (qFuzzyCompare(scale, m_textScale))
        return;
    m_textScale = scale;
    Q_EMIT textScaleChanged();
}

} // namespace Mist
