#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mist contributors
# Every Text and Label in qml/ draws plain text (issue 13, hole 3): each such object sets
# `textFormat: Text.PlainText` (or Label.PlainText) itself, at its own level. Text.AutoText, the
# default, draws anything that looks like HTML as rich text, fetching its <img> sources.
# Usage: check_plaintext.py <source dir>; prints each offender, exits 1 if there is one.
import pathlib
import re
import sys

OPENING = re.compile(r'(?<![\w.])(Text|Label)\s*\{')
PLAIN = re.compile(r'^\s*textFormat\s*:\s*(Text|Label)\.PlainText\s*(;|$)', re.M)


def strip(source):
    """Blanks out comments and string contents, keeping offsets and line numbers."""
    out = []
    i, n = 0, len(source)
    while i < n:
        c = source[i]
        if source.startswith('//', i):
            j = source.find('\n', i)
            j = n if j < 0 else j
            out.append(' ' * (j - i))
            i = j
        elif source.startswith('/*', i):
            j = source.find('*/', i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r'[^\n]', ' ', source[i:j]))
            i = j
        elif c in '"\'`':
            j = i + 1
            while j < n and source[j] != c:
                j += 2 if source[j] == '\\' else 1
            out.append(c + re.sub(r'[^\n]', ' ', source[i + 1:j]) + c)
            i = j + 1
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def own_level(block):
    """The text of a {...} block without its nested blocks."""
    depth, kept = 0, []
    for c in block:
        if c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
        elif depth == 0:
            kept.append(c)
    return ''.join(kept)


def offenders(path):
    code = strip(path.read_text(encoding='utf-8'))
    for match in OPENING.finditer(code):
        start = match.end()
        depth, end = 1, start
        while end < len(code) and depth:
            depth += {'{': 1, '}': -1}.get(code[end], 0)
            end += 1
        if not PLAIN.search(own_level(code[start:end - 1])):
            yield code.count('\n', 0, match.start()) + 1, match.group(1)


def main():
    root = pathlib.Path(sys.argv[1]) / 'qml'
    bad = 0
    for path in sorted(root.rglob('*.qml')):
        for line, kind in offenders(path):
            print(f'{path.relative_to(root.parent)}:{line}: {kind} without textFormat: Text.PlainText')
            bad += 1
    print(f'{bad} Text/Label without plain text' if bad else 'every Text and Label is plain text')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
