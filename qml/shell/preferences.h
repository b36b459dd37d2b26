// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// What a citizen may change for their own session: the language, the text size, the contrast and
// less motion. All go back to their defaults (Ukrainian, 100 %, normal, motion) when it ends.
#pragma once

#include "providedsingleton.h"

#include <QObject>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;

namespace Mist {

class SessionController;

class Preferences
    : public QObject
    , public ProvidedSingleton<Preferences>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // "uk" or "en".
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // The other language's own name ("English" / "Українська"), for the one-tap switch.
    Q_PROPERTY(QString otherLanguageName READ otherLanguageName NOTIFY languageChanged)
    // 1.0, 1.25 or 1.5: multiplies every font size in the Theme.
    Q_PROPERTY(qreal textScale READ textScale NOTIFY textScaleChanged)
    // White and yellow on black, for low vision; every colour of the Theme follows it.
    Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY highContrastChanged)
    // Less motion: no animations, screens change at once (Theme.reducedMotion).
    Q_PROPERTY(
        bool reducedMotion READ reducedMotion WRITE setReducedMotion NOTIFY reducedMotionChanged)
    // Whether citizens may switch to English (the library's setting display/languages).
    Q_PROPERTY(bool englishOffered READ englishOffered NOTIFY defaultsChanged)

public:
    // The end of session resets the preferences. session may be null.
    explicit Preferences(SessionController *session, QObject *parent = nullptr);

    // The engine to retranslate on every language change. Set once it exists; the Preferences
    // are made first so that they outlive the engine that uses them.
    void setEngine(QQmlEngine *engine) { m_engine = engine; }

    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString &language);
    [[nodiscard]] QString otherLanguageName() const;
    [[nodiscard]] qreal textScale() const { return m_textScale; }
    [[nodiscard]] bool highContrast() const { return m_highContrast; }
    void setHighContrast(bool on);
    [[nodiscard]] bool reducedMotion() const { return m_reducedMotion; }
    void setReducedMotion(bool on);

    [[nodiscard]] bool englishOffered() const { return m_englishOffered; }
    // The library's choices (display/text_size, display/languages): the text size every visit
    // starts with, and whether English is offered. Applied now if no session runs, else at its end.
    void setDefaults(int textSizePercent, bool englishOffered);

    Q_INVOKABLE void toggleLanguage();
    // 100 % → 125 % → 150 % → 100 %.
    Q_INVOKABLE void cycleTextScale();
    Q_INVOKABLE void toggleHighContrast() { setHighContrast(!m_highContrast); }
    Q_INVOKABLE void toggleReducedMotion() { setReducedMotion(!m_reducedMotion); }
    // One of textScales (screenshots and layout checks); anything else is ignored.
    void setTextScale(qreal scale);
    // Back to Ukrainian at the library's text size (100 % unless set), normal contrast, motion.
    Q_INVOKABLE void reset();

    static constexpr qreal textScales[] = {1.0, 1.25, 1.5};

Q_SIGNALS:
    void languageChanged();
    void textScaleChanged();
    void highContrastChanged();
    void reducedMotionChanged();
    void defaultsChanged();

private:
    QQmlEngine *m_engine = nullptr;
    QTranslator m_translator;
    QString m_language;
    qreal m_textScale = 1.0;
    bool m_highContrast = false;
    bool m_reducedMotion = false;
    qreal m_defaultScale = 1.0;
    bool m_englishOffered = true;
    SessionController *m_session = nullptr;
};

} // namespace Mist
