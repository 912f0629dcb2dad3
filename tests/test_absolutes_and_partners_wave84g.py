"""Absolutes of two clauses and partners in a deed (wave 84 G): in "with A doing X and B doing Y" the parser
joins B to an object inside A's clause and hangs B's participle on A's; B is the second participle's subject,
never the first verb's object (voice.misparsed_subject). "A joined B in doing X": B is A's partner in the
deed, nothing is done to it (no "A join B" with no code). Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

ABSOLUTE = """
Talks      talk       NOUN  NNS 2  nsubj  -
stalled    stall      VERB  VBD 0  ROOT   -
,          ,          PUNCT ,   2  punct  -
with       with       ADP   IN  2  prep   -
Peru       Peru       PROPN NNP 6  nsubj  GPE
joining    join       VERB  VBG 4  pcomp  -
Chile      Chile      PROPN NNP 6  dobj   GPE
in         in         ADP   IN  6  prep   -
seeking    seek       VERB  VBG 8  pcomp  -
relief     relief     NOUN  NN  9  dobj   -
and        and        CCONJ CC  10 cc     -
Bolivia    Bolivia    PROPN NNP 10 conj   GPE
announcing announce   VERB  VBG 6  advcl  -
a          a          DET   DT  15 det    -
boycott    boycott    NOUN  NN  13 dobj   -
of         of         ADP   IN  15 prep   -
Ecuador    Ecuador    PROPN NNP 16 pobj   GPE
.          .          PUNCT .   2  punct  -
"""


def test_the_second_subject_of_an_absolute_is_no_object() -> None:
    found = read_triples(ABSOLUTE)
    assert not any(f[2] == "Bolivia" for f in found), found
    assert ("Bolivia", "announce boycott of", "Ecuador") in found, found


JOINED = """
Peru       Peru       PROPN NNP 2  nsubj  GPE
joined     join       VERB  VBD 0  ROOT   -
Chile      Chile      PROPN NNP 2  dobj   GPE
in         in         ADP   IN  2  prep   -
condemning condemn    VERB  VBG 4  pcomp  -
the        the        DET   DT  7  det    -
raid       raid       NOUN  NN  5  dobj   -
.          .          PUNCT .   2  punct  -
"""


def test_a_partner_joined_in_a_deed_is_not_acted_on() -> None:
    found = read_triples(JOINED)
    assert not any(f[:3] == ("Peru", "join", "Chile") for f in found), found
