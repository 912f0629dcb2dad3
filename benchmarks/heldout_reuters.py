"""Write a held-out set of the audits (the fourth, the fifth): international stories of Reuters-21578.

    python benchmarks/heldout_reuters.py REUT2_SGM OUT_DIR [--seed 20261204] [--read FILE]

REUT2_SGM is one SGML file of the public Reuters-21578 collection (1987 wire copy; the fourth set, audit
rounds 40-44, is reut2-000.sgm, February-March 1987; the fifth, from round 45, is reut2-017.sgm, April-June
1987, with the same seed). A story is kept when its PLACES field names two or more places (news between
states, not one market's prices) and its body has 150-1500 words. The kept stories are shuffled with the
seed and written as OUT_DIR/NNN_1987-MM-DD_reuters_NEWID.txt (NNN: place in the audit order; the date in the
name is the story's, which the office table reads), headline first, the wire's closing "Reuter" dropped.
The stories are Reuters' text: read at audit time, never stored in this repository.

A story already read in an audit is no fair test of the code tuned after it: `--read` (by default
benchmarks/reuters_read.txt, the NEWIDs of every story judged so far, one per line) leaves those out, keeping
each other story's place number, so that a file is never drawn from twice. Add the NEWIDs of a round's
stories to that file when the round is judged.
"""

from __future__ import annotations

import argparse
import html
import random
import re
from datetime import datetime
from pathlib import Path

_STORY = re.compile(r"<REUTERS(.*?)</REUTERS>", re.S)
_SIGN_OFF = re.compile(r"\s*Reuter\s*$")


def _field(story: str, tag: str) -> str | None:
    found = re.search(rf"<{tag}>(.*?)</{tag}>", story, re.S)
    return html.unescape(found.group(1)) if found else None


def _listed(story: str, tag: str) -> list[str]:
    return re.findall(r"<D>(.*?)</D>", _field(story, tag) or "")


def held_out_stories(sgm: Path, seed: int) -> list[tuple[str, str, str]]:
    """(new id, ISO date, text) of the kept stories, in the seeded audit order."""
    kept = []
    for story in _STORY.findall(sgm.read_text(encoding="latin-1")):
        title, body = _field(story, "TITLE"), _field(story, "BODY")
        if not title or not body or len(_listed(story, "PLACES")) < 2:
            continue
        body = _SIGN_OFF.sub("", body).strip()
        if not 150 <= len(body.split()) <= 1500:
            continue
        new_id = re.search(r'NEWID="(\d+)"', story).group(1)  # type: ignore[union-attr]
        stamp = (_field(story, "DATE") or "").strip().split()[0]
        date = datetime.strptime(stamp, "%d-%b-%Y").date().isoformat()
        kept.append((new_id, date, f"{title.strip()}\n\n{body}\n"))
    kept.sort(key=lambda row: int(row[0]))
    random.Random(seed).shuffle(kept)
    return kept


READ_FILE = Path(__file__).with_name("reuters_read.txt")


def read_ids(path: Path) -> frozenset[str]:
    """The NEWIDs listed in `path` (one per line; "#" starts a comment); none when there is no such file."""
    if not path.exists():
        return frozenset()
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(line for line in lines if line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sgm", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=20261204)
    parser.add_argument("--read", type=Path, default=READ_FILE, help="NEWIDs already read, left out")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    stories = held_out_stories(args.sgm, args.seed)
    already = read_ids(args.read)
    written = 0
    for place, (new_id, date, text) in enumerate(stories, start=1):
        if new_id in already:
            continue
        (args.out / f"{place:03d}_{date}_reuters_{new_id}.txt").write_text(text, encoding="utf-8")
        written += 1
    print(f"{written} stories written to {args.out} ({len(stories) - written} already read left out)")


if __name__ == "__main__":
    main()
