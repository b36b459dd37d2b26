// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "searchnormalizer.h"

#include <algorithm>
#include <optional>

namespace Mist::SearchNormalizer {

namespace {

// All the characters people and documents use for the Ukrainian apostrophe: ' ’ ʼ, and what a
// keyboard or a word processor gives instead (` ‘ ´ ʹ ′). ISO 9 writes the soft sign as ʹ, which
// also has to disappear.
bool isApostrophe(char16_t c)
{
    switch (c) {
    case u'\'':
    case u'`':
    case u'\u00B4':
    case u'\u02B9':
    case u'\u02BC':
    case u'\u2018':
    case u'\u2019':
    case u'\u2032':
        return true;
    default:
        return false;
    }
}

// The KMU-55 spelling of one lowercase Cyrillic letter; nullopt when c is not one we know.
// wordStart: no letter before it in the word. afterZ: the letter before is з (зг is "zgh", so that
// it does not read as ж).
std::optional<QStringView> kmuLetter(char16_t c, bool wordStart, bool afterZ)
{
    switch (c) {
    case u'а':
        return u"a";
    case u'б':
        return u"b";
    case u'в':
        return u"v";
    case u'г':
        return afterZ ? u"gh" : u"h";
    case u'ґ':
        return u"g";
    case u'д':
        return u"d";
    case u'е':
        return u"e";
    case u'є':
        return wordStart ? u"ye" : u"ie";
    case u'ж':
        return u"zh";
    case u'з':
        return u"z";
    case u'и':
        return u"y";
    case u'і':
        return u"i";
    case u'ї':
        return wordStart ? u"yi" : u"i";
    case u'й':
        return wordStart ? u"y" : u"i";
    case u'к':
        return u"k";
    case u'л':
        return u"l";
    case u'м':
        return u"m";
    case u'н':
        return u"n";
    case u'о':
        return u"o";
    case u'п':
        return u"p";
    case u'р':
        return u"r";
    case u'с':
        return u"s";
    case u'т':
        return u"t";
    case u'у':
        return u"u";
    case u'ф':
        return u"f";
    case u'х':
        return u"kh";
    case u'ц':
        return u"ts";
    case u'ч':
        return u"ch";
    case u'ш':
        return u"sh";
    case u'щ':
        return u"shch";
    case u'ь':
        return u"";
    case u'ю':
        return wordStart ? u"yu" : u"iu";
    case u'я':
        return wordStart ? u"ya" : u"ia";
    // Not Ukrainian letters, but a Russian keyboard layout produces them; a search that finds
    // nothing helps nobody.
    case u'ы':
        return u"y";
    case u'э':
        return u"e";
    case u'ё':
        return wordStart ? u"yo" : u"io";
    case u'ъ':
        return u"";
    default:
        return std::nullopt;
    }
}

// Scholarly and ISO 9 letters with diacritics, spelt the way the skeleton reads them. Other
// accented Latin letters lose their accent (é -> e) in looseLatin().
std::optional<QStringView> diacriticLetter(char16_t c)
{
    switch (c) {
    case u'š':
        return u"sh";
    case u'č':
        return u"ch";
    case u'ž':
        return u"zh";
    case u'ŝ':
        return u"shch"; // ISO 9 щ
    case u'ê':
        return u"ye"; // ISO 9 є
    case u'ï':
        return u"yi";
    case u'â':
        return u"ya"; // ISO 9 я
    case u'û':
        return u"yu"; // ISO 9 ю
    case u'ì':
        return u"i"; // ISO 9 і
    case u'ĭ':
        return u"y";
    case u'ǵ':
        return u"g";
    case u'ł': // Polish spellings of Ukrainian places: Łuck, Łuhańsk
        return u"l";
    default:
        return std::nullopt;
    }
}

bool isUpperLetter(QChar c)
{
    return c.isLetter() && c.isUpper();
}

// The word in plain lowercase Latin letters: Cyrillic through KMU-55, Latin diacritics spelt out
// or dropped. Characters of other scripts and digits pass through.
QString looseLatin(QStringView foldedWord)
{
    const QString kmu = transliterate(foldedWord);
    QString out;
    out.reserve(kmu.size() + 4);
    for (const QChar c : kmu) {
        if (c.unicode() < 0x80) {
            out.append(c.toLower());
            continue;
        }
        const QChar lower = c.toLower();
        if (const auto spelt = diacriticLetter(lower.unicode())) {
            out.append(*spelt);
            continue;
        }
        const QString parts = lower.decomposition();
        if (!parts.isEmpty() && parts.front().unicode() < 0x80 && parts.front().isLetter())
            out.append(parts.front());
        else
            out.append(lower);
    }
    return out;
}

// The skeleton of a looseLatin() word; see the key alphabet in the header.
QString skeleton(QStringView latin)
{
    QString key;
    key.reserve(latin.size());
    // Runs of one letter or symbol collapse ("nn" = "n", "ii" = "i"); digits do not, or 1100
    // would read as 10.
    const auto put = [&key](char16_t s) {
        const bool isAsciiLetter = (s >= u'a' && s <= u'z') || (s >= u'A' && s <= u'Z');
        if (isAsciiLetter && !key.isEmpty() && key.back().unicode() == s)
            return;
        key.append(QChar(s));
    };
    const qsizetype n = latin.size();
    const auto at
        = [&latin, n](qsizetype i) -> char16_t { return i < n ? latin[i].unicode() : char16_t(0); };
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = at(i);
        const char16_t next = at(i + 1);
        switch (c) {
        case u's':
            if (next == u'h') {
                put(u'S');
                ++i;
            } else if (next == u'c' && at(i + 2) == u'h') {
                put(u'S'); // German-style "sch" for щ: the "ch" that follows adds the Q.
            } else {
                put(u's');
            }
            break;
        case u'c':
            if (next == u'h') {
                put(u'Q');
                ++i;
            } else {
                put(u'C');
            }
            break;
        case u'z':
            if (next == u'h') {
                put(u'Z');
                ++i;
            } else {
                put(u'z');
            }
            break;
        case u'k':
            if (next == u'h') {
                put(u'X');
                ++i;
            } else {
                put(u'k');
            }
            break;
        case u'g':
            if (next == u'h') // KMU "zgh": the h only keeps z and h apart.
                ++i;
            put(u'g');
            break;
        case u'h':
            put(u'g');
            break;
        case u't':
            if (next == u's' || next == u'z') {
                put(u'C');
                ++i;
            } else {
                put(u't');
            }
            break;
        case u'i':
        case u'y':
        case u'j':
            put(u'I');
            break;
        case u'w':
            put(u'v');
            break;
        case u'q':
            put(u'k');
            break;
        case u'x':
            put(u'X'); // х and the Latin x look alike on a keyboard; people swap them.
            break;
        default:
            put(c);
        }
    }
    return key;
}

} // namespace

QString fold(QStringView text)
{
    QString folded = text.toString();
    // Only combining marks change under NFC (a decomposed й is и + U+0306); most text has none,
    // and normalizing costs more than folding.
    if (std::any_of(folded.cbegin(), folded.cend(),
            [](QChar c) { return c.unicode() >= 0x300 && c.isMark(); }))
        folded = folded.normalized(QString::NormalizationForm_C);
    folded = std::move(folded).toCaseFolded();
    QString out;
    out.reserve(folded.size());
    bool gap = false;
    for (const QChar c : folded) {
        // An apostrophe belongs to its word, and a stress accent to its letter.
        if (isApostrophe(c.unicode()) || c.isMark())
            continue;
        if (c.isLetterOrNumber() || c.isSurrogate()) {
            if (gap && !out.isEmpty())
                out.append(u' ');
            gap = false;
            out.append(c);
        } else {
            gap = true;
        }
    }
    return out;
}

QStringList words(QStringView text)
{
    return fold(text).split(u' ', Qt::SkipEmptyParts);
}

QString transliterate(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 4);
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (isApostrophe(c.unicode()))
            continue;
        // A word starts where no letter comes before, apostrophes aside: "м'ясо" has я inside the
        // word, "'Яблуко'" in quotes starts with it.
        qsizetype before = i - 1;
        while (before >= 0 && isApostrophe(text[before].unicode()))
            --before;
        const bool wordStart = before < 0 || !text[before].isLetter();
        const bool afterZ = i > 0 && text[i - 1].toLower() == u'з';
        const auto latin = kmuLetter(c.toLower().unicode(), wordStart, afterZ);
        if (!latin) {
            out.append(c);
            continue;
        }
        if (latin->isEmpty())
            continue;
        if (!c.isUpper()) {
            out.append(*latin);
            continue;
        }
        // A capital in a word of capitals stays all capitals ("ЦНАП" -> "TSNAP"); otherwise only
        // the first Latin letter is a capital ("Щ" -> "Shch").
        const QChar prev = i > 0 ? text[i - 1] : QChar();
        const QChar next = i + 1 < n ? text[i + 1] : QChar();
        const bool allCaps = isUpperLetter(next) || (!next.isLetter() && isUpperLetter(prev));
        if (allCaps) {
            out.append(latin->toString().toUpper());
        } else {
            out.append(latin->front().toUpper());
            out.append(latin->sliced(1));
        }
    }
    return out;
}

QString wordKey(QStringView foldedWord)
{
    return skeleton(looseLatin(foldedWord));
}

QString latinKey(QStringView text)
{
    QStringList keys;
    for (const QString &word : words(text)) {
        QString key = wordKey(word);
        if (!key.isEmpty())
            keys.append(std::move(key));
    }
    return keys.join(u' ');
}

QStringList wordKeyPrefixes(QStringView foldedWord)
{
    const QString latin = looseLatin(foldedWord);
    QString base = skeleton(latin);
    if (base.isEmpty())
        return {};
    // Only the letters that start a two-letter sound need a second reading. For Cyrillic that is
    // т (тс is "ts" = ц); с, з, к are whole letters there, so typing "с" must not also find ш.
    const QChar typed = foldedWord.back();
    QString grown;
    if (typed == u't' || typed == u'т')
        grown = skeleton(QString(latin + u's'));
    else if (typed == u's' || typed == u'c' || typed == u'z' || typed == u'k')
        grown = skeleton(QString(latin + u'h'));
    QStringList keys {base};
    if (!grown.isEmpty() && !grown.startsWith(base))
        keys.append(std::move(grown));
    return keys;
}

} // namespace Mist::SearchNormalizer
