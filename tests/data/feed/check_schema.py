#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mist contributors
"""Checks services/directory/schema/feed.schema.json against the feeds that must match it and the
entries that must not, so the schema and FeedParser tell admins the same thing.

Usage: check_schema.py REPO_ROOT. Exit 0: all good; 1: a mismatch; 77: python3-jsonschema is not
installed (CTest reports the test as skipped).
"""
import json
import sys
from pathlib import Path

try:
    from jsonschema import Draft202012Validator, FormatChecker
except ImportError:
    print("python3-jsonschema is not installed; skipping")
    sys.exit(77)

root = Path(sys.argv[1])
schema = json.loads((root / "services/directory/schema/feed.schema.json").read_text())
Draft202012Validator.check_schema(schema)
validator = Draft202012Validator(schema, format_checker=FormatChecker())
failures = 0

# Feeds that FeedParser accepts with no dropped entry must also be valid for the schema.
for name in [
    "services/directory/schema/feed.example.json",
    "services/directory/bundled/directory.json",
    "tests/data/feed/valid.json",
]:
    errors = list(validator.iter_errors(json.loads((root / name).read_text())))
    for error in errors:
        print(f"{name}: {'/'.join(map(str, error.path))}: {error.message}")
    failures += len(errors)

# Every entry FeedParser drops must break the schema too, except a duplicate id, which a JSON
# Schema cannot see.
bad = json.loads((root / "tests/data/feed/bad-entries.json").read_text())
seen = set()
for index, entry in enumerate(bad["entries"]):
    entry_id = entry.get("id") if isinstance(entry, dict) else None
    duplicate = entry_id in seen
    seen.add(entry_id)
    good = isinstance(entry_id, str) and entry_id.startswith("good-")
    single = dict(bad, entries=[entry])
    valid = not list(validator.iter_errors(single))
    if duplicate:
        continue
    if valid != good:
        print(f"bad-entries.json entry #{index} ({entry_id}): schema says "
              f"{'valid' if valid else 'invalid'}, FeedParser says {'valid' if good else 'drop'}")
        failures += 1

# Every fatal fixture that is JSON must break the schema.
for path in sorted((root / "tests/data/feed/fatal").glob("*.json")):
    try:
        document = json.loads(path.read_text())
    except ValueError:
        continue
    if not list(validator.iter_errors(document)):
        print(f"fatal/{path.name}: the schema accepts a feed that FeedParser refuses")
        failures += 1

print("feed schema: %s" % ("OK" if failures == 0 else f"{failures} problem(s)"))
sys.exit(1 if failures else 0)
