"""Relations stated by noun phrases alone, without a verb: appositions, titles and possessives."""

from __future__ import annotations

from dataclasses import dataclass

from geokg.extract.entities.titles import HONORIFIC_ROLES
from geokg.extract.lexicon.syntax import CONJ_DEPS, NOUN_POS, NOUNISH_POS
from geokg.extract.lexicon.words import ADDRESS_WORDS
from geokg.extract.openie.spans import Phrase, collect, minus, without_asides
from spacy.tokens import Token


@dataclass
class NominalFact:
    """A verbless relation: `relation` is a fixed word ("is", "has"), not taken from the sentence."""

    relation: str
    subject: Phrase
    obj: Phrase
    kind: str


def appositions(noun: Token) -> list[NominalFact]:
    """Appositions as identity: "Smith, the chairman of Acme, ..." -> is | Smith | the chairman of Acme."""
    facts: list[NominalFact] = []
    for child in noun.children:
        # A pronoun in apposition is emphasis ("the king himself"), not a description.
        if child.dep_ != "appos" or child.pos_ not in NOUNISH_POS or child.pos_ == "PRON":
            continue
        # The apposition stops where its own asides start: "the chairman, who ..." is another fact.
        nested = [t for t in child.subtree if t.i != child.i and t.dep_ in {"relcl", "appos"}]
        described = collect(child, skip_deps=CONJ_DEPS, skip=nested)
        subject = minus(without_asides(noun), child.subtree)
        if not subject or not described:
            continue
        if _is_place(noun) and _is_place(child):
            # "Springfield, Illinois": a place set beside a place names where it lies.
            facts.append(NominalFact("is in", subject, described, "appos"))
        elif child.pos_ == "PROPN" and noun.pos_ != "PROPN":
            # "the company's chairman, John Smith": the name is what the description is about.
            facts.append(NominalFact("is", described, subject, "appos"))
        else:
            facts.append(NominalFact("is", subject, described, "appos"))
    return facts


def possessives(noun: Token) -> list[NominalFact]:
    """Possession: "Acme's chairman" -> has | Acme | chairman."""
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ in NOUN_POS]
    if not owners or noun.pos_ not in NOUN_POS:
        return []
    owner = owners[0]
    owner_phrase = [t for t in collect(owner) if t.tag_ != "POS"]
    owned = [
        t
        for t in collect(noun, skip_deps={"relcl", "appos", "acl", "prep", *CONJ_DEPS})
        if t.i not in {o.i for o in owner.subtree} and t.tag_ not in {"DT", "POS"}
    ]
    if not owner_phrase or not owned:
        return []
    return [NominalFact("has", owner_phrase, owned, "poss")]


def _is_place(tok: Token) -> bool:
    return tok.ent_type_ in {"GPE", "LOC"}


def name_titles(name: Token) -> list[NominalFact]:
    """A title before a name: "Soviet leader Mikhail Gorbachev" -> is | Mikhail Gorbachev | Soviet leader.

    Only for a person's name whose title words lie outside the name itself, so that ordinary
    compounds ("the Bush administration") are left alone.
    """
    if name.ent_type_ != "PERSON" or name.dep_ == "compound":
        return []
    entity = next((e for e in name.doc.ents if e.start <= name.i < e.end), None)
    if entity is None or entity.root.i != name.i:
        return []
    title_heads = [c for c in name.children if c.dep_ == "compound" and c.i < entity.start]
    if not title_heads:
        return []
    title = sorted({t for head in title_heads for t in head.subtree}, key=lambda t: t.i)
    if any(t.i >= entity.start or t.ent_type_ == "PERSON" for t in title):
        return []
    # A bare form of address ("Dr.", "Sir") says nothing about what the person is.
    content = [t for t in title if t.pos_ in NOUN_POS and not _is_honorific(t)]
    if not content:
        return []
    named = [t for t in entity if t.tag_ != "POS"]
    return [NominalFact("is", named, title, "title")]


def _is_honorific(tok: Token) -> bool:
    """A form of address that states no role ("Mr.", "Dr."; not "Gen.")."""
    word = tok.lower_.rstrip(".")
    return HONORIFIC_ROLES.get(word, "-") == "" or word in ADDRESS_WORDS
