"""Possessives of people (wave 36): a reason's possessive that opens the sentence is the passive subject's
("For his work, Jim Poe was awarded a medal": Poe's work, not the man named the sentence before), and a
style of address ("Her Majesty", "His Excellency") is no possessive of anyone named before.

Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.entities.coref import resolve_references
from geokg.extract.pipeline import read_doc
from hand_docs import parse

# "Ann Roe met Tom Doe. For his work, Jim Poe was awarded a medal."
_AWARDED = """
    Ann          Ann          PROPN NNP  2   compound  PERSON
    Roe          Roe          PROPN NNP  3   nsubj     I-PERSON
    met          meet         VERB  VBD  0   ROOT      -
    Tom          Tom          PROPN NNP  5   compound  PERSON
    Doe          Doe          PROPN NNP  3   dobj      I-PERSON
    .            .            PUNCT .    3   punct     -
    For          for          ADP   IN   14  prep      -
    his          his          PRON  PRP$ 9   poss      -
    work         work         NOUN  NN   7   pobj      -
    ,            ,            PUNCT ,    14  punct     -
    Jim          Jim          PROPN NNP  12  compound  PERSON
    Poe          Poe          PROPN NNP  14  nsubjpass I-PERSON
    was          be           AUX   VBD  14  auxpass   -
    awarded      award        VERB  VBN  0   ROOT      -
    a            a            DET   DT   16  det       -
    medal        medal        NOUN  NN   14  dobj      -
    .            .            PUNCT .    14  punct     -
"""

# "Tom Doe praised the court. Ann Roe wrote to His Excellency."
_STYLE = """
    Tom          Tom          PROPN NNP  2   compound  PERSON
    Doe          Doe          PROPN NNP  3   nsubj     I-PERSON
    praised      praise       VERB  VBD  0   ROOT      -
    the          the          DET   DT   5   det       -
    court        court        NOUN  NN   3   dobj      -
    .            .            PUNCT .    3   punct     -
    Ann          Ann          PROPN NNP  8   compound  PERSON
    Roe          Roe          PROPN NNP  9   nsubj     I-PERSON
    wrote        write        VERB  VBD  0   ROOT      -
    to           to           ADP   IN   9   prep      -
    His          his          PRON  PRP$ 12  poss      -
    Excellency   Excellency   PROPN NNP  10  pobj      -
    .            .            PUNCT .    9   punct     -
"""


def _antecedent(table: str, index: int) -> str | None:
    doc = parse(table)
    entities = read_doc(doc, scope="hand-built").entities
    label = {e.id: e.label for e in entities.entities()}
    found = resolve_references(doc, entities).get(index)
    return label[found.entity_id] if found is not None else None


def test_a_fronted_reason_is_the_passive_subjects() -> None:
    assert _antecedent(_AWARDED, 7) == "Jim Poe"


def test_a_style_of_address_is_nobodys_possessive() -> None:
    assert _antecedent(_STYLE, 10) is None
