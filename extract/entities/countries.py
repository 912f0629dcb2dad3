"""Country gazetteer: mention text (name, abbreviation, demonym, capital, state institution) -> ISO country.

Codes and names come from pycountry, demonyms and capitals from countryinfo; the small tables below fill
their gaps (common short names, "U.S.", "Saudi", "Britons", "Kremlin"...). All lookup dictionaries are built
once, on first use, so every lookup afterwards is a dictionary hit.

Matching is case-insensitive only for mentions that carry at least one capital letter: news text writes
country names capitalised, while "turkey", "china" or "chad" in lower case are ordinary words. Short
abbreviations ("US", "UK", "UAE") must be written in capitals, because "us" is a pronoun.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import pycountry
from countryinfo import CountryInfo
from geokg.extract.lexicon.loader import Lists


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str

    @property
    def id(self) -> str:
        """Canonical graph id, e.g. "country:IRQ"."""
        return f"country:{self.iso3}"


_COUNTRIES = Lists("countries.tsv", lowercase=False)
# The lists and their purpose are documented in data/countries.tsv.
_COMMON_NAMES = _COUNTRIES.mapping("common_names")
_EXTRA_COUNTRIES = _COUNTRIES.mapping("extra_countries")
_DEPENDENCIES = _COUNTRIES.words("dependencies")
_SOVEREIGNS = _COUNTRIES.mapping("sovereigns")
_EXTRA_NAMES = _COUNTRIES.mapping("names")
_ABBREVIATIONS = _COUNTRIES.mapping("abbreviations")
_EXTRA_DEMONYMS = _COUNTRIES.mapping("demonyms")
_NO_PLURAL_DEMONYMS = _COUNTRIES.words("no_plural_demonyms")
_PEOPLE_OF_STATES = _COUNTRIES.mapping("people_of_states")
_NOT_COUNTRIES = frozenset(word.casefold() for word in _COUNTRIES.words("not_countries"))
_EXTRA_CAPITALS = _COUNTRIES.mapping("capitals")
_NOT_CAPITALS = frozenset(word.casefold() for word in _COUNTRIES.words("not_capitals"))
_CAPITALS_AFTER_THE = frozenset(word.casefold() for word in _COUNTRIES.words("capitals_after_the"))
_INSTITUTIONS = _COUNTRIES.mapping("institutions")
_STATE_ORGANS = _COUNTRIES.words("state_organs")
_ADJECTIVES = _COUNTRIES.mapping("adjectives")
_DEPARTMENT_STATES = frozenset(_COUNTRIES.words("department_states"))
_ISO3 = re.compile(r"[A-Z]{3}")
for _list in ("names", "abbreviations", "demonyms", "capitals", "institutions", "people_of_states"):
    _COUNTRIES.check(_list, lambda _entry, code: bool(_ISO3.fullmatch(code)), "a name and its ISO alpha-3")
for _list in ("common_names", "extra_countries", "dependencies", "adjectives", "sovereigns"):
    _COUNTRIES.check(_list, lambda code, _value: bool(_ISO3.fullmatch(code)), "an ISO alpha-3 code")
_COUNTRIES.check("department_states", lambda code, _value: bool(_ISO3.fullmatch(code)), "an ISO alpha-3 code")

_LEADING_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s|'|’s|’)$")
_SPACES = re.compile(r"\s+")
_LOCATED_IN = re.compile(r"\s+in\s+.*$", re.IGNORECASE)


def _clean(text: str) -> str:
    """Trim, unify apostrophes, drop one leading "the" and a trailing possessive, collapse whitespace."""
    text = _SPACES.sub(" ", text.replace("’", "'").strip())
    text = _LEADING_ARTICLE.sub("", text)
    return _POSSESSIVE.sub("", text).strip()


def _fold(text: str) -> str:
    return text.replace(".", "").casefold()


def _plural(demonym: str) -> str | None:
    # Called on casefolded keys. "-chman"/"-shman"/"-woman" compounds get their plural from the own table.
    if demonym.endswith(("ese", "ss", "sh", "men", "chman", "shman", "woman", "ois", "x", "ic")):
        return None
    if demonym in _NO_PLURAL_DEMONYMS:
        return None
    return demonym + "s"


@dataclass(frozen=True)
class _Tables:
    countries: dict[str, Country]
    names: dict[str, str]  # folded name -> iso3
    demonyms: dict[str, str]  # folded demonym (singular and plural) -> iso3
    abbreviations: dict[str, str]  # exact, periods removed -> iso3
    capitals: dict[str, str]  # folded capital -> iso3
    capital_cities: dict[str, str]  # folded capital city -> iso3, those no mention of the state uses too
    institutions: dict[str, str]  # folded institution name -> iso3
    population: dict[str, int]  # iso3 -> inhabitants (countryinfo), 0 when unknown
    adjectives: dict[str, str]  # iso3 -> the adjective of the state ("Turkish")


def _display_name(record: Any) -> str:
    iso3 = record.alpha_3
    if iso3 in _COMMON_NAMES:
        return _COMMON_NAMES[iso3]
    common = getattr(record, "common_name", None)
    return str(common or record.name)


def _add_ranked(
    table: dict[str, str], key: str, iso3: str, population: dict[str, int], sovereign_first: bool
) -> None:
    """Keep one country per key; when sources disagree prefer sovereign states, then larger population."""
    folded = _fold(key)
    if not folded or folded in _NOT_COUNTRIES:
        return
    held = table.get(folded)
    if held is None or held == iso3:
        table[folded] = iso3
        return

    def rank(code: str) -> tuple[bool, int]:
        return (sovereign_first and code not in _DEPENDENCIES, population.get(code, 0))

    if rank(iso3) > rank(held):
        table[folded] = iso3


@cache
def _tables() -> _Tables:
    countries: dict[str, Country] = {}
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    capitals: dict[str, str] = {}
    capital_cities: dict[str, str] = {}
    population: dict[str, int] = {}

    for record in pycountry.countries:
        countries[record.alpha_3] = Country(record.alpha_3, _display_name(record))
    for iso3, name in _EXTRA_COUNTRIES.items():
        countries[iso3] = Country(iso3, name)

    info_records = [
        rec for rec in CountryInfo.all().values() if (rec.get("ISO") or {}).get("alpha3") in countries
    ]
    for rec in info_records:
        # Wales and Scotland are filed under GBR too: the largest figure is the state's.
        iso3 = rec["ISO"]["alpha3"]
        population[iso3] = max(population.get(iso3, 0), int(rec.get("population") or 0))

    # Names: library names first, then official names and alternative spellings; the own table wins.
    for record in pycountry.countries:
        iso3 = record.alpha_3
        official = getattr(record, "official_name", None)
        for key in (record.name, getattr(record, "common_name", None), official):
            if key and "," not in key and "(" not in key:
                _add_ranked(names, key, iso3, population, sovereign_first=True)
        _add_ranked(names, countries[iso3].name, iso3, population, sovereign_first=True)
    info_records = [
        rec for rec in info_records if rec.get("name") not in {"Wales", "Scotland"}
    ]  # filed as GBR
    for rec in info_records:
        for demonym in (rec.get("demonym") or "").replace("/", ",").split(","):
            demonym = demonym.strip()
            if demonym:
                _add_ranked(demonyms, demonym, rec["ISO"]["alpha3"], population, sovereign_first=True)
    for rec in info_records:
        iso3 = rec["ISO"]["alpha3"]
        for key in [rec.get("name"), *rec.get("altSpellings", [])]:
            # Some altSpellings are demonyms ("Thai", "Togolese"): those stay demonyms.
            if key and len(key) > 3 and "," not in key and "(" not in key and _fold(key) not in demonyms:
                _add_ranked(names, key.strip(), iso3, population, sovereign_first=True)
        capital = rec.get("capital")
        sovereign = iso3 not in _DEPENDENCIES
        if isinstance(capital, str) and capital and sovereign:
            capital_cities.setdefault(_fold(capital), iso3)
        if isinstance(capital, str) and capital and sovereign and _fold(capital) not in _NOT_CAPITALS:
            _add_ranked(capitals, capital, iso3, population, sovereign_first=True)
    for key, iso3 in _EXTRA_NAMES.items():
        names[_fold(key)] = iso3
    for key, iso3 in _EXTRA_DEMONYMS.items():
        demonyms[_fold(key)] = iso3
    for key, iso3 in _EXTRA_CAPITALS.items():
        capitals[_fold(key)] = iso3

    # Plurals ("Iraqis", "Britons"); a plural never overrides an existing entry.
    for folded, iso3 in list(demonyms.items()):
        plural = _plural(folded)
        if plural and plural not in demonyms and plural not in _NOT_COUNTRIES:
            demonyms[plural] = iso3
    # A demonym identical to a name ("Djibouti", "Gibraltar") is a name.
    for key in [k for k in demonyms if k in names]:
        del demonyms[key]

    adjectives: dict[str, str] = {}
    for rec in info_records:
        first = (rec.get("demonym") or "").replace("/", ",").split(",")[0].strip()
        if first and rec.get("name") not in {"wales", "scotland", "Wales", "Scotland"}:
            adjectives.setdefault(rec["ISO"]["alpha3"], first)
    adjectives.update(_ADJECTIVES)

    return _Tables(
        countries=countries,
        names=names,
        demonyms=demonyms,
        abbreviations=dict(_ABBREVIATIONS),
        capitals=capitals,
        capital_cities=capital_cities,
        institutions={_fold(k): v for k, v in _INSTITUTIONS.items()},
        population=population,
        adjectives=adjectives,
    )


def _has_capital_letter(text: str) -> bool:
    return any(ch.isupper() for ch in text)


@lru_cache(maxsize=1 << 15)  # pure in its text (the tables are read once); asked of every name
def _resolve(text: str, *, with_demonyms: bool = True) -> tuple[str, bool] | None:
    """Return (iso3, is_demonym) for a mention, or None."""
    cleaned = _clean(text)
    if not cleaned or not _has_capital_letter(cleaned):
        return None
    tables = _tables()
    exact = cleaned.replace(".", "").replace(" ", "")
    if exact in tables.abbreviations:
        return tables.abbreviations[exact], False
    folded = _fold(cleaned)
    if folded in _NOT_COUNTRIES:
        return None
    if folded in tables.names:
        return tables.names[folded], False
    if with_demonyms and folded in tables.demonyms:
        return tables.demonyms[folded], True
    return None


def lookup_country(text: str) -> Country | None:
    """The country a mention names: "the U.S.", "Iraq's", "Iraqis", "Saudi", "Russian Federation"..."""
    found = _resolve(text)
    return _tables().countries[found[0]] if found else None


def country_of_adjective(word: str) -> Country | None:
    """The country of an adjective or people word ("Iraqi", "Americans"); names are accepted too."""
    return lookup_country(word)


def is_demonym(text: str) -> bool:
    """True when the mention is a demonym/adjective ("Iraqi", "Americans"), not the country's name."""
    found = _resolve(text)
    return bool(found and found[1])


@cache
def _people_of_states() -> dict[str, str]:
    table = {_fold(name): iso3 for name, iso3 in _PEOPLE_OF_STATES.items()}
    for folded, iso3 in list(table.items()):
        plural = _plural(folded)
        if plural:
            table.setdefault(plural, iso3)
    return table


def people_of_state(text: str) -> Country | None:
    """The state a people of one of its parts, or an indigenous people of one state, belongs to ("Montanans",
    "Native Americans" -> USA); None for a country's own demonym, which `lookup_country` reads."""
    cleaned = _clean(text)
    if not cleaned or not _has_capital_letter(cleaned):
        return None
    iso3 = _people_of_states().get(_fold(cleaned))
    return _tables().countries[iso3] if iso3 else None


def lookup_capital(text: str, *, after_the: bool = True) -> Country | None:
    """The country whose capital (or seat of government) the mention names: "Moscow" -> Russia.

    Kept apart from `lookup_country` because a capital is also a city: the caller decides whether the
    mention stands for the state. `after_the` says whether "the" comes before the mention in the text: a
    capital whose name has the article ("The Hague") is the place only with it; without it the word is
    more often a surname ("Hague said").
    """
    cleaned = _clean(text)
    if not cleaned or not _has_capital_letter(cleaned):
        return None
    if _fold(cleaned) in _CAPITALS_AFTER_THE and not (after_the or _LEADING_ARTICLE.match(text)):
        return None
    tables = _tables()
    iso3 = tables.capitals.get(_fold(cleaned))
    return tables.countries[iso3] if iso3 else None


def capital_city_of(name: str) -> str | None:
    """The sovereign state whose capital city bears this name, whether or not the name stands for the
    state in news ("Santiago" -> CHL)."""
    return _tables().capital_cities.get(_fold(_clean(name)))


def country_of_institution(text: str) -> Country | None:
    """The country of a state institution: fixed names ("Pentagon", "Kremlin", "Downing Street") and a
    country word with a generic state organ ("the Iraqi government", "Russia's Foreign Ministry",
    "U.S. State Department", "Ministry of Foreign Affairs of Iraq", "the Chinese embassy in Washington")."""
    cleaned = _clean(text)
    if not cleaned or not _has_capital_letter(cleaned):
        return None
    tables = _tables()
    folded = _fold(cleaned)
    if folded in tables.institutions:
        return tables.countries[tables.institutions[folded]]

    # "the Chinese embassy in Washington" belongs to China: drop the location.
    cleaned = _LOCATED_IN.sub("", cleaned)
    words = cleaned.split(" ")
    # "<country word> <organ or institution>", longest country prefix first ("United States Senate").
    for cut in range(len(words) - 1, 0, -1):
        head_folded = _fold(" ".join(words[cut:]))
        if head_folded not in _STATE_ORGANS and head_folded not in tables.institutions:
            continue
        prefix = lookup_country(" ".join(words[:cut]))
        if prefix is None:
            continue
        fixed = tables.institutions.get(head_folded)
        if fixed is not None and fixed != prefix.iso3:
            return None  # "Russian Pentagon": contradictory, leave it to the caller
        return prefix
    # "<organ> of <country>": "Ministry of Foreign Affairs of Iraq", "Government of Japan".
    for cut in range(1, len(words) - 1):
        if words[cut].casefold() == "of" and _fold(" ".join(words[:cut])) in _STATE_ORGANS:
            found = lookup_country(" ".join(words[cut + 1 :]))
            if found is not None:
                return found
    return None


def sovereign_of(iso3: str) -> str | None:
    """The sovereign state of a dependent territory ("ASM" -> "USA"), None for a state or an unlisted area."""
    return _SOVEREIGNS.get(iso3)


def has_ministries(iso3: str) -> bool:
    """Does the state's government have ministries? Not one whose offices are departments (countries.tsv
    department_states: "USA")."""
    return iso3 not in _DEPARTMENT_STATES


def adjective(iso3: str) -> str:
    """The adjective of a state for labels ("Turkish", "US", "Hong Kong"), else its name."""
    tables = _tables()
    return tables.adjectives.get(iso3) or tables.countries[iso3].name


def population(iso3: str) -> int:
    """Inhabitants of a country (countryinfo's figure), 0 when unknown: settles names several states share."""
    return _tables().population.get(iso3, 0)


def country_by_code(code: str) -> Country:
    """The country for an ISO 3166 alpha-3 (or alpha-2) code; raises KeyError for unknown codes."""
    tables = _tables()
    key = code.strip().upper()
    if key in tables.countries:
        return tables.countries[key]
    if len(key) == 2:
        record = pycountry.countries.get(alpha_2=key)
        if record is not None:
            return tables.countries[record.alpha_3]
    raise KeyError(code)


def all_countries() -> list[Country]:
    """Every known country, sorted by ISO code."""
    return sorted(_tables().countries.values(), key=lambda c: c.iso3)
