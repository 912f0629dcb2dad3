"""A leave given in passing is no act on the one let (lead, stop 48, narrowing wave 104 E): "Peru resumed
payments, thus allowing Chile to recoup its losses" gave "Peru -allow-> Chile"; only a leave denied or
refused ("will not allow Chile to", "refused to allow Chile to") makes the one let the verb's object
(quotes.refused, read by objects._small_clause_subject). The parse is stated by hand (tests/hand_docs.py);
the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

GIVEN = """
Peru     Peru    PROPN NNP  2  nsubj  GPE
resumed  resume  VERB  VBD  0  ROOT   -
payments payment NOUN  NNS  2  dobj   -
,        ,       PUNCT ,    2  punct  -
thus     thus    ADV   RB   6  advmod -
allowing allow   VERB  VBG  2  advcl  -
Chile    Chile   PROPN NNP  9  nsubj  GPE
to       to      PART  TO   9  aux    -
recoup   recoup  VERB  VB   6  ccomp  -
its      its     PRON  PRP$ 11 poss   -
losses   loss    NOUN  NNS  9  dobj   -
.        .       PUNCT .    2  punct  -
"""


def test_a_leave_given_in_passing_acts_on_no_one() -> None:
    triples = read_triples(GIVEN)
    assert not any(p.endswith("allow") and o == "Chile" for _, p, o in triples), triples
