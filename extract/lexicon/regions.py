"""Regions and informal groups of states (data/regions.tsv) with the states they contain: "Scandinavia" holds
Denmark, Norway and Sweden, so it is no target or partner of theirs (extract/pipeline.py)."""

from __future__ import annotations

from geokg.extract.lexicon.loader import read_table

COLUMNS = ("region", "members")


def _members() -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for row in read_table("regions.tsv", COLUMNS, COLUMNS):
        name = row["region"].lower()
        if name in out:
            raise row.error(f"region {name!r} is listed twice")
        codes = frozenset(code.strip() for code in row["members"].split(","))
        if any(len(code) != 3 or not code.isupper() for code in codes):
            raise row.error(f"members of {name!r} should be ISO alpha-3 codes")
        out[name] = codes
    return out


REGION_MEMBERS = _members()


def _key(name: str) -> str:
    return name.lower().removeprefix("the ").strip()


def is_region(names: tuple[str, ...]) -> bool:
    """Do the names (a label, its aliases) call a region or informal group of states the table lists?"""
    return any(_key(name) in REGION_MEMBERS for name in names)


def region_contains(names: tuple[str, ...], state: str) -> bool:
    """Does a region the names call (a label, its aliases: "Scandinavia", "the Nordic countries") contain the
    state (ISO alpha-3)?"""
    return any(state in REGION_MEMBERS.get(_key(name), ()) for name in names)
