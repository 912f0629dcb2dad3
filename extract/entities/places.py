"""The country a place is in: "Omsk" -> Russia, "Mindanao" -> the Philippines, "the Red Sea" -> none.

Resolved in this order, all offline (see /work/team/places.md for the measurements behind it):
1. the hand rows of data/places.tsv (regions, disputed areas, districts, landmarks) and its no-country rows
   (continents, seas, rivers), which stop "Europe" or "Atlantic" from matching a town of that name;
2. capitals (countries.py);
3. ISO 3166-2 subdivisions from pycountry (US states, provinces, oblasts), also after a trailing
   "Province", "State", "Region" ... is dropped; a city of the same name more populous than the country of
   every such subdivision competes with them ("Charlotte");
4. the GeoNames cities of data/places.tsv (population 15,000 or more), also after "City" is dropped;
5. failing all these, the cities under the other spellings news uses for one name: without the Arabic
   article GeoNames writes ("Fallujah" for "Al Fallujah"), and with or without a final "h" ("Basra",
   "Basrah").
A name several places share goes to the one in a country the article names, else to the most populous (a
subdivision counts with its country's population).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import pycountry
from geokg.extract.entities.countries import capital_city_of, lookup_capital, lookup_country, population
from geokg.extract.entities.former_places import state_then
from geokg.extract.entities.mentions import fold
from geokg.extract.entities.titles import is_us_state_abbreviation
from geokg.extract.lexicon.entity_words import PLACE_ARTICLES, SEAT_PARTICIPLES
from geokg.extract.lexicon.loader import read_table
from geokg.extract.lexicon.words import COMPASS_POINTS, DIRECTIONS, WHOLE_DIVISION_WORDS

COLUMNS = ("name", "country", "kind", "population", "geonames", "admin1", "note")
# What a subdivision's name may end in, in news and in ISO 3166-2 ("Sulu Province", "Omsk Oblast").
_DIVISION_SUFFIX = re.compile(
    r"\s+(province|state|region|county|city|district|oblast|governorate|prefecture|municipality|"
    r"territory|department|sheng|shi|zizhiqu|krai|kray|republic)$"
)
_CITY_SUFFIX = re.compile(r"\s+city$")
# A city news names without its article is a large one ("Fallujah", "El Fasher"); a short or small one's
# bare name is more often a word or a person's name ("Al Taj", "El Paso" is never "Paso").
_BARE_MIN_POPULATION = 50_000
_BARE_MIN_LETTERS = 5


_NAMESAKE_TOWN, _NAMESAKE_CITY, _NAMESAKE_RATIO = 50_000, 100_000, 5
_GREAT_CAPITAL = 1_000_000  # people in the capital city's GeoNames row


@dataclass(frozen=True, slots=True)
class _Place:
    country: str | None  # None: a continent, sea or river that lies in no one country
    population: int
    division: str = ""  # an ISO 3166-2 subdivision's type, lower case ("state", "province", "land")


@dataclass(frozen=True)
class _Gazetteer:
    hand: dict[str, tuple[_Place, ...]]
    divisions: dict[str, tuple[_Place, ...]]
    cities: dict[str, tuple[_Place, ...]]
    bare_cities: dict[str, tuple[_Place, ...]]  # by the name without its article ("fallujah")
    english: frozenset[str]  # the English names of subdivisions the table writes out ("maharashtra")


def _without_article(name: str) -> str:
    """ "al fallujah" -> "fallujah", "ar raqqah" -> "raqqah"; the name itself when no article opens it."""
    first, _, rest = name.partition(" ")
    return rest if rest and first in PLACE_ARTICLES else name


def _spellings(name: str) -> tuple[str, ...]:
    """The keys one city's name may be written under in news, the name first: a final "a" with and without
    "h" (the Arabic ending transliterated "Basra" or "Basrah"). The article is dropped from the table's
    names only, never from the text's: "Al Gore" is no town "Gore"."""
    if name.endswith("ah"):
        return (name, name[:-1])
    return (name, f"{name}h") if name.endswith("a") else (name,)


def _stripped(name: str) -> str:
    """ "omsk oblast" -> "omsk"; a bare direction ("western district") or an ordinary word ("free state") is
    no name of its own."""
    stripped = _DIVISION_SUFFIX.sub("", name)
    return name if stripped in DIRECTIONS or stripped in WHOLE_DIVISION_WORDS else stripped


@cache
def _gazetteer() -> _Gazetteer:
    hand: dict[str, list[_Place]] = defaultdict(list)
    cities: dict[str, list[_Place]] = defaultdict(list)
    english: list[tuple[str, str]] = []  # an English name of a subdivision, its ISO 3166-2 code
    for row in read_table("places.tsv", COLUMNS, ("name", "kind")):
        if row["kind"] == "division":
            english.append((fold(row["name"]), row["note"]))
            continue
        place = _Place(row["country"] or None, int(row["population"] or 0))
        (cities if row["kind"] == "city" else hand)[fold(row["name"])].append(place)
    bare_cities: dict[str, list[_Place]] = defaultdict(list)
    for name, found in cities.items():
        bare = _without_article(name)
        large = [p for p in found if p.population >= _BARE_MIN_POPULATION]
        if bare != name and large and len(bare) >= _BARE_MIN_LETTERS:
            bare_cities[bare] += large
    divisions: dict[str, list[_Place]] = defaultdict(list)
    for name, code in english:
        division = pycountry.subdivisions.get(code=code)
        if division is None:
            raise ValueError(f"places.tsv: {name!r} names no ISO 3166-2 subdivision {code!r}")
        iso3 = pycountry.countries.get(alpha_2=division.country_code).alpha_3
        divisions[name].append(_Place(iso3, population(iso3), division.type.casefold()))
    for division in pycountry.subdivisions:
        iso3 = pycountry.countries.get(alpha_2=division.country_code).alpha_3
        place = _Place(iso3, population(iso3), division.type.casefold())
        for name in {fold(division.name), _stripped(fold(division.name))}:
            # Uganda's "Western", Ghana's "Northern": a bare direction in a text is the adjective ("the
            # Western country", "Northern leaders"), never the subdivision, which news names in full.
            if name and name not in DIRECTIONS and place not in divisions[name]:
                divisions[name].append(place)
    return _Gazetteer(
        {k: tuple(v) for k, v in hand.items()},
        {k: tuple(v) for k, v in divisions.items()},
        {k: tuple(v) for k, v in cities.items()},
        {k: tuple(v) for k, v in bare_cities.items()},
        frozenset(name for name, _ in english),
    )


@dataclass(frozen=True, slots=True)
class PlaceCountry:
    """A place name read against the gazetteer: `known` says it was found, `country` where (None for a
    continent or a sea)."""

    known: bool
    country: str | None


UNKNOWN = PlaceCountry(False, None)


def _pick(places: tuple[_Place, ...], named: set[str]) -> str | None:
    in_article = [p for p in places if p.country in named and not _overshadowed(p, places)]
    candidates = in_article or list(places)
    return max(candidates, key=lambda p: p.population).country


def _overshadowed(town: _Place, places: tuple[_Place, ...]) -> bool:
    """Is a small town named after a city abroad many times its size ("Geneva", Illinois, beside Geneva)?
    News that names the town's country still means the city: "talks in Geneva" in a story on the US."""
    if town.division or town.population >= _NAMESAKE_TOWN:
        return False
    return any(
        p.country != town.country and p.population >= max(_NAMESAKE_CITY, _NAMESAKE_RATIO * town.population)
        for p in places
    )


def _city_of_the_story(
    cities: tuple[_Place, ...], divisions: tuple[_Place, ...], named: set[str]
) -> tuple[_Place, ...]:
    """The largest city of a subdivision's name in a country the article names, which comes before the
    subdivisions of countries it does not name: "San Juan" in a story on Puerto Rico is its capital, not the
    Argentine province; "Victoria" in a Canadian story is the city in British Columbia, not the Australian
    state. Not where the name's largest city lies in a country of its subdivisions: "Birmingham" in a story
    naming the US is still the English city."""
    top = max(cities, key=lambda c: c.population, default=None)
    if top is None or top.country in {p.country for p in divisions}:
        return ()
    in_story = [c for c in cities if c.country in named]
    return (max(in_story, key=lambda c: c.population),) if in_story else ()


def place_country(name: str, article_countries: Iterable[str] = (), day: str | None = None) -> PlaceCountry:
    """The country the place `name` lies in; `article_countries` settle a name several countries share. On
    an article's `day` a place then in a state of the past is that state's ("Moscow" in 1987: the Soviet
    Union; former_places.py)."""
    found = _place_country(name, article_countries)
    then = state_then(name, day, found.country if found.known else None)
    return PlaceCountry(True, then) if then else found


def _place_country(name: str, article_countries: Iterable[str] = ()) -> PlaceCountry:
    key = fold(name)
    if not key or key in COMPASS_POINTS:
        return UNKNOWN  # "sales to the West": a bloc, not Cameroon's West region
    if is_us_state_abbreviation(name):
        return PlaceCountry(True, "USA")  # "Ga." as AP writes it, never the town of Ga abroad
    named = set(article_countries)
    table = _gazetteer()
    if key in table.hand:
        return PlaceCountry(True, _pick(table.hand[key], named))
    capital = lookup_capital(name)
    if capital is not None:
        return PlaceCountry(True, capital.iso3)
    # "Gaza City" is the city its own row names, not the province "Gaza" of another state the stripped name
    # would find
    stripped = () if key in table.cities else table.divisions.get(_stripped(key))
    divisions = table.divisions.get(key) or stripped or ()
    cities = table.cities.get(key) or table.cities.get(_CITY_SUFFIX.sub("", key)) or ()
    capital = _great_capital(name, cities, named, divisions)
    if capital is not None:
        return PlaceCountry(True, capital)
    if divisions:
        # a subdivision comes first, but a city more populous than the whole country of every subdivision
        # of its name competes: "Charlotte" is the US city of 900,000, not a parish of Saint Vincent
        largest = max(p.population for p in divisions)
        larger = tuple(c for c in cities if c.population > largest)
        if not any(p.country in named for p in divisions):
            larger += _city_of_the_story(cities, divisions, named)
        return PlaceCountry(True, _pick(divisions + larger, named))
    if cities:
        return PlaceCountry(True, _pick(cities, named))
    for spelling in _spellings(key):
        found = table.cities.get(spelling) or table.bare_cities.get(spelling)
        if found:
            return PlaceCountry(True, _pick(found, named))
    return UNKNOWN


def _great_capital(
    name: str, cities: tuple[_Place, ...], named: set[str], divisions: tuple[_Place, ...]
) -> str | None:
    """A state's capital of a million people or more is the place its name means, before a subdivision of
    another state counted with that state's people ("Santiago" is Chile's capital, not the Dominican
    province), unless the article names the state of another place of the name."""
    state = capital_city_of(name)
    if state is None:
        return None
    capital = [c for c in cities if c.country == state and c.population >= _GREAT_CAPITAL]
    others = {p.country for p in (*cities, *divisions)} - {state}
    if not capital or others & named:
        return None
    return state


def namesake_states(name: str) -> frozenset[str]:
    """Every state the gazetteer knows a place of this name in, read in the order `place_country` reads
    (a capital's name is the capital's alone): one state for "England", two for "Brest"."""
    key = fold(name)
    table = _gazetteer()
    if not key:
        return frozenset()
    if key in table.hand:
        found = table.hand[key]
    elif (capital := lookup_capital(name)) is not None:
        return frozenset({capital.iso3})
    else:
        found = (
            (table.divisions.get(key) or table.divisions.get(_stripped(key)) or ())
            + (table.cities.get(key) or table.cities.get(_CITY_SUFFIX.sub("", key)) or ())
            + tuple(
                p for s in _spellings(key) for p in table.cities.get(s, ()) + table.bare_cities.get(s, ())
            )
        )
    return frozenset(p.country for p in found if p.country)


def division_states(name: str) -> frozenset[str]:
    """The states that have a first-level subdivision of this name ("Portland": Jamaica's parish)."""
    return frozenset(p.country for p in _gazetteer().divisions.get(fold(name), ()) if p.country)


def settled_by_name(name: str) -> bool:
    """Whether the name alone settles the place: a state's capital or a place of the hand table ("Crimea",
    "Kurdistan"), which a place written after it does not move ("Jerusalem in Israel")."""
    key = fold(name)
    return bool(key) and (key in _gazetteer().hand or lookup_capital(name) is not None)


def has_town_in(name: str, country: str) -> bool:
    """Whether the gazetteer knows a town of this name in `country`, a capital's namesakes too ("Athens"
    in the United States as well as Greece's capital)."""
    key = fold(name)
    table = _gazetteer()
    found = table.cities.get(key, ()) + tuple(p for s in _spellings(key) for p in table.cities.get(s, ()))
    return any(p.country == country for p in found)


@cache
def _seas() -> frozenset[str]:
    return frozenset(
        fold(row["name"])
        for row in read_table("places.tsv", COLUMNS, ("name", "kind"))
        if row["kind"] == "sea"
    )


def is_sea(name: str) -> bool:
    """ "the Pacific", "the Red Sea", "the Strait of Hormuz": a sea, an ocean, a gulf or a strait the table
    knows."""
    return fold(name) in _seas()


def division_type(name: str, article_countries: Iterable[str] = ()) -> str | None:
    """The kind of first-level subdivision a place name is ("state" for Montana or Queensland, "province" for
    Alberta, "land" for Bayern), of the country the article names if several share the name; None for a
    name that is no subdivision, or that names a city, region or landmark of the hand table first."""
    key = fold(name)
    table = _gazetteer()
    if not key or key in table.hand or lookup_capital(name) is not None:
        return None
    found = table.divisions.get(key)
    if not found:
        return None
    named = set(article_countries)
    in_article = [p for p in found if p.country in named]
    return max(in_article or found, key=lambda p: p.population).division or None


def is_named_division(name: str) -> bool:
    """Is `name` the English name of a state or province as the table writes it out ("Maharashtra",
    "Sichuan")? These are never a word or a people's name, so a text's use of one names the place."""
    return fold(name) in _gazetteer().english


def abbreviated_seat(word: str) -> str | None:
    """ "U.S.-based", "U.K.-headquartered": a state's abbreviation and a seat's participle in one word, which
    the tokenizer keeps whole (an abbreviation's hyphen before a lower-case word is no infix): the state
    the word names, where the body it stands before is based."""
    place, hyphen, participle = word.rpartition("-")
    if not hyphen or participle.lower() not in SEAT_PARTICIPLES:
        return None
    country = lookup_country(place)
    return country.iso3 if country is not None else None
