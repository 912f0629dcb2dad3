"""The owner of a thing held or owed abroad stays the object, with the thing in the predicate (wave 86 H):
"Norway represents U.S. interests in Peru" is "represent interest of" the United States (words.tsv
owned_thing_nouns: interest; a state's name before such a thing owns it as its adjective does,
arguments.ArgumentResolver), not "represent interest in" Peru with the state represented lost; "Norway will
handle Chile's debt" keeps "handle debt of" Chile though "handle" is no event (relations._owner_of_a_thing:
the predicate names the owner's thing). The parses are built by hand as the parser gave them
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import parse

REPRESENTS = """
Norway      Norway     PROPN NNP  2  nsubj    GPE
represents  represent  VERB  VBZ  0  ROOT     -
U.S.        U.S.       PROPN NNP  4  compound GPE
interests   interest   NOUN  NNS  2  dobj     -
in          in         ADP   IN   4  prep     -
Peru        Peru       PROPN NNP  5  pobj     GPE
.           .          PUNCT .    2  punct    -
"""

HANDLES = """
Norway   Norway   PROPN NNP  3  nsubj  GPE
will     will     AUX   MD   3  aux    -
handle   handle   VERB  VB   0  ROOT   -
Chile    Chile    PROPN NNP  6  poss   GPE
's       's       PART  POS  4  case   -
debt     debt     NOUN  NN   3  dobj   -
.        .        PUNCT .    3  punct  -
"""


def _edges(rows: str) -> list[tuple[str, str, str]]:
    reading = read_doc(parse(rows), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    return [(label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in reading.relations]


def test_a_states_interests_represented_are_the_states() -> None:
    edges = _edges(REPRESENTS)
    assert ("Norway", "represent interest of", "United States") in edges
    assert ("Norway", "represent interest in", "Peru") not in edges  # the interests are not Peru's


def test_an_owed_thing_keeps_its_owner_under_a_verb_of_no_event() -> None:
    assert _edges(HANDLES) == [("Norway", "handle debt of", "Chile")]
