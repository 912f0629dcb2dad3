"""The verb group: voice (passives, including headline and shared-auxiliary ones), negation, modality,
particles, and a repair for a common coordination misparse."""

from __future__ import annotations

from geokg.extract.lexicon.words import CONTRACTED_MODALS, EVIDENTIAL_ADVERBS, NEGATIVE_PRONOUNS
from spacy.tokens import Token


def is_negated(verb: Token) -> bool:
    """ "not", "n't", "never", "no longer", and a clause whose subject or object is "no X"/"nothing"
    ("found no traces", "no country recognises")."""
    for child in verb.children:
        if child.dep_ == "neg" or child.lower_ == "never":
            return True
        if child.dep_ == "aux" and any(g.dep_ == "neg" for g in child.children):
            return True
        if (
            child.dep_ == "advmod"
            and child.lower_ == "longer"
            and any(g.lower_ == "no" for g in child.children)
        ):
            return True
        if child.dep_ in ("nsubj", "nsubjpass", "dobj") and (
            child.lower_ in NEGATIVE_PRONOUNS
            or any(g.dep_ == "det" and g.lower_ == "no" for g in child.children)
        ):
            return True
    return False


def modal_of(verb: Token) -> str | None:
    """The modal auxiliary ("must", "could", "will"), or an evidential adverb ("reportedly")."""
    for child in verb.children:
        if child.dep_ == "aux" and child.tag_ == "MD":
            lemma = child.lemma_.lower()
            return CONTRACTED_MODALS.get(lemma, lemma)
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in EVIDENTIAL_ADVERBS:
            return child.lower_
    return None


def misparsed_subject(verb: Token) -> Token | None:
    """ "US troops defeated ISIS and Turkey would be moving…", "Russia attacked Ukraine and France
    condemned it": the parser joins "Turkey"/"France" to the first verb's object and leaves the second
    verb without a subject. A coordinated verb that opens with its own auxiliary or tense, right after a
    noun conjoined to the first verb's object, has that noun as its subject."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    first = min(t.i for t in verb.subtree)
    opener = verb.doc[first]
    finite = opener.i == verb.i and verb.tag_ in ("VBD", "VBZ", "VBP")
    if first == 0 or not (opener.dep_ in ("aux", "auxpass") or finite):
        return None
    noun = verb.doc[first - 1]
    if noun.dep_ == "conj" and noun.head.dep_ in ("dobj", "pobj", "attr") and noun.head.head.i == verb.head.i:
        return noun
    return None


def stolen_by_next_clause(token: Token) -> bool:
    """Is this object in fact the subject of the next, coordinated clause (see misparsed_subject)?"""
    if token.i + 1 >= len(token.doc):
        return False
    nxt = token.doc[token.i + 1]
    verb = nxt.head if nxt.dep_ in ("aux", "auxpass") else nxt
    if verb.dep_ != "conj":
        return False
    subject = misparsed_subject(verb)
    return subject is not None and subject.i == token.i


def headline_passive(verb: Token) -> bool:
    """A participle with a subject and no auxiliary is a passive in headlines ("Navalny poisoned with…")."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("ROOT", "ccomp")
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and any(c.dep_ == "nsubj" for c in verb.children)
    )


def is_passive(verb: Token) -> bool:
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or headline_passive(verb):
        return True
    # "was airlifted to Berlin and transferred to a hospital": the auxiliary is shared.
    return (
        verb.dep_ == "conj"
        and verb.tag_ in ("VBN", "VBD")
        and verb.head.pos_ == "VERB"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children)
        and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.head.children)
    )


def particle(verb: Token) -> str:
    return " ".join(c.lower_ for c in verb.children if c.dep_ == "prt")
