"""Places whose state was another on an article's day (data/former_places.tsv): "Moscow" in a 1987 story is
the Soviet Union's capital, "Zagreb" in 1988 a Yugoslav city, "Prague" in 1990 Czechoslovakia's; and the
names states bore then (data/former_names.tsv): "West Germany" before German unity; and the international
bodies short names stood for then (data/former_bodies.tsv): "EC" before 1993-11-01 is the European Community.

Only dated articles are read so; an undated article is read as recent news. A row applies only to the
place of today's state it names: a namesake elsewhere ("Moscow, Idaho") keeps its state."""

from __future__ import annotations

from functools import cache

from geokg.extract.entities.igos import igo_by_key
from geokg.extract.entities.mentions import fold
from geokg.extract.lexicon.loader import read_table

COLUMNS = ("place", "state", "today", "since", "until")


@cache
def _table() -> dict[str, tuple[tuple[str, str, str, str], ...]]:
    """Folded place name -> (state then, state today, since, until) rows."""
    rows: dict[str, list[tuple[str, str, str, str]]] = {}
    for row in read_table("former_places.tsv", COLUMNS, COLUMNS):
        found = (row["state"], row["today"], row["since"], row["until"])
        rows.setdefault(fold(row["place"]), []).append(found)
    return {name: tuple(found) for name, found in rows.items()}


def state_then(name: str, day: str | None, today: str | None) -> str | None:
    """The state of the past the place `name` lay in on `day` (YYYY-MM-DD, or coarser), where the gazetteer
    reads the name as a place of the state `today` (or not at all); None when the place was then where it is
    now, the day is not known, or the name is another place's."""
    if not day:
        return None
    for state, now, since, until in _table().get(fold(name), ()):
        # a coarse day ("1991") is read generously: any day of it may be meant
        if today in (now, None) and since[: len(day)] <= day <= until[: len(day)]:
            return state
    return None


NAME_COLUMNS = ("state", "name", "adjective", "until")


@cache
def _names() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """ISO alpha-3 -> (name, adjective, until) rows: the names a state bore until a date."""
    rows: dict[str, list[tuple[str, str, str]]] = {}
    for row in read_table("former_names.tsv", NAME_COLUMNS, NAME_COLUMNS):
        rows.setdefault(row["state"], []).append((row["name"], row["adjective"], row["until"]))
    return {state: tuple(found) for state, found in rows.items()}


def _bore(iso3: str, day: str | None) -> tuple[str, str, str] | None:
    if not day:
        return None
    return next((row for row in _names().get(iso3, ()) if day <= row[2][: len(day)]), None)


def name_then(iso3: str, day: str | None) -> str | None:
    """The name the state bore on `day` where it was another than today's ("West Germany" for DEU in 1987);
    None on a later or unknown day."""
    bore = _bore(iso3, day)
    return bore[0] if bore else None


def adjective_then(iso3: str, day: str | None) -> str | None:
    """The adjective of the name the state bore on `day` ("West German" for DEU in 1987), else None."""
    bore = _bore(iso3, day)
    return bore[1] if bore else None


BODY_COLUMNS = ("name", "body", "until")


@cache
def _bodies() -> dict[str, tuple[tuple[str, str], ...]]:
    """Short name as written (without dots) -> (igos.tsv key, until) rows."""
    rows: dict[str, list[tuple[str, str]]] = {}
    for row in read_table("former_bodies.tsv", BODY_COLUMNS, BODY_COLUMNS):
        rows.setdefault(row["name"], []).append((row["body"], row["until"]))
    return {name: tuple(found) for name, found in rows.items()}


def body_then(name: str, day: str | None) -> str | None:
    """The label of the international body the short name `name` ("EC", "E.C.") stood for on `day` where
    that is another than the name's reading of today ("European Community" in 1987); None on a later or
    unknown day. The name is matched as written, in capitals: "Ec" is no short name."""
    if not day:
        return None
    for key, until in _bodies().get(name.strip().replace(".", ""), ()):
        if day <= until[: len(day)]:
            body = igo_by_key(key)
            return body.label if body is not None else None
    return None
