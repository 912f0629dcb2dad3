"""Checks of the lexicon data files in extract/lexicon/data/ (offices, IGOs, sectors, state bodies, places).

The parsing here is deliberately minimal (csv module, '#' comment lines, one header line); the lexicon loader
of the rule engine will take it over. What these tests guard is the content: codes that exist, dates that
parse and do not contradict each other, keys that are unique, cross-references that resolve.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import re
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest

DATA = Path(__file__).resolve().parents[1] / "extract" / "lexicon" / "data"

# Kosovo has no ISO 3166 entry; geokg uses the user-assigned XKX (as extract/entities/countries.py does), and
# keeps states of the past under their ISO 3166-3 codes (countries.tsv extra_countries).
EXTRA_ISO3 = {"XKX", "SUN", "DDR", "YUG", "CSK"}
ISO3 = {c.alpha_3 for c in pycountry.countries} | EXTRA_ISO3

# CAMEO actor role codes used by the files (CAMEO codebook, actor chapter).
CAMEO_SECTORS = {
    "GOV",
    "MIL",
    "COP",
    "JUD",
    "LEG",
    "OPP",
    "REB",
    "UAF",
    "SPY",
    "CVL",
    "PPL",
    "REF",
    "MED",
    "BUS",
    "EDU",
    "LAB",
    "HLH",
    "AGR",
    "REL",
    "NGO",
    "HRI",
    "ELI",
    "CRM",
}
STATE_OFFICES = {
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "defence_minister",
    "finance_minister",
    "central_bank_governor",
    "trade_minister",
    "commerce_minister",
    "agriculture_minister",
}
# Titles of collective or dual headships, whose holders serve at the same time (see offices.tsv header).
SHARED_TITLE = re.compile(r"member of the presidency|co-prince|co-president|general secretary")
QID = re.compile(r"^Q[1-9][0-9]*$")
DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def read_table(name: str) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """Rows of one data file as (line number, row); comment lines must all come before the header."""
    path = DATA / name
    lines = path.read_text(encoding="utf-8").splitlines()
    start = 0
    while start < len(lines) and lines[start].startswith("#"):
        start += 1
    assert start > 0, f"{name}: no comment lines saying what the file holds"
    header = lines[start].split("\t")
    rows = []
    for number, record in enumerate(
        csv.reader(lines[start + 1 :], delimiter="\t", quoting=csv.QUOTE_NONE), start=start + 2
    ):
        assert not record[0].startswith("#"), f"{name}:{number}: comment after the header"
        assert len(record) == len(header), f"{name}:{number}: {len(record)} cells, header has {len(header)}"
        assert all(cell == cell.strip() for cell in record), f"{name}:{number}: cell with outer spaces"
        rows.append((number, dict(zip(header, record, strict=True))))
    return header, rows


def date_range(text: str) -> tuple[dt.date, dt.date]:
    """Earliest and latest day a date of day, month or year precision can mean."""
    match = DATE.match(text)
    assert match, f"not an ISO date of day, month or year precision: {text!r}"
    year, month, day = (int(g) if g else None for g in match.groups())
    if month is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if day is None:
        first = dt.date(year, month, 1)
        following = dt.date(year + (month == 12), month % 12 + 1, 1)
        return first, following - dt.timedelta(days=1)
    day_date = dt.date(year, month, day)
    return day_date, day_date


def test_date_range_reads_each_precision_and_rejects_others() -> None:
    assert date_range("2019-07-24") == (dt.date(2019, 7, 24), dt.date(2019, 7, 24))
    assert date_range("2024-02") == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert date_range("2026") == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    for bad in ("2019-13-01", "24.07.2019", "2019-7-24"):
        with pytest.raises((AssertionError, ValueError)):
            date_range(bad)


# ---- offices.tsv ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def offices() -> list[tuple[int, dict[str, str]]]:
    header, rows = read_table("offices.tsv")
    assert header == [
        "office",
        "title",
        "country",
        "org",
        "holder",
        "aliases",
        "wikidata",
        "start",
        "end",
        "note",
    ]
    return rows


@pytest.fixture(scope="module")
def igo_keys() -> set[str]:
    return {row["key"] for _, row in read_table("igos.tsv")[1]}


def test_office_rows_name_a_state_or_a_known_igo(offices, igo_keys) -> None:
    for line, row in offices:
        where = f"offices.tsv:{line}"
        assert bool(row["country"]) != bool(row["org"]), f"{where}: exactly one of country and org"
        if row["country"]:
            assert row["country"] in ISO3, f"{where}: unknown ISO 3166 alpha-3 {row['country']}"
            assert row["office"] in STATE_OFFICES, f"{where}: unknown state office {row['office']}"
        else:
            assert row["org"] in igo_keys, f"{where}: org {row['org']} is not a key of igos.tsv"
            assert re.fullmatch(r"[a-z]+(_[a-z]+)+", row["office"]), f"{where}: IGO office key"
        assert row["title"] == row["title"].lower() and row["title"], f"{where}: title lower case"


def test_office_dates_parse_and_end_after_start(offices) -> None:
    for line, row in offices:
        start_early, _ = date_range(row["start"])
        if row["end"]:
            _, end_late = date_range(row["end"])
            assert start_early <= end_late, f"offices.tsv:{line}: ends before it starts"
            assert end_late >= dt.date(1946, 1, 1), f"offices.tsv:{line}: implausible end"


def test_no_two_holders_of_one_office_at_once(offices) -> None:
    terms: dict[tuple[str, ...], list[tuple[int, dict[str, str]]]] = defaultdict(list)
    for line, row in offices:
        key = (row["office"], row["country"] or row["org"])
        if SHARED_TITLE.search(row["title"]):
            key += (row["title"],)
        terms[key].append((line, row))
    for key, rows in terms.items():
        rows.sort(key=lambda item: date_range(item[1]["start"])[0])
        for (line_a, a), (line_b, b) in itertools.pairwise(rows):
            # Overlap only when it is certain whatever day a coarse date stands for; a term may end on
            # the day the next begins.
            if not a["end"]:
                raise AssertionError(f"offices.tsv:{line_a} is open-ended but {line_b} follows it ({key})")
            earliest_end_a = date_range(a["end"])[0]
            latest_start_b = date_range(b["start"])[1]
            assert latest_start_b >= earliest_end_a, f"offices.tsv:{line_a} and {line_b} overlap ({key})"


def test_office_rows_are_unique(offices) -> None:
    seen: dict[tuple[str, ...], int] = {}
    for line, row in offices:
        key = (row["office"], row["country"] or row["org"], row["holder"], row["start"])
        assert key not in seen, f"offices.tsv:{line} repeats line {seen[key]}"
        seen[key] = line


def test_office_aliases_and_ids(offices) -> None:
    qid_of: dict[str, str] = {}
    for line, row in offices:
        where = f"offices.tsv:{line}"
        aliases = row["aliases"].split(";")
        assert all(aliases), f"{where}: empty alias"
        assert aliases[0] == row["holder"], f"{where}: the full name comes first"
        assert len(set(aliases)) == len(aliases), f"{where}: repeated alias"
        if not row["holder"].isascii():
            assert any(a.isascii() for a in aliases), f"{where}: no ASCII spelling of {row['holder']}"
        if row["wikidata"]:
            assert QID.match(row["wikidata"]), f"{where}: bad Q-id"
            # One person, one Q-id: the same Q-id must not name two different holders.
            other = qid_of.setdefault(row["wikidata"], row["holder"])
            assert other == row["holder"], f"{where}: {row['wikidata']} is also {other}"


def test_every_state_has_a_head(offices) -> None:
    heads = {row["country"] for _, row in offices if row["office"] in {"head_of_state", "head_of_government"}}
    # UN members and the four observers or disputed states the file promises, bar San Marino (see header).
    assert len(heads) >= 196
    assert {"PSE", "TWN", "XKX", "VAT"} <= heads


# ---- igos.tsv ------------------------------------------------------------------------------------------


def test_igos() -> None:
    header, rows = read_table("igos.tsv")
    assert header == ["key", "label", "aliases", "wikidata", "kind", "parent", "note"]
    keys = [row["key"] for _, row in rows]
    assert len(keys) == len(set(keys)), "duplicate IGO key"
    alias_owner: dict[str, str] = {}
    for line, row in rows:
        where = f"igos.tsv:{line}"
        assert row["kind"] in {"igo", "organ", "agency", "court", "group", "association"}, where
        assert not row["parent"] or row["parent"] in keys, f"{where}: unknown parent {row['parent']}"
        assert not row["wikidata"] or QID.match(row["wikidata"]), where
        aliases = row["aliases"].split(";")
        assert all(aliases) and row["label"], f"{where}: empty label or alias"
        for alias in aliases:
            owner = alias_owner.setdefault(alias, row["key"])
            assert owner == row["key"], f"{where}: alias {alias!r} also names {owner}"


# ---- sectors.tsv and state_bodies.tsv -------------------------------------------------------------------


def test_sectors() -> None:
    header, rows = read_table("sectors.tsv")
    assert header == ["phrase", "sector", "head", "actor", "bare", "ambiguous"]
    phrases = [row["phrase"] for _, row in rows]
    assert len(phrases) == len(set(phrases)), "duplicate phrase"
    for line, row in rows:
        where = f"sectors.tsv:{line}"
        assert row["sector"] in CAMEO_SECTORS, f"{where}: {row['sector']} is not a CAMEO role code"
        assert row["phrase"] == row["phrase"].lower(), where
        assert row["bare"] in {"yes", "no", "needs", "alone", "inside", "own"}, (
            f"{where}: bare is yes, no, needs, alone, inside or own"
        )
        assert re.fullmatch(r"[a-z-]+", row["head"]), f"{where}: head is one lower-case lemma"
        # The head lemma is the lemma of one of the phrase's words: it starts like that word.
        words = row["phrase"].split()
        assert any(word[:2] == row["head"][:2] for word in words), f"{where}: head not in phrase"
    by_phrase = {row["phrase"]: row["sector"] for _, row in rows}
    assert by_phrase["troops"] == "MIL" and by_phrase["court"] == "JUD" and by_phrase["lawmakers"] == "LEG"
    assert by_phrase["protesters"] == by_phrase["demonstrators"] == "OPP"


def test_state_bodies() -> None:
    header, rows = read_table("state_bodies.tsv")
    assert header == ["name", "sector", "country", "note"]
    seen: set[tuple[str, str]] = set()
    for line, row in rows:
        where = f"state_bodies.tsv:{line}"
        assert row["sector"] in CAMEO_SECTORS, where
        assert not row["country"] or row["country"] in ISO3, f"{where}: unknown country"
        key = (row["name"].casefold(), row["country"])
        assert key not in seen, f"{where}: duplicate"
        seen.add(key)
    fixed = {row["name"]: row["country"] for _, row in rows if row["country"]}
    assert fixed["Bundestag"] == "DEU" and fixed["Knesset"] == "ISR" and fixed["Duma"] == "RUS"


# ---- places.tsv ----------------------------------------------------------------------------------------


def test_places() -> None:
    header, rows = read_table("places.tsv")
    assert header == ["name", "country", "kind", "population", "geonames", "admin1", "note"]
    seen: set[tuple[str, str, bool]] = set()
    kinds = {"city", "region", "district", "landmark", "facility", "sea", "river", "continent", "other"}
    kinds.add("division")  # an English name of an ISO 3166-2 subdivision (note: its code)
    for line, row in rows:
        where = f"places.tsv:{line}"
        assert row["name"], where
        assert row["kind"] in kinds, f"{where}: kind {row['kind']}"
        assert not row["country"] or row["country"] in ISO3, f"{where}: unknown country {row['country']}"
        if row["kind"] == "city" and row["geonames"]:
            assert row["population"].isdigit() and row["geonames"].isdigit(), where
        # a division row may repeat a region or town of its name: it says the name is also the subdivision's
        key = (row["name"], row["country"], row["kind"] == "division")
        assert key not in seen, f"{where}: duplicate name and country"
        seen.add(key)
    assert len(rows) > 10_000
