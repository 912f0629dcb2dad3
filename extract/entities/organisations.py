"""Named organisations and the state they belong to, from two tables:

- data/state_bodies.tsv: bodies of a state with their CAMEO sector, either fixed to one state by the name
  ("Bundestag" -> DEU, LEG) or a pattern that takes its state from a country word ("the Kenyan Parliament",
  "the Foreign Ministry of Egypt": LEG and GOV of whichever state is named);
- data/organisations.tsv: parties, armed groups, media, journals, companies and agencies with their
  country, and transnational groups and international NGOs with none; and products, which are no
  organisation (`is_product`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from geokg.extract.entities.countries import is_demonym, lookup_country, population
from geokg.extract.entities.mentions import fold
from geokg.extract.entities.offices import is_holder_surname
from geokg.extract.lexicon.entity_words import (
    BROADCAST_NAME_WORDS,
    COMPANY_SUFFIXES,
    FIRM_UNIT_WORDS,
    FOREIGN_BANK_OPENERS,
    LEGAL_FORM_KEYS,
    LEGAL_FORM_STATES,
    MINISTRY_PORTFOLIO_WORDS,
    OUTLET_NAME_HEADS,
    OUTLET_SERVICES,
    PARTNER_CONJUNCTIONS,
    PORTFOLIO_BODY_HEADS,
    PORTFOLIO_BODY_OFFICERS,
    PORTFOLIO_HEADS_AFTER,
    STATE_GROUP_HEADS,
    STATE_GROUP_PREPOSITIONS,
    STATE_ORGAN_FIRM_WORDS,
    TOWN_PAPER_HEADS,
)
from geokg.extract.lexicon.loader import read_table
from geokg.extract.lexicon.words import GENERIC_INSTITUTIONS

ORGANISATION_COLUMNS = ("name", "country", "kind", "aliases", "sector", "note")
BODY_COLUMNS = ("name", "sector", "country", "note")
_LOCATED = re.compile(r"^(?P<body>.+)\s+(?:of|in|for)\s+(?:the\s+)?(?P<place>.+)$", re.IGNORECASE)
_THE = re.compile(r"^the\s+", re.IGNORECASE)
# Kinds of the table for sport: a league's or a club's name is never a person's or a place's.
SPORTS_KINDS = frozenset({"league", "club"})
# A journal's name is often a common word or a place's ("Nature", "Science"): the table's says a journal.
JOURNAL_KIND = "journal"
PRODUCT_KIND = "product"
COMPANY_KIND = "company"
MEDIA_KIND = "media"
STATE_BODY_KIND = "state body"
# The legal forms a firm's name may end in ("Chevron Corp", "Siemens AG", "Acme Co Ltd"), dots dropped.
_LEGAL_FORMS = LEGAL_FORM_KEYS | frozenset(word.replace(".", "") for word in COMPANY_SUFFIXES)


@dataclass(frozen=True, slots=True)
class Organisation:
    name: str
    country: str | None  # None: transnational, or a pattern whose state the text must name
    # party | armed group | media | journal | company | agency | ngo | league | club | university | state body
    kind: str
    sector: str | None


_POSSESSIVE_NAME = re.compile(r"['’]s$")


def _key(name: str) -> str:
    """An all-capital acronym is matched as written ("ANC", never "anc"); other names folded."""
    compact = _THE.sub("", name.replace(".", "").strip())
    return compact if compact.isupper() and " " not in compact else fold(name)


@cache
def _organisations() -> dict[str, tuple[Organisation, ...]]:
    found: dict[str, list[Organisation]] = defaultdict(list)
    for row in read_table("organisations.tsv", ORGANISATION_COLUMNS, ("name", "kind")):
        if row["kind"] == PRODUCT_KIND:
            continue  # a product is no organisation: `is_product`
        org = Organisation(row["name"], row["country"] or None, row["kind"], row["sector"] or None)
        for name in (row["name"], *row["aliases"].split(";")):
            if name.strip() and org not in found[_key(name)]:
                found[_key(name)].append(org)
    return {k: tuple(v) for k, v in found.items()}


@cache
def _products() -> frozenset[str]:
    return frozenset(
        _key(name)
        for row in read_table("organisations.tsv", ORGANISATION_COLUMNS, ("name", "kind"))
        if row["kind"] == PRODUCT_KIND
        for name in (row["name"], *row["aliases"].split(";"))
        if name.strip()
    )


def is_product(name: str) -> bool:
    """ "Linux", "Windows XP": software or a device the table knows, which no one is and nothing lies in."""
    return _key(name) in _products()


@cache
def _bodies() -> tuple[dict[str, Organisation], dict[str, str]]:
    """Named bodies fixed to a state (folded name -> body), and patterns (folded name -> sector)."""
    fixed: dict[str, Organisation] = {}
    patterns: dict[str, str] = {}
    for row in read_table("state_bodies.tsv", BODY_COLUMNS, ("name", "sector")):
        if row["country"]:
            fixed.setdefault(
                _key(row["name"]), Organisation(row["name"], row["country"], STATE_BODY_KIND, row["sector"])
            )
        else:
            patterns.setdefault(fold(row["name"]), row["sector"])
    return fixed, patterns


@cache
def first_words() -> frozenset[str]:
    """The folded first word of every organisation and international body the tables name: a cheap test
    before a lookup ("Labour", "Hezbollah", "Organisation"). Not a journal's: "Master of Science" names
    none, so only the tagger's own names are read as journals (retyping.py)."""
    from geokg.extract.entities.igos import alias_keys

    bodies = [key for key, orgs in _organisations().items() if any(o.kind != JOURNAL_KIND for o in orgs)]
    names = [*bodies, *_bodies()[0], *alias_keys()]
    return frozenset(fold(name).split()[0] for name in names if fold(name))


def lookup_organisation(name: str, article_countries: Iterable[str] = ()) -> Organisation | None:
    """The table's organisation a name stands for: "the Labour Party" (the British one when the article
    names Britain or no other Labour country), "GOP", "Bundestag", "Hezbollah", "Amnesty International"."""
    fixed, _ = _bodies()
    key = _key(name)
    if key in fixed:
        return fixed[key]
    found = _organisations().get(key)
    if found and is_holder_surname(name) and not _POSSESSIVE_NAME.search(name.strip()):
        # "Reagan and Kohl": a firm named in the possessive ("Kohl's") is not an office holder's bare surname
        found = tuple(org for org in found if not _POSSESSIVE_NAME.search(org.name))
    if not found:
        return (
            _outlet_service(name, article_countries)
            or _firm_by_legal_form(name, article_countries)
            or _firm_unit(name, article_countries)
        )
    named = set(article_countries)
    candidates = [org for org in found if org.country in named]
    if not candidates and named and len(found) > 1:
        return None  # "the Liberal Party" of an article on Kenya is none of the parties the table lists
    candidates = candidates or list(found)
    return max(candidates, key=lambda org: population(org.country) if org.country else 0)


def _firm_by_legal_form(name: str, article_countries: Iterable[str]) -> Organisation | None:
    """ "Chevron Corp", "Siemens AG", "Acme Trust Co Ltd", "Goldman, Sachs and Co": a company the table
    knows by its short name is the same company with its legal form, which wire copy adds to every firm;
    only a company, since a party's or an agency's name with "Inc" is some firm's."""
    words = name.rstrip(".").split()
    states: set[str] | None = None  # the states whose company law the forms stripped belong to
    while len(words) > 1 and (form := words[-1].lower().replace(".", "")) in _LEGAL_FORMS:
        words.pop()
        if form in LEGAL_FORM_STATES:
            states = set(LEGAL_FORM_STATES[form].split(";"))
        if len(words) > 1 and words[-1].lower() in PARTNER_CONJUNCTIONS:
            words.pop()  # "Goldman, Sachs and Co": the partners' names are the firm's ("Goldman Sachs")
        found = lookup_organisation(" ".join(words), article_countries)
        if found is not None and found.kind == COMPANY_KIND:
            # "General Electric Co Plc" is a British firm: not the table's American General Electric
            return found if states is None or found.country in states else None
    return None


def _firm_unit(name: str, article_countries: Iterable[str]) -> Organisation | None:
    """ "Merrill Lynch Capital Markets", "Acme Securities International": a company the table knows, its
    name run on by words of a firm's business (data: firm_unit_words), is that company's unit, of its country
    and sector; only a company, and only two words or more of the table's name ("Bank Capital" is no unit of
    a firm "Bank")."""
    words = name.split()
    for k in range(len(words) - 1, 1, -1):
        if not all(w.istitle() and w.lower() in FIRM_UNIT_WORDS for w in words[k:]):
            break
        found = lookup_organisation(" ".join(words[:k]), article_countries)
        if found is not None:
            return found if found.kind == COMPANY_KIND else None
    return None


def _outlet_service(name: str, article_countries: Iterable[str]) -> Organisation | None:
    """ "CBS Radio", "BBC Sport": a service of a news outlet the table knows is the outlet's (its country
    and sector); only media, since a company's or party's name may go on with any word."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in OUTLET_SERVICES:
        return None
    outlet = lookup_organisation(" ".join(words[:-1]), article_countries)
    return outlet if outlet is not None and outlet.kind == MEDIA_KIND else None


# The sector of a news outlet (CAMEO's media)
MEDIA_SECTOR = "MED"


def named_as_outlet(name: str) -> bool:
    """ "the Peking Review", "the Korea Herald", "Kuwait News Agency", "Tehran Radio", "Radio Moscow": a name
    of two words or more that ends in a word of a paper's or an agency's name (outlet_name_heads) or has a
    broadcaster's word (broadcast_name_words) names a news outlet, whatever else the tables know of it."""
    words = _THE.sub("", fold(name)).split()
    if len(words) < 2:
        return False
    if any(word in BROADCAST_NAME_WORDS for word in words):
        return True
    ends = {" ".join(words[-size:]) for size in range(1, len(words))}
    return bool(ends & OUTLET_NAME_HEADS) or _paper_of_its_town(words)


def _paper_of_its_town(words: list[str]) -> bool:
    """ "the Denver Herald", "the Perth Globe", "the Houston Post": a known place's name (gazetteer) and a
    word a paper's name ends with (town_paper_heads) name a newspaper; "Royal Mail" and "American Express"
    name none."""
    from geokg.extract.entities.places import place_country  # places reads mentions, as this module does

    return words[-1] in TOWN_PAPER_HEADS and place_country(" ".join(words[:-1])).known


# The words that join a ministry's portfolios ("Trade and Industry", "Agriculture, Forestry and Fisheries").
_PORTFOLIO_JOINS = frozenset({"and", "&"})
# Ministries named by their portfolios are the government's (GOV): those of its forces, police and courts
# are the table's patterns ("Defence Ministry": MIL).
PORTFOLIO_MINISTRY_SECTOR = "GOV"


def portfolio_ministry(name: str) -> bool:
    """ "the International Trade and Industry Ministry", "Ministry of Posts and Telecommunications": a
    ministry named by the words of its portfolio alone (data: ministry_portfolio_words), which every state
    may have, as "the Finance Ministry" (not "the Ministry of Sound")."""
    words = _THE.sub("", fold(name)).replace(",", " ").split()
    if len(words) > 1 and words[-1] == "ministry":
        portfolio = words[:-1]
    elif len(words) > 2 and words[0] == "ministry" and words[1] in ("of", "for"):
        portfolio = [w for w in words[2:] if w != "the"]
    else:
        return False
    return (
        bool(portfolio)
        and portfolio[0] in MINISTRY_PORTFOLIO_WORDS
        and portfolio[-1] in MINISTRY_PORTFOLIO_WORDS
        and all(w in MINISTRY_PORTFOLIO_WORDS or w in _PORTFOLIO_JOINS for w in portfolio)
    )


def portfolio_body(name: str) -> bool:
    """ "the Board of Foreign Trade", "the Bureau of Statistics", "the Office of Trade Representative": an
    agency named "<head> of <portfolio>" (data: portfolio_body_heads, ministry_portfolio_words), or
    "<portfolio> <head>" by a head also written after it ("the Customs Bureau": portfolio_heads_after), with
    at most its officer's word last (portfolio_body_officers), is a state's, as a ministry of portfolios is;
    not "the Chicago Board of Trade" (a word before the head) nor "the board of Acme Corp" (no portfolio)."""
    words = _THE.sub("", fold(name)).replace(",", " ").split()
    if len(words) > 1 and words[-1] in PORTFOLIO_HEADS_AFTER:
        portfolio = words[:-1]  # "the Customs Bureau": the head after its portfolio
    elif len(words) < 3 or words[0] not in PORTFOLIO_BODY_HEADS or words[1] != "of":
        return False
    else:
        portfolio = [w for w in words[2:] if w != "the"]
    if len(portfolio) > 1 and portfolio[-1] in PORTFOLIO_BODY_OFFICERS:
        portfolio.pop()
    return (
        bool(portfolio)
        and portfolio[0] in MINISTRY_PORTFOLIO_WORDS
        and portfolio[-1] in MINISTRY_PORTFOLIO_WORDS
        and all(w in MINISTRY_PORTFOLIO_WORDS or w in _PORTFOLIO_JOINS for w in portfolio)
    )


def generic_institution(name: str) -> bool:
    """An institution every state has, named with no state's word: "Parliament", "the Finance Ministry", "the
    International Trade and Industry Ministry", "the Board of Foreign Trade" (GENERIC_INSTITUTIONS, or a
    ministry or an agency of portfolios)."""
    return fold(name) in GENERIC_INSTITUTIONS or portfolio_ministry(name) or portfolio_body(name)


def _pattern_sector(key: str) -> str | None:
    """The sector of the table's pattern of this folded name, or of a ministry of portfolios."""
    _, patterns = _bodies()
    if key in patterns:
        return patterns[key]
    return PORTFOLIO_MINISTRY_SECTOR if portfolio_ministry(key) or portfolio_body(key) else None


def body_sector(name: str) -> str | None:
    """The sector of a state body named by a pattern, with or without its country words: "Parliament",
    "the Kenyan Parliament", "Ministry of Foreign Affairs of Iraq", "the Trade and Industry Ministry" -> LEG,
    LEG, GOV, GOV."""
    key = fold(name)
    if sector := _pattern_sector(key):
        return sector
    words = name.split()
    for cut in range(1, len(words)):  # "Kenyan Parliament", "United States Senate"
        if lookup_country(" ".join(words[:cut])) is not None and (
            sector := _pattern_sector(fold(" ".join(words[cut:])))
        ):
            return sector
    located = _LOCATED.search(name)
    if located and lookup_country(located["place"]) is not None:
        return _pattern_sector(fold(located["body"]))
    return None


def foreign_bank_name(name: str) -> bool:
    """ "Banque Paribas", "Bankhaus Lampe", "Banca Nazionale del Lavoro": a name of two words or more that
    opens with a bank's word in another language (data: foreign_bank_openers) is a bank, never a person. It
    is a commercial bank (a business) unless a state's name or adjective or a state organ's word is in it
    ("Banque de France", "Banco Central": state_organ_firm_words) or the tables know it: see
    foreign_commercial_bank."""
    words = name.replace("-", " ").split()
    return len(words) >= 2 and words[0].lower() in FOREIGN_BANK_OPENERS and words[1][:1].isupper()


def foreign_commercial_bank(name: str) -> bool:
    """Is a name a foreign bank's (foreign_bank_name) that names no state, no state's organ and no body the
    tables know ("Banque Paribas" yes; "Banque de France", "Banco Central de Chile", "Banca d'Italia" no)?"""
    if not foreign_bank_name(name) or lookup_organisation(name) is not None:
        return False
    return not names_a_state_or_organ([w.strip(".,'") for w in name.replace("-", " ").split()])


def names_a_state_or_organ(words: list[str]) -> bool:
    """Is one of a bank's name's words a state's name or adjective or a state organ's word ("Banque de
    France", "Bank of Japan", "Banco Central": state_organ_firm_words)? Then it is no commercial bank."""
    return any(
        w.lower() in STATE_ORGAN_FIRM_WORDS or lookup_country(w) is not None or is_demonym(w) for w in words
    )


def party_name(name: str, article_countries: Iterable[str] = ()) -> str | None:
    """The name of the party a short form of the table stands for ("Tories", "Lib Dem" -> "Conservative
    Party", "Liberal Democrats"), where every row it names shares that name, or every row of the states
    the article names ("Republicans" in a story naming the US; "Liberal Party" in one naming neither
    Canada nor Australia stays as written), and it is no longer than that name ("Conservative Party of
    Canada" says more than "Conservative Party"); not an acronym."""
    key = _key(name)
    if key.isupper():
        return None  # an acronym is many bodies' ("EFF"): the article's own brackets say whose
    found = _organisations().get(key, ())
    named = set(article_countries)
    found = tuple(org for org in found if org.country in named) or found
    names = {org.name for org in found}
    if len(names) != 1 or any(org.kind != "party" for org in found):
        return None
    (full,) = names
    return full if fold(full) != fold(name) and len(name.split()) <= len(full.split()) else None


def state_named_group(name: str) -> bool:
    """ "Inter-Governmental Group on Indonesia", "Consultative Group for Peru": a group of states or donors
    named for the state it is about, which is no body of that state (its members are other states)."""
    words = name.split()
    for k in range(1, len(words) - 1):
        head, prep = words[k - 1], words[k]
        if head.lower() in STATE_GROUP_HEADS and head.istitle() and prep.lower() in STATE_GROUP_PREPOSITIONS:
            return lookup_country(" ".join(words[k + 1 :])) is not None
    return False


# "Kestrel Securities (HK) Ltd": a short name in brackets inside an organisation's name (not the whole name).
_BRACKETED = re.compile(r"\S\s*\((?P<state>[A-Z][^()]*)\)")


def arm_state(name: str) -> str | None:
    """The state a firm's local arm is named by, a state's short name in brackets inside the name
    ("Kestrel Securities (HK) Ltd", "Kestrel Motor Manufacturing (USA) Corp", "Kestrel (Japan)"): the state
    it is set up in, which is the arm's alone (its parent's name has no such brackets)."""
    bracketed = _BRACKETED.search(name)
    country = lookup_country(bracketed["state"]) if bracketed else None
    return country.iso3 if country is not None and not is_demonym(bracketed["state"]) else None
