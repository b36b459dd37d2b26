// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Text normalisation for the directory search. Citizens type on a touch keyboard in Ukrainian or
// in Latin letters, in any case, with any of the apostrophes, and in whatever transliteration they
// learnt; these pure functions turn both what they type and what the directory says into keys
// that compare equal when a person would say "that is the same word".
//
// The pipeline for one word:
//   fold()          "М’ЯСО"  -> "мясо"      case folding, apostrophes and marks dropped
//   transliterate() "мясо"   -> "miaso"     national transliteration (KMU No. 55, 2010)
//   wordKey()       "miaso"  -> "mIaso"     a loose Latin skeleton: sounds that the usual
//                                           spellings write differently get one symbol
// Cyrillic goes through the official transliteration before it is reduced to a key, so Cyrillic
// text and its KMU-55 spelling always get the same key by construction; the skeleton rules then
// make the other common spellings (BGN, scholarly, ISO 9, Russian-style) land there too.
//
// Key alphabet: lowercase Latin letters for plain sounds and these symbols, one per sound:
//   C  ц  (ts, c, tz; also т+с, which KMU writes "ts" as well)
//   S  ш  (sh, š)             Q  ч  (ch, č)             Z  ж  (zh, ž)
//   X  х  (kh, x)             g  г ґ (h, g, gh)         I  и і ї й and iotation (i, y, j, ï, ì)
//   v  в  (v, w)              щ is S followed by Q (shch, šč, sch, ŝ)
// Soft sign and apostrophes disappear; runs of the same symbol collapse to one ("Hanna" = "Hana").
// Known trade-offs, all in favour of finding rather than discriminating:
//   - и, і, ї and й are one symbol, so дім/дим or кит/кіт collide; "Mirnograd" finds Мирноград.
//   - г and ґ are one symbol, and Latin "h" means г: Russian-style "h" for х ("Harkiv") does not
//     find Харків, and the scholarly "ch" for х reads as ч.
//   - є at the start of a word is "Ie"; a bare "e" ("Evropa") does not find Європа.
//   - a soft sign typed as "j" or "'" before a consonant ("Lucjk") does not match.
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace Mist::SearchNormalizer {

// Case-folded text (Ґ Є І Ї included), NFC, with apostrophes (' ’ ʼ ` ‘ ´ ʹ ′) and combining marks
// such as stress accents removed: an apostrophe joins the word it stands in ("м'ясо" -> "мясо").
// Every other character that is neither a letter nor a digit separates words; the result has
// single spaces between words and none at either end.
[[nodiscard]] QString fold(QStringView text);

// The words of fold(text), in order; empty for text without letters or digits.
[[nodiscard]] QStringList words(QStringView text);

// Ukrainian Cyrillic in the national transliteration (Cabinet of Ministers resolution No. 55,
// 2010): Є Ї Й Ю Я are Ye Yi Y Yu Ya at the start of a word and ie i i iu ia elsewhere, зг is zgh,
// soft sign and apostrophes are dropped. Capitals stay capitals ("Щ" -> "Shch", "ЦНАП" ->
// "TSNAP"). The Russian letters ы э ё ъ get their common forms; everything else passes through.
[[nodiscard]] QString transliterate(QStringView text);

// The loose Latin key of one word as returned by words() (already folded). Empty when the word
// has nothing to compare, such as a lone soft sign.
[[nodiscard]] QString wordKey(QStringView foldedWord);

// The keys of every word of text, each separated by one space: latinKey("Луцьк, Lutsk") is
// "luCk luCk".
[[nodiscard]] QString latinKey(QStringView text);

// The keys a word that is still being typed may grow into: wordKey() itself, plus the key with the
// last letter read as the start of a two-letter sound. While "Lutsk" is typed, "lut" must already
// find Луцьк ("luCk"), whose key does not start with "lut"; so "lut" also gives "luC". Likewise a
// trailing Latin s, c, z, k may become sh, ch, zh, kh, and a Cyrillic т may become тс.
// Empty when wordKey() is empty; never contains an empty key.
[[nodiscard]] QStringList wordKeyPrefixes(QStringView foldedWord);

} // namespace Mist::SearchNormalizer
