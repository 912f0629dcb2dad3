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
from functools import cache
from typing import Any

import pycountry
from countryinfo import CountryInfo


def _folded_set(pipe_separated: str) -> frozenset[str]:
    return frozenset(item.casefold() for item in pipe_separated.split("|"))


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str

    @property
    def id(self) -> str:
        """Canonical graph id, e.g. "country:IRQ"."""
        return f"country:{self.iso3}"


# Display names: pycountry's official-style names ("Iran, Islamic Republic of", "Türkiye") read badly in a
# graph, so these countries get the short name English news uses.
_COMMON_NAMES: dict[str, str] = {
    "USA": "United States",
    "GBR": "United Kingdom",
    "RUS": "Russia",
    "IRN": "Iran",
    "SYR": "Syria",
    "KOR": "South Korea",
    "PRK": "North Korea",
    "TUR": "Turkey",
    "VEN": "Venezuela",
    "BOL": "Bolivia",
    "TZA": "Tanzania",
    "VNM": "Vietnam",
    "LAO": "Laos",
    "MDA": "Moldova",
    "PSE": "Palestine",
    "TWN": "Taiwan",
    "CZE": "Czech Republic",
    "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo",
    "FSM": "Micronesia",
    "VAT": "Vatican City",
    "BRN": "Brunei",
    "CIV": "Ivory Coast",
    "CPV": "Cape Verde",
    "MKD": "North Macedonia",
    "SWZ": "Eswatini",
    "FLK": "Falkland Islands",
    "CCK": "Cocos Islands",
    "VGB": "British Virgin Islands",
    "VIR": "U.S. Virgin Islands",
    "SXM": "Sint Maarten",
    "MAF": "Saint Martin",
    "SHN": "Saint Helena",
    "BES": "Caribbean Netherlands",
    "MAC": "Macau",
}

# Kosovo has no ISO 3166 entry; XKX is the user-assigned code in common use (EU, IMF, World Bank).
_EXTRA_COUNTRIES: dict[str, str] = {"XKX": "Kosovo"}

# Dependent territories and uninhabited areas: their capitals are not used for state metonymy and a shared
# demonym ("French" for Réunion, "American" for the Northern Marianas) belongs to the sovereign state.
_DEPENDENCIES: frozenset[str] = frozenset(
    re.findall(
        r"[A-Z]{3}",
        "ABW AIA ALA ASM ATA ATF BES BLM BMU BVT CCK COK CUW CXR CYM FLK FRO GGY GIB GLP GRL GUF GUM HKG HMD "
        "IMN IOT JEY MAC MAF MNP MSR MTQ MYT NCL NFK NIU PCN PRI PYF REU SGS SHN SJM SPM SXM TCA TKL UMI VGB "
        "VIR WLF",
    )
)

# Extra country names and spellings (matched case-insensitively, like the library names).
_EXTRA_NAMES: dict[str, str] = {
    "America": "USA",
    "United States": "USA",
    "United States of America": "USA",
    "Britain": "GBR",
    "Great Britain": "GBR",
    "United Kingdom": "GBR",
    "Russian Federation": "RUS",
    "Türkiye": "TUR",
    "Turkiye": "TUR",
    "Czechia": "CZE",
    "Holland": "NLD",
    "Burma": "MMR",
    "Myanmar": "MMR",
    "Persia": "IRN",
    "Ivory Coast": "CIV",
    "Côte d'Ivoire": "CIV",
    "Cote d'Ivoire": "CIV",
    "East Timor": "TLS",
    "Timor-Leste": "TLS",
    "Swaziland": "SWZ",
    "Macedonia": "MKD",
    "North Macedonia": "MKD",
    "DR Congo": "COD",
    "Congo-Kinshasa": "COD",
    "Congo-Brazzaville": "COG",
    "Vatican": "VAT",
    "Holy See": "VAT",
    "Palestinian territories": "PSE",
    "Palestinian Territories": "PSE",
    "Gaza Strip": "PSE",
    "Kosovo": "XKX",
    "Republic of Kosovo": "XKX",
    "Gambia": "GMB",
    "Bosnia": "BIH",
    "Bahamas": "BHS",
}

# Abbreviations: matched only exactly as written here once periods are removed ("U.S." -> "US"), never in
# lower case ("us") and never in mixed case ("Us").
_ABBREVIATIONS: dict[str, str] = {
    "US": "USA",
    "USA": "USA",
    "UK": "GBR",
    "UAE": "ARE",
    "DPRK": "PRK",
    "PRC": "CHN",
    "ROK": "KOR",
    "KSA": "SAU",
    "DRC": "COD",
    "NZ": "NZL",
    "BiH": "BIH",
}

# Demonyms and adjectives countryinfo lacks or gives in a less common form. Plurals are generated.
_EXTRA_DEMONYMS: dict[str, str] = {
    "Saudi": "SAU",
    "Emirati": "ARE",
    "Briton": "GBR",
    "Brit": "GBR",
    "Frenchman": "FRA",
    "Frenchmen": "FRA",
    "Frenchwoman": "FRA",
    "Dutchman": "NLD",
    "Dutchmen": "NLD",
    "Irishman": "IRL",
    "Irishmen": "IRL",
    "Frenchwomen": "FRA",
    "Spaniard": "ESP",
    "Dane": "DNK",
    "Finn": "FIN",
    "Swede": "SWE",
    "Pole": "POL",
    "Turk": "TUR",
    "Argentine": "ARG",
    "Argentinian": "ARG",
    "Cape Verdean": "CPV",
    "Maldivian": "MDV",
    "Ecuadorian": "ECU",
    "Icelandic": "ISL",
    "Luxembourgish": "LUX",
    "Slovenian": "SVN",
    "Slovakian": "SVK",
    "Botswanan": "BWA",
    "Batswana": "BWA",
    "Basotho": "LSO",
    "Filipina": "PHL",
    "Philippine": "PHL",
    "Kyrgyz": "KGZ",
    "Tajik": "TJK",
    "Uzbek": "UZB",
    "Kazakh": "KAZ",
    "Lao": "LAO",
    "Salvadorean": "SLV",
    "Bahamian": "BHS",
    "Timorese": "TLS",
    "Vatican": "VAT",
    "Kosovar": "XKX",
    "Kosovan": "XKX",
    "Herzegovinian": "BIH",
    "Bosnian": "BIH",
    "Afghani": "AFG",
    "Myanmar": "MMR",
    "Belarussian": "BLR",
    "Yemenite": "YEM",
    "Macedonian": "MKD",
    "Trinidadian": "TTO",
    "Hong Konger": "HKG",
    "Puerto Rican": "PRI",
    "Sri Lankan": "LKA",
    "Taiwanese": "TWN",
}

# Words that look like country names or demonyms in the libraries' data but must not resolve: peoples and
# regions without a state of their own, ambiguous forms, parts of the United Kingdom, and altSpellings that
# are ordinary words ("Island" is Iceland's native name, "Mann" the Isle of Man's, "Dominique" a first name).
_NOT_COUNTRIES: frozenset[str] = _folded_set(
    "Kurd|Kurds|Kurdish|Kurdistan|Arab|Arabs|Arabian|Arabic|Jewish|Muslim|Korea|Korean|Koreans|"
    "Congo|Congolese|Guiana|Island|Mann|Mannin|Prathet|Dominique|Mexicanos|Portuguesa|Zhonghua|"
    "Pleasant Island|the Abode of Peace|Nation of Brunei|England|English|Scotland|Scottish|Scot|"
    "Scots|Wales|Welsh|Northern Ireland|Channel Islander|Channel Islanders|Christmas Island|"
    "Virgin Islands|Soviet|Soviets|Soviet Union|USSR|Yugoslavia|Yugoslav|Europe|European|Africa|"
    "African|Asia|Asian|Latin|Persian|Balkan|Caucasus|Sahara|Reunion"
)

# Capitals under other spellings, former names still in use, and the seat of government where that is what
# news metonymy means ("Washington", "Jerusalem" for the Israeli government).
_EXTRA_CAPITALS: dict[str, str] = {
    "Washington": "USA",
    "Washington, D.C.": "USA",
    "Washington D.C.": "USA",
    "Washington DC": "USA",
    "Kiev": "UKR",
    "Kyiv": "UKR",
    "Delhi": "IND",
    "New Delhi": "IND",
    "Astana": "KAZ",
    "Nay Pyi Taw": "MMR",
    "Naypyitaw": "MMR",
    "Teheran": "IRN",
    "Sanaa": "YEM",
    "Sana'a": "YEM",
    "Jerusalem": "ISR",
    "Brasilia": "BRA",
    "Bogota": "COL",
    "Yaounde": "CMR",
    "Lome": "TGO",
    "Asuncion": "PRY",
    "Chisinau": "MDA",
    "Reykjavík": "ISL",
    "N'Djamena": "TCD",
    "Ndjamena": "TCD",
    "Hague": "NLD",  # seat of the Dutch government ("The Hague"; the leading article is stripped)
    "Pristina": "XKX",
    "Priština": "XKX",
    "Tshwane": "ZAF",
    "Cape Town": "ZAF",  # seat of South Africa's parliament
}

# Capitals whose bare name more often means something else in news: Brussels stands for the EU, Georgetown
# and Victoria and Hamilton are also common place or person names, "Male" is an English word once the accent
# is lost, "Luxembourg"/"Singapore"/... are the country's own name (already a country lookup).
_NOT_CAPITALS: frozenset[str] = _folded_set(
    "Brussels|Georgetown|Victoria|City of Victoria|Hamilton|Kingston|Male|Malé|Luxembourg|Singapore|"
    "Monaco|Djibouti|San Marino|Vatican City|Kuwait|Saint John's|Jamestown|Plymouth|Douglas|Stanley|"
    "Tripoli|San Juan|Santiago"
)

# State institutions whose country is fixed by their name.
_INSTITUTIONS: dict[str, str] = {
    "State Department": "USA",
    "Department of State": "USA",
    "Pentagon": "USA",
    "White House": "USA",
    "Oval Office": "USA",
    "Capitol Hill": "USA",
    "Foggy Bottom": "USA",
    "CIA": "USA",
    "FBI": "USA",
    "Central Intelligence Agency": "USA",
    "Federal Bureau of Investigation": "USA",
    "Department of Defense": "USA",
    "Defense Department": "USA",
    "Department of Homeland Security": "USA",
    "Treasury Department": "USA",
    "Federal Reserve": "USA",
    "Kremlin": "RUS",
    "State Duma": "RUS",
    "Duma": "RUS",
    "FSB": "RUS",
    "GRU": "RUS",
    "Bundeswehr": "DEU",
    "Bundestag": "DEU",
    "Bundesnachrichtendienst": "DEU",
    "BND": "DEU",
    "Bundesbank": "DEU",
    "Reichstag": "DEU",
    "Auswärtiges Amt": "DEU",
    "Downing Street": "GBR",
    "Number 10": "GBR",
    "No. 10": "GBR",
    "Whitehall": "GBR",
    "Foreign and Commonwealth Office": "GBR",
    "Foreign, Commonwealth and Development Office": "GBR",
    "Foreign Commonwealth and Development Office": "GBR",
    "MI5": "GBR",
    "MI6": "GBR",
    "Bank of England": "GBR",
    "Élysée": "FRA",
    "Elysee": "FRA",
    "Élysée Palace": "FRA",
    "Elysee Palace": "FRA",
    "Quai d'Orsay": "FRA",
    "Matignon": "FRA",
    "Zhongnanhai": "CHN",
    "People's Liberation Army": "CHN",
    "PLA": "CHN",
    "Knesset": "ISR",
    "Israel Defense Forces": "ISR",
    "Israeli Defense Forces": "ISR",
    "IDF": "ISR",
    "Mossad": "ISR",
    "Shin Bet": "ISR",
    "Islamic Revolutionary Guard Corps": "IRN",
    "Revolutionary Guard": "IRN",
    "Revolutionary Guards": "IRN",
    "IRGC": "IRN",
    "Verkhovna Rada": "UKR",
    "Sejm": "POL",
    "Kantei": "JPN",
    "Blue House": "KOR",
    "Quirinale": "ITA",
    "Palazzo Chigi": "ITA",
    "Farnesina": "ITA",
    "Moncloa": "ESP",
    "Planalto": "BRA",
    "Itamaraty": "BRA",
    "Casa Rosada": "ARG",
    "Storting": "NOR",
    "Riksdag": "SWE",
    "Folketing": "DNK",
    "Dáil": "IRL",
    "Oireachtas": "IRL",
}

# Heads of state organs that take their country from a country word around them: "the Iraqi government",
# "Russia's Foreign Ministry", "Ministry of Foreign Affairs of Iraq", "the Chinese embassy in Washington".
_STATE_ORGANS: frozenset[str] = _folded_set(
    "government|administration|authorities|regime|cabinet|parliament|military|army|navy|air force|"
    "armed forces|defence forces|defense forces|police|security forces|troops|forces|embassy|"
    "consulate|mission|delegation|foreign ministry|ministry of foreign affairs|foreign office|"
    "defense ministry|defence ministry|ministry of defense|ministry of defence|interior ministry|"
    "ministry of interior|ministry of the interior|justice ministry|ministry of justice|"
    "finance ministry|ministry of finance|economy ministry|ministry of economy|health ministry|"
    "ministry of health|oil ministry|ministry of oil|presidency|intelligence|intelligence services|"
    "coast guard|navy|judiciary|supreme court|central bank|state media|state television|"
    "state news agency|prosecutor's office|prosecutors|officials|diplomats|leadership|junta|"
    "state department|senate|congress|national assembly|legislature"
)

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
    if demonym in {"french", "dutch", "lao"}:
        return None
    return demonym + "s"


@dataclass(frozen=True)
class _Tables:
    countries: dict[str, Country]
    names: dict[str, str]  # folded name -> iso3
    demonyms: dict[str, str]  # folded demonym (singular and plural) -> iso3
    abbreviations: dict[str, str]  # exact, periods removed -> iso3
    capitals: dict[str, str]  # folded capital -> iso3
    institutions: dict[str, str]  # folded institution name -> iso3


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
    population: dict[str, int] = {}

    for record in pycountry.countries:
        countries[record.alpha_3] = Country(record.alpha_3, _display_name(record))
    for iso3, name in _EXTRA_COUNTRIES.items():
        countries[iso3] = Country(iso3, name)

    info_records = [
        rec for rec in CountryInfo.all().values() if (rec.get("ISO") or {}).get("alpha3") in countries
    ]
    for rec in info_records:
        population[rec["ISO"]["alpha3"]] = int(rec.get("population") or 0)

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

    return _Tables(
        countries=countries,
        names=names,
        demonyms=demonyms,
        abbreviations=dict(_ABBREVIATIONS),
        capitals=capitals,
        institutions={_fold(k): v for k, v in _INSTITUTIONS.items()},
    )


def _has_capital_letter(text: str) -> bool:
    return any(ch.isupper() for ch in text)


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


def lookup_capital(text: str) -> Country | None:
    """The country whose capital (or seat of government) the mention names: "Moscow" -> Russia.

    Kept apart from `lookup_country` because a capital is also a city: the caller decides whether the
    mention stands for the state.
    """
    cleaned = _clean(text)
    if not cleaned or not _has_capital_letter(cleaned):
        return None
    tables = _tables()
    iso3 = tables.capitals.get(_fold(cleaned))
    return tables.countries[iso3] if iso3 else None


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
