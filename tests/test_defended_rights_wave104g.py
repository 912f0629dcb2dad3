"""Wave 104 G: defending one's rights against another is a stance (01), no cooperation (cameo.tsv defend
object=rights); defending a party stays support (05). The parses are stated by hand (tests/hand_docs.py);
the sentences are ours."""

from __future__ import annotations

from hand_docs import roots_between

# "Peru would defend its rights against Chile."
_DEFEND_RIGHTS = """
Peru     Peru     PROPN NNP  3 nsubj GPE
would    would    AUX   MD   3 aux   -
defend   defend   VERB  VB   0 ROOT  -
its      its      PRON  PRP$ 5 poss  -
rights   right    NOUN  NNS  3 dobj  -
against  against  ADP   IN   5 prep  -
Chile    Chile    PROPN NNP  6 pobj  GPE
.        .        PUNCT .    3 punct -
"""

# "Peru defended Chile.": support of a party, still 05
_DEFEND_PARTY = """
Peru      Peru      PROPN NNP 2 nsubj GPE
defended  defend    VERB  VBD 0 ROOT  -
Chile     Chile     PROPN NNP 2 dobj  GPE
.         .         PUNCT .   2 punct -
"""


def test_defending_ones_rights_against_another_is_a_stance() -> None:
    assert roots_between(_DEFEND_RIGHTS, "Peru", "Chile") == {"01"}


def test_defending_a_party_stays_support() -> None:
    assert roots_between(_DEFEND_PARTY, "Peru", "Chile") == {"05"}
