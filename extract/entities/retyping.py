"""Entity types the tagger gets wrong, set from the article's own text after the names are read
(mentions.py): a people named like an organisation ("the Neandertals"), a person named like an organisation
("Perttu Ahola ... Ahola said"), a surname tagged as a place or read as a capital ("Amman"), a site or
settlement tagged as a person ("the site Abri Blanc"), and "Georgia" the US state in an article placed in the
US. Each pass reads the list of mentions of one article and returns it with labels (and countries)
corrected."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import pycountry
from geokg.extract.entities.countries import is_demonym, lookup_capital, lookup_country
from geokg.extract.entities.mentions import Mention, fold
from geokg.extract.entities.organisations import lookup_organisation
from geokg.extract.entities.places import place_country
from geokg.extract.lexicon.entity_words import ORGANISATION_HEADS, PLACE_KIND_NOUNS, SITE_NOUNS
from spacy.tokens import Doc, Token


def retype(doc: Doc, found: list[Mention]) -> list[Mention]:
    """The article's mentions with the types its text settles."""
    peoples = _peoples(doc)
    found = [replace(m, label="NORP") if m.label == "ORG" and m.text in peoples else m for m in found]
    found = states_of_a_federation(found)
    found = people_by_surname(found)
    found = surnames_taken_for_names(found)
    places = {m.text: kind for m in found if (kind := _named_as_place(doc, m)) is not None}
    found = [replace(m, label=places[m.text]) if m.text in places else m for m in found]
    return surnames_taken_for_capitals(found)


def _peoples(doc: Doc) -> set[str]:
    """Names of peoples the tagger may take for organisations: a capitalised adjective that modifies a common
    noun ("Neandertal tools", "Hmong villages") and whose plural is used too ("the Neandertals"). Both forms
    are returned; a known organisation ("Democrat voters", "Democrats") is none."""
    words = {t.text for t in doc}
    found: set[str] = set()
    for t in doc:
        # an adjective, as a demonym is: "Trump campaign" (a compound) makes no people of "the Trumps"
        modifies = (t.dep_ == "amod" or t.tag_ == "JJ") and t.head.pos_ == "NOUN" and t.head.text.islower()
        if not (modifies and t.is_alpha and t.text.istitle() and t.text + "s" in words):
            continue
        if lookup_organisation(t.text + "s") is None and lookup_organisation(t.text) is None:
            found |= {t.text, t.text + "s"}
    return found


def _named_as_place(doc: Doc, mention: Mention) -> str | None:
    """ "the site Abri Blanc", "a cave called Grotte Noire", "the village of Kalani": a person's or an
    organisation's name that the text calls a site (LOC) or a settlement (GPE); None otherwise."""
    if mention.label not in ("PERSON", "ORG", "NORP") or mention.country is not None:
        return None
    root = doc[mention.start : mention.end].root
    kind: Token | None = None
    if root.dep_ == "appos" or (root.dep_ == "pobj" and root.head.lower_ == "of"):
        kind = root.head if root.dep_ == "appos" else root.head.head
    elif root.dep_ == "oprd" and root.head.lemma_.lower() in ("call", "name") and root.head.dep_ == "acl":
        kind = root.head.head
    if kind is None or kind.pos_ != "NOUN" or any(c.dep_ == "compound" for c in kind.children):
        return None  # "the news site Wikinews" is a medium
    lemma = kind.lemma_.lower()
    if lemma in SITE_NOUNS:
        return "LOC"
    return "GPE" if lemma in PLACE_KIND_NOUNS and root.dep_ != "pobj" else None


def people_by_surname(found: list[Mention]) -> list[Mention]:
    """ "Perttu Ahola talks about his game ... Ahola said": a two- or three-word name the tagger called an
    organisation, whose last word is used alone as a name elsewhere, is a person and the bare word their
    surname (organisations are shortened by their first words, "Amnesty"; a name ending in an organisation's
    head noun, a place or a known organisation is left alone)."""
    alone = {m.text for m in found if len(m.text.split()) == 1}
    surnames: set[str] = set()
    names: set[str] = set()
    for m in found:
        words = m.text.split()
        fits = (
            m.label == "ORG"
            and m.country is None
            and m.affiliation is None
            and 2 <= len(words) <= 3
            and all(w.isalpha() and w.istitle() for w in words)
            and words[-1] in alone
            and words[-1].lower() not in ORGANISATION_HEADS
        )
        if not fits or lookup_organisation(m.text) is not None:
            continue
        if any(lookup_country(w) or place_country(w).known for w in (words[0], words[-1])):
            continue
        names.add(m.text)
        surnames.add(words[-1])
    if not names:
        return found
    return [
        replace(m, label="PERSON") if m.text in names or (m.text in surnames and m.label == "ORG") else m
        for m in found
    ]


def surnames_taken_for_names(found: list[Mention]) -> list[Mention]:
    """ "Donald Trump ... Trump said", tagged as an organisation the second time: a one-word name that is the
    surname of a person named in full in the article, and no known organisation or place, is that surname."""
    surnames = {m.text.split()[-1] for m in found if m.label == "PERSON" and len(m.text.split()) > 1}
    return [
        replace(m, label="PERSON")
        if m.label in ("ORG", "GPE", "LOC", "NORP")
        and m.country is None
        and m.affiliation is None
        and m.text in surnames
        and lookup_organisation(m.text) is None
        and not place_country(m.text).known
        else m
        for m in found
    ]


def surnames_taken_for_capitals(found: list[Mention]) -> list[Mention]:
    """ "Khalid Amman … Amman had been released": a bare word that is the surname of a person the article
    names is that person, not the capital it also spells (only a capital: a country's own name, "Jordan",
    stays a country)."""
    surnames = {
        fold(m.text.split()[-1]) for m in found if m.label == "PERSON" and m.country is None and " " in m.text
    }
    return [
        replace(m, label="PERSON", country=None)
        if m.country is not None
        and m.end - m.start == 1
        and fold(m.text) in surnames
        and lookup_country(m.text) is None
        else m
        for m in found
    ]


# Kinds of ISO 3166-2 subdivisions that are states of a federation, as news names them ("Georgia").
FEDERATED_KINDS = ("State", "Province")


@cache
def _federated_states() -> dict[str, str]:
    """Folded names of states and provinces that are also another country's name -> the federation's ISO-3
    ("georgia" -> USA)."""
    shared: dict[str, str] = {}
    for division in pycountry.subdivisions:
        owner = pycountry.countries.get(alpha_2=division.country_code).alpha_3
        named = lookup_country(division.name)
        if division.type in FEDERATED_KINDS and named is not None and named.iso3 != owner:
            shared[fold(division.name)] = owner
    return shared


def states_of_a_federation(found: list[Mention]) -> list[Mention]:
    """ "Georgia" is the US state, not the country, in an article that places itself in the US: two other
    places of the federation (states, cities; not its name or capital) and none of the country's. The
    mention is then a place, whose country the places stage settles."""
    shared = {m.text: _federated_states().get(fold(m.text)) for m in found if m.country is not None}
    if not any(shared.values()):
        return found
    located: dict[str, set[str]] = {}
    for m in found:
        if m.country is None and m.label in ("GPE", "LOC") and lookup_capital(m.text) is None:
            state = place_country(m.text).country
            if state:
                located.setdefault(state, set()).add(m.text)
    out: list[Mention] = []
    for m in found:
        owner = shared.get(m.text) if m.country is not None and not is_demonym(m.text) else None
        if owner and len(located.get(owner, ())) >= 2 and not located.get(m.country.iso3):
            m = replace(m, label="GPE", country=None)
        out.append(m)
    return out
