"""A warning against an act on a thing held or owed reaches the thing's owner named after "of" (wave 86 H):
"Tom Vale warned against forgiveness of the debt of Peru" is "warn against forgiveness of debt of" Peru, a
warning (13), as "forgiveness of Peru's debt" already reached Peru; the owner was lost two nouns down
(objects.through_noun, words.tsv owned_thing_nouns). The parse is built by hand as the parser gave it
(tests/hand_docs.py); the sentence and the name are ours."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import parse

WARNED = """
Tom          Tom          PROPN NNP  2  compound PERSON
Vale         Vale         PROPN NNP  3  nsubj    I-PERSON
warned       warn         VERB  VBD  0  ROOT     -
against      against      ADP   IN   3  prep     -
forgiveness  forgiveness  NOUN  NN   4  pobj     -
of           of           ADP   IN   5  prep     -
the          the          DET   DT   8  det      -
debt         debt         NOUN  NN   6  pobj     -
of           of           ADP   IN   8  prep     -
Peru         Peru         PROPN NNP  9  pobj     GPE
.            .            PUNCT .    3  punct    -
"""


def test_a_warning_against_forgiving_a_states_debt_reaches_the_state() -> None:
    reading = read_doc(parse(WARNED), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    edges = [
        (label[r.subject.entity_id], r.predicate, label[r.object.entity_id], r.event_root)
        for r in reading.relations
    ]
    assert ("Tom Vale", "warn against forgiveness of debt of", "Peru", "13") in edges
