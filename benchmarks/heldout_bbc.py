"""Write a held-out set of the audits (the sixth): international stories of a public BBC News collection.

    python benchmarks/heldout_bbc.py NEWS_DIR OUT_DIR [--seed 20261207] [--read FILE] [--limit N]

NEWS_DIR is the `news/` folder of the public "News Articles Dataset" (2095 BBC News stories of 2004-2005
in five folders, business, politics, tech, sport and entertainment; one story a file, headline on the first
line). Only business and politics stories are read. A story is kept when it names two or more states (by
name, adjective or people word, as the country gazetteer reads them) and has 150-1200 words. The kept
stories are shuffled with the seed and written as OUT_DIR/NNN_bbc_FOLDER_NAME.txt (NNN: place in the audit
order). The stories carry no date, so the office table is read as it is for any undated input. They are the
BBC's text: read at audit time, never stored in this repository.

A story already read in an audit is no fair test of the code tuned after it: `--read` (by default
benchmarks/bbc_read.txt, one "FOLDER/NAME" a line) leaves those out, keeping each other story's place
number, so that a story is never drawn twice. Add a round's stories to that file when it is judged.
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

from geokg.extract.entities.countries import lookup_country
from heldout_reuters import read_ids  # this folder: the scripts run from it, no package

FOLDERS = ("business", "politics")
READ_FILE = Path(__file__).with_name("bbc_read.txt")
# One or two capitalised words: "France", "South Korea", "Chinese"; a leading "the" is the gazetteer's.
_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b")


def states_named(text: str) -> frozenset[str]:
    """ISO alpha-3 codes of the states a text names (two-word names tried before their first word)."""
    found: set[str] = set()
    for match in _NAME.finditer(text):
        words = match.group(0).split()
        for span in (" ".join(words), *words) if len(words) > 1 else words:
            country = lookup_country(span)
            if country:
                found.add(country.iso3)
                break
    return frozenset(found)


def held_out_stories(news: Path, seed: int) -> list[tuple[str, str]]:
    """(key "folder/name", text) of the kept stories, in the seeded audit order."""
    kept = []
    for folder in FOLDERS:
        for path in sorted((news / folder).glob("*.txt")):
            text = path.read_text(encoding="utf-8", errors="replace").strip()
            if not 150 <= len(text.split()) <= 1200 or len(states_named(text)) < 2:
                continue
            kept.append((f"{folder}/{path.stem}", text + "\n"))
    random.Random(seed).shuffle(kept)
    return kept


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("news", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=20261207)
    parser.add_argument("--read", type=Path, default=READ_FILE, help="stories already read, left out")
    parser.add_argument("--limit", type=int, default=0, help="write only the first N unread stories")
    args = parser.parse_args()
    stories = held_out_stories(args.news, args.seed)
    already = read_ids(args.read)  # one key a line, as the Reuters read list has one NEWID a line
    args.out.mkdir(parents=True, exist_ok=True)
    written = 0
    for place, (key, text) in enumerate(stories, start=1):
        if key in already or (args.limit and written >= args.limit):
            continue
        folder, name = key.split("/", 1)
        (args.out / f"{place:03d}_bbc_{folder}_{name}.txt").write_text(text, encoding="utf-8")
        written += 1
    print(f"{written} stories written to {args.out} of {len(stories)} kept ({len(already)} already read)")


if __name__ == "__main__":
    main()
