"""Wave 106 G: predicates that drop the point. An undertaking appealed for keeps its owner with it
("appealed for a greater Chilean effort" is "appeal for effort of" Chile, not on Chile's behalf; an act asked
for stays "call for" its doer), and a minister's portfolio the title words do not know is kept ("Chile's
minister of financial institutions X": "financial institutions minister of" Chile, as "minister of foreign
affairs" gives "foreign minister"). The parses are stated by hand (tests/hand_docs.py); the sentences are
ours."""

from __future__ import annotations

from geokg.extract.entities.titles import role_phrase
from hand_docs import facts, read, read_triples

# "Peru appealed for a greater Chilean effort."
_APPEAL_FOR_EFFORT = """
Peru      Peru      PROPN NNP 2 nsubj GPE
appealed  appeal    VERB  VBD 0 ROOT  -
for       for       ADP   IN  2 prep  -
a         a         DET   DT  7 det   -
greater   great     ADJ   JJR 7 amod  -
Chilean   chilean   ADJ   JJ  7 amod  NORP
effort    effort    NOUN  NN  3 pobj  -
.         .         PUNCT .   2 punct -
"""

# "Chile's minister of financial institutions Tom Diaz resigned."
_UNLISTED_PORTFOLIO = """
Chile         Chile         PROPN NNP 3 poss     GPE
's            's            PART  POS 1 case     -
minister      minister      NOUN  NN  8 compound -
of            of            ADP   IN  3 prep     -
financial     financial     ADJ   JJ  6 amod     -
institutions  institution   NOUN  NNS 4 pobj     -
Tom           Tom           PROPN NNP 8 compound PERSON
Diaz          Diaz          PROPN NNP 9 nsubj    I-PERSON
resigned      resign        VERB  VBD 0 ROOT     -
.             .             PUNCT .   9 punct    -
"""


def test_an_undertaking_appealed_for_keeps_its_owner() -> None:
    assert facts(read(_APPEAL_FOR_EFFORT), "prep") == {("Peru", "appeal for effort of", "Chile")}


def test_an_unlisted_portfolio_is_kept_in_the_title() -> None:
    assert role_phrase(["minister", "of", "financial", "institutions"]) == "financial institutions minister"
    assert ("Tom Diaz", "financial institutions minister of", "Chile") in read_triples(_UNLISTED_PORTFOLIO)
