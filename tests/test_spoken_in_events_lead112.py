"""An event a verb of speech is said in is the occasion of the words, no party to them."""

from __future__ import annotations

from hand_docs import read_triples

# "Most Corsicans said in a referendum they wanted to remain French."
SAID_IN_A_REFERENDUM = """
Most           Most           ADJ   JJS  2   amod      -
Corsicans      Corsicans      PROPN NNPS 3   nsubj     NORP
said           say            VERB  VBD  0   ROOT      -
in             in             ADP   IN   3   prep      -
a              a              DET   DT   6   det       -
referendum     referendum     NOUN  NN   4   pobj      -
they           they           PRON  PRP  8   nsubj     -
wanted         want           VERB  VBD  3   ccomp     -
to             to             PART  TO   10  aux       -
remain         remain         VERB  VB   8   xcomp     -
French         french         ADJ   JJ   10  acomp     NORP
.              .              PUNCT .    3   punct     -
"""

# "Most Corsicans voted in a referendum." : a deed done in the event keeps its edge
VOTED_IN_A_REFERENDUM = """
Most           Most           ADJ   JJS  2   amod      -
Corsicans      Corsicans      PROPN NNPS 3   nsubj     NORP
voted          vote           VERB  VBD  0   ROOT      -
in             in             ADP   IN   3   prep      -
a              a              DET   DT   6   det       -
referendum     referendum     NOUN  NN   4   pobj      -
.              .              PUNCT .    3   punct     -
"""


def test_said_in_a_referendum_gives_no_edge_to_the_referendum() -> None:
    assert not any(fact[1] == "say in" for fact in read_triples(SAID_IN_A_REFERENDUM))


def test_voted_in_a_referendum_keeps_its_edge() -> None:
    assert any(fact[1] == "vote in" for fact in read_triples(VOTED_IN_A_REFERENDUM))
