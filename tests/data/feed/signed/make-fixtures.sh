#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mist contributors
# Regenerates the signed fixtures used by tests/app/tst_feedverify.cpp, with a fresh key pair each
# time (the secret keys are thrown away; only the public keys and signatures are kept).
# Needs the Debian package minisign. Run from anywhere: sh tests/data/feed/signed/make-fixtures.sh
set -eu
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

minisign -G -W -p test.pub -s "$work/test.key" -f >/dev/null </dev/null
minisign -G -W -p other.pub -s "$work/other.key" -f >/dev/null </dev/null

sign() { # sign FILE "trusted comment"
    minisign -S -s "$work/test.key" -m "$1" -x "$1.minisig" -t "$2" >/dev/null </dev/null
}

# feed.json: valid until 2099, with one entry a kiosk drops (an http:// address).
sign feed.json "mist-feed version=3 expires=2099-01-01T00:00:00Z"

# tampered.json: feed.json with one word changed after signing, and feed.json's signature.
sed 's/Перевірений портал/Підмінений портал/' feed.json >tampered.json
cp feed.json.minisig tampered.json.minisig

# expired.json: signed, but it expired in 2020.
sign expired.json "mist-feed version=2 expires=2020-01-01T00:00:00Z"

# mismatch.json: the trusted comment names another version than the file.
sign mismatch.json "mist-feed version=9 expires=2099-01-01T00:00:00Z"

# legacy.json: minisign's legacy format (-l): the signature is over the file itself.
minisign -S -l -s "$work/test.key" -m legacy.json -x legacy.json.minisig \
    -t "mist-feed version=3 expires=2099-01-01T00:00:00Z" >/dev/null </dev/null

# unsigned.json has no .minisig at all.
