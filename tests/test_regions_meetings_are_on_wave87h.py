"""A region a meeting is on is its topic (wave 87 H): "Valdora stressed its support for an international peace
conference on the Middle East" gives no "support for conference on" (nor "stress support for conference on")
the Middle East, as "a Middle East peace conference" names none: a region (data/regions.tsv) is no party the
subject reaches through the meeting (pipeline._region_of_a_meeting). The parse is built by hand as the parser
gave it (tests/hand_docs.py); the sentence and the names are ours."""

from __future__ import annotations

from hand_docs import read_triples

SUPPORT = """
Valdora       Valdora       PROPN NNP  2  nsubj    GPE
stressed      stress        VERB  VBD  0  ROOT     -
its           its           PRON  PRP$ 4  poss     -
support       support       NOUN  NN   2  dobj     -
for           for           ADP   IN   4  prep     -
an            an            DET   DT   9  det      -
international international ADJ   JJ   9  amod     -
peace         peace         NOUN  NN   9  compound -
conference    conference    NOUN  NN   5  pobj     -
on            on            ADP   IN   9  prep     -
the           the           DET   DT   13 det      LOC
Middle        Middle        PROPN NNP  13 compound I-LOC
East          East          PROPN NNP  10 pobj     I-LOC
.             .             PUNCT .    2  punct    -
"""


def test_a_region_a_meeting_is_on_is_no_party() -> None:
    assert not any("East" in o for _, _, o in read_triples(SUPPORT))
