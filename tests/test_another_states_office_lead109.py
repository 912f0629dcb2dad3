"""An office noun whose "of" phrase names another state is not the holder named with that title (lead,
stop 48): after "Peru's representative, Tom Diaz", "Jan Bolt met the representative of Chile" is no meeting
with Diaz (coref.of_another_state, CorefResolver._may_hold). The parse is stated by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

TABLE = """
Peru           Peru           PROPN NNP 3  poss     GPE
's             's             PART  POS 1  case     -
representative representative NOUN  NN  8  nsubj    -
,              ,              PUNCT ,   3  punct    -
Tom            Tom            PROPN NNP 6  compound PERSON
Diaz           Diaz           PROPN NNP 3  appos    I-PERSON
,              ,              PUNCT ,   3  punct    -
spoke          speak          VERB  VBD 0  ROOT     -
.              .              PUNCT .   8  punct    -
Jan            Jan            PROPN NNP 11 compound PERSON
Bolt           Bolt           PROPN NNP 12 nsubj    I-PERSON
met            meet           VERB  VBD 0  ROOT     -
the            the            DET   DT  14 det      -
representative representative NOUN  NN  12 dobj     -
of             of             ADP   IN  14 prep     -
{state}        {state}        PROPN NNP 15 pobj     GPE
.              .              PUNCT .   12 punct    -
"""


def test_the_representative_of_another_state_is_not_the_named_one() -> None:
    triples = read_triples(TABLE.format(state="Chile"))
    assert not any(s == "Jan Bolt" and o == "Tom Diaz" for s, _, o in triples), triples


def test_the_representative_of_the_holders_state_may_be_the_named_one() -> None:
    triples = read_triples(TABLE.format(state="Peru"))
    assert any(s == "Jan Bolt" and o == "Tom Diaz" for s, _, o in triples), triples
