#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mist contributors
# Every animation in qml/ stops for a citizen who chose "Less motion" (issue 18): each Behavior,
# Animation, Transition and BusyIndicator mentions reducedMotion (Theme.reducedMotion or
# Preferences.reducedMotion) inside its own block, e.g. `enabled: !Theme.reducedMotion` on a
# Behavior, `running: busy && !Theme.reducedMotion` on a spinner. A StackView push or pop with
# a transition must say StackView.Immediate, or pick it from Theme.reducedMotion.
# Usage: check_motion.py <source dir>; prints each offender, exits 1 if there is one.
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from check_plaintext import strip  # noqa: E402  (same comment and string blanking)

OPENING = re.compile(
    r'(?<![\w.])(Behavior\s+on\s+[\w.]+|\w*Animation|Transition|BusyIndicator|AnimatedImage'
    r'|AnimatedSprite)\s*\{')
GATED = re.compile(r'\breducedMotion\b')
# push/pop/replace calls on a StackView: the last argument must be an explicit operation.
STACK_CALL = re.compile(r'\b(\w+)\.(push|pop|replace)\(')


def offenders(path):
    code = strip(path.read_text(encoding='utf-8'))
    for match in OPENING.finditer(code):
        start = match.end()
        depth, end = 1, start
        while end < len(code) and depth:
            depth += {'{': 1, '}': -1}.get(code[end], 0)
            end += 1
        if not GATED.search(code[start:end - 1]):
            yield code.count('\n', 0, match.start()) + 1, match.group(1).split()[0]
    for match in STACK_CALL.finditer(code):
        if 'stack' not in match.group(1).lower():
            continue
        depth, end = 1, match.end()
        while end < len(code) and depth:
            depth += {'(': 1, ')': -1}.get(code[end], 0)
            end += 1
        call = code[match.end():end - 1]
        if 'StackView.Immediate' not in call and not GATED.search(call):
            yield code.count('\n', 0, match.start()) + 1, match.group(1) + '.' + match.group(2)


def main():
    root = pathlib.Path(sys.argv[1]) / 'qml'
    bad = 0
    for path in sorted(root.rglob('*.qml')):
        for line, kind in offenders(path):
            print(f'{path.relative_to(root.parent)}:{line}: {kind} not gated on reducedMotion')
            bad += 1
    print(f'{bad} animations not gated on reducedMotion' if bad
          else 'every animation stops with reduced motion')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
