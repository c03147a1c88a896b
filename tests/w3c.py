"""The W3C Web Annotation test suite's schemas, run as its own runner (JSONtest.js) does.

Every definitions/*.json is registered under its id; each assertion listed by a ``.test``
manifest is a draft-04 schema with an ``expectedResult``; a ``must`` assertion whose result
differs from the expected one is a failure.
"""

from __future__ import annotations

import json
from functools import cache

from tests.conftest import PEER, peer_file

SCHEMAS = PEER / "web-annotation-schemas"


@cache
def _registry():
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT4

    resources = []
    for file in sorted((SCHEMAS / "definitions").glob("*.json")):
        schema = json.loads(file.read_text(encoding="utf-8"))
        resources.append((schema["id"], Resource(contents=schema, specification=DRAFT4)))
    return Registry().with_resources(resources)


def _entries(manifest: str) -> list[str]:
    data = json.loads((SCHEMAS / manifest).read_text(encoding="utf-8"))
    names: list[str] = []
    for entry in data["assertions"]:
        if isinstance(entry, str):
            names.append(entry)
        else:
            names.extend(entry["assertions"])
    return names


def must_failures(document: dict, manifest: str = "annotations/annotationMusts.test") -> list:
    """The titles of the ``must`` assertions of ``manifest`` that ``document`` fails."""
    from jsonschema import Draft4Validator

    peer_file(f"web-annotation-schemas/{manifest}")  # skips when ../shared is missing
    failures = []
    checked = 0
    for name in _entries(manifest):
        schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
        if schema.get("assertionType", "must") != "must":
            continue
        checked += 1
        valid = Draft4Validator(schema, registry=_registry()).is_valid(document)
        if valid != (schema.get("expectedResult", "valid") == "valid"):
            failures.append(schema.get("title", name))
    assert checked, f"{manifest} names no must assertion: nothing would be checked"
    return failures


def available() -> bool:
    return (SCHEMAS / "annotations" / "annotationMusts.test").is_file()
