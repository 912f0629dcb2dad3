"""A second clause with its own subject is no second object of the first (sentences of our own, parses
written by hand): "X holds 40 pct of Y Ltd and Z Co holds the rest" gives Z no share held by X."""

from __future__ import annotations

from geokg.extract.io.nlp import coordinated_clauses
from geokg.extract.pipeline import read_doc
from hand_docs import parse

# "Borel Corp holds 40 pct of Tarnow Ltd and Vexa Co holds the remaining 25 pct.", as the parser gives it:
# "Vexa Co" one more thing of the "of" phrase, the second "holds" a clause the first reports
SECOND_HOLDER = """
Borel      Borel      PROPN NNP 2  compound ORG
Corp       Corp       PROPN NNP 3  nsubj    I-ORG
holds      hold       VERB  VBZ 0  ROOT     -
40         40         NUM   CD  5  nummod   CARDINAL
pct        pct        NOUN  NN  3  dobj     -
of         of         ADP   IN  5  prep     -
Tarnow     Tarnow     PROPN NNP 8  compound ORG
Ltd        Ltd        PROPN NNP 6  pobj     I-ORG
and        and        CCONJ CC  8  cc       -
Vexa       Vexa       PROPN NNP 11 compound ORG
Co         Co         PROPN NNP 8  conj     I-ORG
holds      hold       VERB  VBZ 3  ccomp    -
the        the        DET   DT  16 det      -
remaining  remain     VERB  VBG 16 amod     -
25         25         NUM   CD  16 nummod   CARDINAL
pct        pct        NOUN  NN  12 dobj     -
.          .          PUNCT .   3  punct    -
"""


def test_a_name_ending_the_objects_phrase_before_a_bare_verb_is_its_subject() -> None:
    doc = coordinated_clauses(parse(SECOND_HOLDER))
    co, second, joining = doc[10], doc[11], doc[8]
    assert (co.dep_, co.head.i) == ("nsubj", 11)
    assert (second.dep_, second.head.i) == ("conj", 2)
    assert joining.head.i == 2


def test_the_second_holder_holds_no_stake_of_the_first() -> None:
    reading = read_doc(coordinated_clauses(parse(SECOND_HOLDER)), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    stakes = {(label[r.subject.entity_id], label[r.object.entity_id]) for r in reading.relations}
    assert ("Borel Corp", "Tarnow Ltd") in stakes
    assert ("Borel Corp", "Vexa Co") not in stakes
