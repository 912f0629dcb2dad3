"""Who held which office when (data/offices.tsv): the country of a head of state or government, a foreign or
defence minister, or the head of an international body, from the name and the article's date.

"Prime Minister Boris Johnson" in a 2019 article is the United Kingdom's head of government; "Erdogan"
alone is Turkey's president. The text always wins: a title written in the article chooses among a person's
offices ("Johnson, the former Foreign Secretary"), and a country stated there is never overridden (the
caller only asks for people the text gives no state).

Lookups by full name hold whatever the date (people rarely change nationality; a former president keeps his
country); a bare surname ("Johnson", "May") is matched only to an office held on the article's day, or, with
no date, only when the table knows one holder of that surname in office since RECENT_FROM. An undated article
is read as recent news: the table reaches back to 1980 for dated old news, and an undated "Brown" or
"Martin" is no prime minister of the 2000s.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from geokg.extract.entities.countries import population
from geokg.extract.entities.mentions import fold
from geokg.extract.entities.titles import OFFICE_TITLES
from geokg.extract.lexicon.loader import read_table

COLUMNS = ("office", "title", "country", "org", "holder", "aliases", "wikidata", "start", "end", "note")

# Where the table's complete coverage of heads of state and government starts (offices.tsv header); the rows
# before it are a partial backfill for dated articles.
RECENT_FROM = "2015-01-01"


def _earliest(date: str) -> str:
    return date + "-01-01"[len(date) - 4 :] if len(date) < 10 else date


def _latest(date: str) -> str:
    return date + "-12-31"[len(date) - 4 :] if len(date) < 10 else date


@dataclass(frozen=True, slots=True)
class Office:
    """One term of one person in one office (a row of offices.tsv)."""

    office: str  # head_of_state | head_of_government | foreign_minister | defence_minister | an IGO office
    title: str  # "prime minister", "secretary of state"
    country: str | None  # ISO alpha-3 of the state, None for an international body's office
    org: str | None  # igos.tsv key of the international body
    holder: str
    aliases: tuple[str, ...]
    start: str
    end: str

    def held_on(self, day: str) -> bool:
        """In office on `day` (YYYY-MM-DD, or coarser); a coarse date in the table is read generously."""
        started = _earliest(self.start) <= _latest(day)
        return started and (not self.end or _latest(self.end) >= _earliest(day))

    def recent(self) -> bool:
        """Held on some day since RECENT_FROM: what an undated article can mean."""
        return not self.end or _latest(self.end) >= RECENT_FROM


@dataclass(frozen=True)
class _Index:
    by_name: dict[str, tuple[Office, ...]]  # folded full name -> terms
    by_surname: dict[str, tuple[Office, ...]]  # folded one-word alias -> terms


@cache
def _index() -> _Index:
    by_name: dict[str, list[Office]] = defaultdict(list)
    by_surname: dict[str, list[Office]] = defaultdict(list)
    for row in read_table("offices.tsv", COLUMNS, ("office", "title", "holder", "aliases", "start")):
        aliases = tuple(a.strip() for a in row["aliases"].split(";") if a.strip())
        term = Office(
            row["office"],
            row["title"],
            row["country"] or None,
            row["org"] or None,
            row["holder"],
            aliases,
            row["start"],
            row["end"],
        )
        for alias in {fold(a) for a in aliases}:
            (by_surname if len(alias.split()) == 1 else by_name)[alias].append(term)
    return _Index({k: tuple(v) for k, v in by_name.items()}, {k: tuple(v) for k, v in by_surname.items()})


def is_holder_name(name: str) -> bool:
    """A full name (two words or more) the table knows as an office holder's: "Elizabeth II"."""
    folded = fold(name)
    return len(folded.split()) > 1 and folded in _index().by_name


def is_holder_surname(name: str) -> bool:
    """One word the table knows as an office holder's name alone ("Putin", "Merkel")."""
    folded = fold(name)
    return len(folded.split()) == 1 and folded in _index().by_surname


@cache
def holder_first_words() -> frozenset[str]:
    """The first word of every full name the table knows (folded), so that a scan for names can pass over
    the other words at once."""
    return frozenset(name.split()[0] for name in _index().by_name)


def office_kinds(title: str) -> frozenset[str]:
    """The table's offices a title written in the text can name: "prime minister" -> head_of_government. A
    portfolio of two fields joined by "and" ("economy and finance minister", "secretary of trade and
    industry") names the office of its first field the table keys, else of its second ("industry and trade
    minister" -> trade_minister): the table keys each ministry by one field."""
    title = title.lower()
    kinds = OFFICE_TITLES.get(title)
    if kinds is not None:
        return kinds
    words = title.split()
    at = words.index("and") if "and" in words[1:-1] else 0
    fields = (words[:at] + words[at + 2 :], words[: at - 1] + words[at + 1 :]) if at else ()
    return next((k for field in fields if (k := OFFICE_TITLES.get(" ".join(field)))), frozenset())


@dataclass(frozen=True, slots=True)
class Holding:
    """What the table says about one person of an article."""

    country: str | None  # the state the person acts for (None for the head of an international body)
    terms: tuple[Office, ...]  # the terms that decided it

    def term_for(self, title: str) -> Office | None:
        """The person's term in the office a title written in the text names, if the table has one."""
        kinds = office_kinds(title)
        return next((t for t in self.terms if t.office in kinds or t.title == title.lower()), None)


def _one_holder(terms: Iterable[Office]) -> bool:
    return len({t.holder for t in terms}) == 1


def holding(
    names: Iterable[str],
    day: str | None = None,
    titles: Iterable[str] = (),
    article_countries: Iterable[str] = (),
) -> Holding | None:
    """The table's reading of a person known by `names` (the article's forms of the name) in an article of
    `day`, given the `titles` the text writes for them and the countries the article names (which settle a
    monarch of several realms). None when the table does not know the person or cannot tell who is meant."""
    index = _index()
    titles = tuple(titles)
    folded = {fold(n) for n in names if n.strip()}
    full = [t for n in folded if len(n.split()) > 1 for t in index.by_name.get(n, ())]
    # "King Hussein": a name the table knows only with its title ("King Hussein" is Jordan's king, while
    # "Hussein" alone is Iraq's president of the same years)
    titled = (fold(f"{title} {n}") for n in folded for title in titles)
    full = full or [t for name in titled for t in index.by_name.get(name, ())]
    # "Miguel Mancera Aguayo": a Spanish or Portuguese full name adds a second surname to the one the table
    # writes; the name without its last word is the holder's
    shortened = [n.rsplit(" ", 1)[0] for n in folded if len(n.split()) > 2]
    full = full or [t for n in shortened for t in index.by_name.get(n, ())]
    if full:
        candidates = full
    else:
        short = [t for n in folded if len(n.split()) == 1 for t in index.by_surname.get(n, ())]
        given = {n.split()[0] for n in folded if len(n.split()) > 1}
        if given:
            # "Kamala Harris" is not the table's "Timothy Harris": a given name written in the article must be
            # the holder's.
            short = [t for t in short if fold(t.holder).split()[0] in given]
        candidates = _in_force(short, day)
        if not candidates and day is None:
            # "President Bush" in undated wire copy: a surname the table knows only from an older term is
            # that holder where the title written names the term's office
            candidates = [t for t in short if any(_own_title(office, t) for office in titles)]
    if not _one_holder(candidates):
        candidates = _one_of_namesakes(candidates, day)
    if not candidates or not _one_holder(candidates):
        return None  # unknown, or a name two office holders share
    # All terms of the one person meant, also those the surname alone did not select.
    terms = index.by_name.get(fold(candidates[0].holder), tuple(candidates))
    kinds = set().union(*(office_kinds(t) for t in titles)) if titles else set()
    chosen = [t for t in terms if t.office in kinds] if kinds else []
    if not chosen:
        chosen = _in_force(terms, day)
    chosen = chosen or list(terms)
    if any(t.org for t in chosen) and not any(t.country for t in chosen if day is None or t.held_on(day)):
        return Holding(None, tuple(chosen))  # the head of an international body acts for no state
    countries = [t.country for t in chosen if t.country]
    if not countries:
        return Holding(None, tuple(chosen))
    named = set(article_countries)
    preferred = [c for c in countries if c in named] or countries
    # One holder of several realms (a monarch): the realm the article names, else the most populous.
    country = max(preferred, key=lambda c: (preferred.count(c), population(c)))
    return Holding(country, tuple(t for t in chosen if t.country == country))


@cache
def _by_state() -> dict[tuple[str, str], tuple[Office, ...]]:
    """(country, office) -> the table's terms of that office in that state."""
    found: dict[tuple[str, str], list[Office]] = defaultdict(list)
    index = _index()
    for terms in (*index.by_name.values(), *index.by_surname.values()):
        for term in terms:
            if term.country:
                found[(term.country, term.office)].append(term)
    return {key: tuple(set(terms)) for key, terms in found.items()}


def holders_on(country: str, title: str, day: str) -> tuple[Office, ...]:
    """The table's terms, running on `day`, of the offices of `country` a title written in the text names
    ("prime minister" of the United States in 1987: its head of government, President Reagan). Empty where
    the table does not cover that state's office on that day."""
    table = _by_state()
    return tuple(t for kind in office_kinds(title) for t in table.get((country, kind), ()) if t.held_on(day))


def names_office(title: str, term: Office) -> bool:
    """Can a title written in the text ("prime minister", "premier") name the office of this term?"""
    return _names_term(title, term)


def last_term(names: Iterable[str]) -> Office | None:
    """The latest term the table has of the person known by `names` in an undated article (whom an undated
    article can mean: `holding`), of any office: what an undated story, read as recent news, has him hold
    ("Jacques Chirac", prime minister once, is its president)."""
    held = holding(names)
    if held is None:
        return None
    terms = _index().by_name.get(fold(held.terms[0].holder), held.terms)
    return max(terms, key=lambda t: _earliest(t.start))


def is_own_title(title: str, term: Office) -> bool:
    """Is a title written in the text ("prime minister") the term's own, not only of its kind (the United
    States' president heads its government, yet is no "prime minister")?"""
    return _own_title(title, term)


def holds(names: Iterable[str], term: Office) -> bool:
    """Is a person known by `names` (the article's forms) the holder of `term`: one of its names, or a name
    ending in its holder's surname (a spelling of the given name the table does not write)."""
    aliases = {fold(a) for a in (term.holder, *term.aliases)}
    surnames = {a.split()[-1] for a in aliases}
    return any(n in aliases or n.split()[-1] in surnames for n in (fold(n) for n in names if n.strip()))


def ended_before(names: Iterable[str], title: str, day: str) -> bool:
    """Does the table know the person by `names` in the office `title` names ("president"), with every term
    of it ended before `day` and none running on it? ("President Barack Obama" in a 2020 article.) False
    when the table does not know the person or the office."""
    held = holding(names, day, [title])
    if held is None:
        return False
    every = _index().by_name.get(fold(held.terms[0].holder), held.terms)
    terms = [t for t in every if _names_term(title, t)]
    ended = any(t.end and _latest(t.end) < _earliest(day) for t in terms)
    return ended and not any(t.held_on(day) for t in terms)


def _ordinal(date: str) -> int:
    """The day number of a YYYY-MM-DD date; a month's last day is written as its 31st (_latest)."""
    year, month, day = (int(part) for part in date.split("-"))
    return dt.date(year, month, min(day, 28)).toordinal() + max(day - 28, 0)


def _one_of_namesakes(terms: list[Office], day: str | None) -> list[Office]:
    """Several holders known by one name: those in office on the article's day. Failing that, where all of
    them held offices of one state (a father and a son: "George Bush"), the state is known whoever is meant:
    the holder whose terms lie nearest the article's day, or, with no date, the latest (an undated article is
    read as recent news)."""
    on_day = [t for t in terms if t.held_on(day)] if day else []
    states = {t.country for t in terms}
    if on_day or len(states) != 1 or None in states:
        return on_day

    def distance(term: Office) -> int:
        first = _ordinal(_earliest(term.start))
        if day is None:
            return -first
        last = _ordinal(_latest(term.end)) if term.end else dt.date.max.toordinal()
        when = _ordinal(_earliest(day))
        return min(abs(first - when), abs(last - when))

    nearest = min(terms, key=distance).holder
    return [t for t in terms if t.holder == nearest]


def _in_force(terms: Iterable[Office], day: str | None) -> list[Office]:
    """The terms running on the article's day, or, with no date, those an undated article can mean."""
    return [t for t in terms if (t.held_on(day) if day else t.recent())]


def _own_title(title: str, term: Office) -> bool:
    """Is the title written the term's own ("president", "foreign minister"), not only one of its kind?"""
    written = title.lower()
    return term.title == written or term.title.startswith(written + " ")


def _names_term(title: str, term: Office) -> bool:
    """Can a title written in the text name this term's office? Its own title, a longer one it heads
    ("president" of "president of the european council"), or one that names no other offices than the term's
    own title does ("premier" for a prime minister). A title of more offices ("leader", "president") may be
    another office than the table's: a party's leader, or a body's president, who once was prime minister."""
    if _own_title(title, term):
        return True
    kinds = office_kinds(title.lower())
    return term.office in kinds and kinds <= office_kinds(term.title)


_HEADSHIPS = frozenset({"head_of_state", "head_of_government"})


def governed_state(names: Iterable[str], article_countries: Iterable[str] = ()) -> str | None:
    """The state whose government is named after its head ("the Blair government", "the Bush
    administration"): the one state the table knows a head of that name of, in any term; several such
    states are settled by the states the article names. None when the table knows no such head."""
    index = _index()
    folded = {fold(n) for n in names if n.strip()}
    terms = [t for n in folded if len(n.split()) > 1 for t in index.by_name.get(n, ())]
    if not terms:
        given = {n.split()[0] for n in folded if len(n.split()) > 1}
        terms = [t for n in folded if len(n.split()) == 1 for t in index.by_surname.get(n, ())]
        terms = [t for t in terms if not given or fold(t.holder).split()[0] in given]
    states = {t.country for t in terms if t.office in _HEADSHIPS and t.country}
    if len(states) > 1:
        states &= set(article_countries)
    return states.pop() if len(states) == 1 else None
