#!/usr/bin/env python3
"""Checks a CSL-JSON file against the rules of the CSL-JSON schema
(citation-style-language/schema, csl-data.json) that ream's items can
break: an array of objects, each with a string `id` and a `type` from
CSL 1.0.2's list; names as objects with only the name-part keys, each a
string; dates as {"date-parts": [[year, month?, day?]]} of integers; every
other field ream writes a string.  Prints each problem, exits 1 if any."""
import json
import sys

TYPES = set("""article article-journal article-magazine article-newspaper bill book broadcast chapter classic
collection dataset document entry entry-dictionary entry-encyclopedia event figure graphic hearing interview
legal_case legislation manuscript map motion_picture musical_score pamphlet paper-conference patent performance
periodical personal_communication post post-weblog regulation report review review-book software song speech
standard thesis treaty webpage""".split())
NAME_PARTS = {"family", "given", "dropping-particle", "non-dropping-particle", "suffix", "literal"}
STRINGS = {"id", "title", "container-title", "volume", "issue", "page", "publisher", "number", "DOI", "URL",
           "abstract", "keyword", "note"}


def problems(items):
    if not isinstance(items, list):
        yield "not an array"
        return
    for i, item in enumerate(items):
        where = f"item {i}"
        if not isinstance(item, dict):
            yield f"{where}: not an object"
            continue
        if not isinstance(item.get("id"), str):
            yield f"{where}: id is not a string"
        if item.get("type") not in TYPES:
            yield f"{where}: type {item.get('type')!r} is not a CSL type"
        for key, value in item.items():
            if key in ("author", "editor"):
                if not isinstance(value, list) or not value:
                    yield f"{where}: {key} is not a non-empty array"
                    continue
                for name in value:
                    if not isinstance(name, dict) or not name or set(name) - NAME_PARTS or \
                            not all(isinstance(v, str) and v for v in name.values()):
                        yield f"{where}: {key} has a bad name {name!r}"
                    elif "literal" in name and len(name) > 1:
                        yield f"{where}: {key} mixes literal with parts {name!r}"
            elif key == "issued":
                parts = value.get("date-parts") if isinstance(value, dict) else None
                if set(value) != {"date-parts"} or not isinstance(parts, list) or len(parts) != 1 or \
                        not 1 <= len(parts[0]) <= 3 or not all(isinstance(p, int) for p in parts[0]):
                    yield f"{where}: issued is not a date-parts date: {value!r}"
            elif key in STRINGS:
                if not isinstance(value, str) or not value:
                    yield f"{where}: {key} is not a non-empty string"
            elif key != "type":
                yield f"{where}: unexpected field {key!r}"


def main():
    found = list(problems(json.load(open(sys.argv[1], encoding="utf-8"))))
    for p in found:
        print(p)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
