#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mist contributors
"""Validates course folders against services/course/schema/course-format-v1.json: every
course.json, modules/*/module.json and lesson file. Checks the bundled course
(services/course/bundled, if it has a course.json) and the test fixtures, and that the fixture's
broken lesson is refused.

Usage: check_schema.py REPO_ROOT. Exit 0: all good; 1: a file breaks the schema; 77:
python3-jsonschema is not installed (CTest reports the test as skipped).
"""
import json
import sys
from pathlib import Path

try:
    from jsonschema import Draft202012Validator
except ImportError:
    print("python3-jsonschema is not installed; skipping")
    sys.exit(77)

root = Path(sys.argv[1])
schema = json.loads((root / "services/course/schema/course-format-v1.json").read_text())
Draft202012Validator.check_schema(schema)


def validator(kind):
    return Draft202012Validator(dict(schema, **{"$ref": f"#/$defs/{kind}"}))


validators = {kind: validator(kind) for kind in ("course", "module", "lesson")}
failures = 0


def check(path, kind, expect_valid=True):
    global failures
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as error:
        if expect_valid:
            print(f"{path.relative_to(root)}: not valid JSON: {error}")
            failures += 1
        return
    errors = list(validators[kind].iter_errors(document))
    if expect_valid:
        for error in errors:
            print(f"{path.relative_to(root)}: {'/'.join(map(str, error.path))}: {error.message}")
        failures += len(errors)
    elif not errors:
        print(f"{path.relative_to(root)}: should break the schema but does not")
        failures += 1


def check_folder(folder, broken=()):
    if not (folder / "course.json").exists():
        print(f"{folder.relative_to(root)}: no course.json, nothing to check")
        return 0
    check(folder / "course.json", "course")
    count = 0
    for module_file in sorted(folder.glob("modules/*/module.json")):
        check(module_file, "module")
        for lesson_file in sorted(module_file.parent.glob("*.json")):
            if lesson_file.name == "module.json":
                continue
            check(lesson_file, "lesson", lesson_file.name not in broken)
            count += 1
    print(f"{folder.relative_to(root)}: {count} lessons checked")
    return count


check_folder(root / "services/course/bundled")
check_folder(root / "tests/data/course/bundled", broken={"broken-lesson.json"})
check_folder(root / "tests/data/course/regional")
for module_file in sorted((root / "tests/data/course/library").glob("modules/*/module.json")):
    check(module_file, "module")
    for lesson_file in module_file.parent.glob("*.json"):
        if lesson_file.name != "module.json":
            check(lesson_file, "lesson")
sys.exit(1 if failures else 0)
