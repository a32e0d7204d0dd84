#!/usr/bin/env python3
r"""Compares two JSON Lines files of paper records, record by record, on
the canonical fields a bibliography format carries: the records ream
imported from a file, and those it imports again from that file's export.

People are compared as the multiset of their name's words, so "Donald E.
Knuth" and "Knuth, Donald E." are the same person; the order of the people
must be the same.  Pages are compared with every dash run made one hyphen.
Text is compared with control characters as spaces and white space
collapsed, as every format writes it.  Fields listed with --skip are those
the format is documented not to carry; --arxiv-version-free compares arXiv
ids without their version (RIS keeps it only in a URL); --url-from-arxiv
accepts a URL that was not there before when it is the arXiv page (RIS
carries the arXiv id as that URL); --tex-brace-commands reads
\textbraceleft{} and \textbraceright{} as the braces they print (BibTeX
output writes unpaired braces so, and ream import keeps them as written).
Prints each difference and exits 1 when there is one."""
import argparse
import json
import re
import sys

FIELDS = ["title", "authors", "editors", "year", "venue", "volume", "issue", "pages", "doi", "arxiv", "url",
          "abstract"]


ARXIV_VERSION_FREE = False
TEX_BRACE_COMMANDS = False


def braces(s):
    if TEX_BRACE_COMMANDS:
        s = s.replace("\\textbraceleft{}", "{").replace("\\textbraceright{}", "}")
    return s


def person(name):
    name = braces(name)
    return sorted(w for w in re.split(r"[\s,.]+", name.lower()) if w)


def people(value):
    if value is None:
        return []
    if isinstance(value, str):
        value = re.split(r";| and ", value)
    return [person(v) for v in value if v.strip()]


def canonical(rec, field):
    if field == "authors":
        return people(rec.get("authors"))
    if field == "editors":
        return people(rec.get("editors", rec.get("editor")))
    if field == "issue":
        value = rec.get("issue", rec.get("number"))
    elif field not in FIELDS:
        value = rec.get(field)
    else:
        value = rec.get(field)
    if value is None:
        return None
    value = " ".join(re.sub(r"[\x00-\x1f\x7f]", " ", braces(str(value))).split())
    if field == "arxiv" and ARXIV_VERSION_FREE:
        value = re.sub(r"v[0-9]+$", "", value)
    if field == "pages":
        value = re.sub(r"[-\u2010-\u2014\u2212]+", "-", value)
    return value


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--skip", default="")
    parser.add_argument("--arxiv-version-free", action="store_true")
    parser.add_argument("--url-from-arxiv", action="store_true")
    parser.add_argument("--tex-brace-commands", action="store_true")
    parser.add_argument("--venue-fields", default="",
                        help="fields a venue may come back in (BibTeX: school, institution, series, howpublished)")
    args = parser.parse_args()
    global ARXIV_VERSION_FREE, TEX_BRACE_COMMANDS
    ARXIV_VERSION_FREE = args.arxiv_version_free
    TEX_BRACE_COMMANDS = args.tex_brace_commands
    skip = set(filter(None, args.skip.split(",")))
    before = [json.loads(line) for line in open(args.before, encoding="utf-8") if line.strip()]
    after = [json.loads(line) for line in open(args.after, encoding="utf-8") if line.strip()]
    differences = 0
    if len(before) != len(after):
        print(f"{len(before)} records before, {len(after)} after")
        return 1
    for i, (a, b) in enumerate(zip(before, after), 1):
        for field in FIELDS:
            if field in skip:
                continue
            x, y = canonical(a, field), canonical(b, field)
            if field == "url" and x is None and args.url_from_arxiv and a.get("arxiv"):
                if y is not None and y.startswith("https://arxiv.org/abs/" + re.sub(r"v[0-9]+$", "", a["arxiv"])):
                    y = None
            if field == "venue" and y is None and x is not None:
                for other in filter(None, args.venue_fields.split(",")):
                    if canonical(b, other) is not None:
                        y = canonical(b, other)
            if x != y:
                differences += 1
                print(f"record {i} ({a.get('title', '')[:40]}): {field}: {x!r} became {y!r}")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
