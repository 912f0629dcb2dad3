"""Wave 104 E, item 2: "During the Chilean bombing of X, Peru refused …" says when Peru refused: the doer of
an event after a preposition of time is no party of the main verb. "refused to allow Chilean planes to …"
refuses them: the one allowed is the verb's object, whom the parser makes the subject of the "to" clause.
Sentences ours, parses built by hand (as the tagger and parser read them)."""

from __future__ import annotations

from hand_docs import read_triples, roots_between

# "During the Chilean bombing of Bolivia, Peru refused to allow Chilean planes to overfly its territory."
_DURING_BOMBING = """
During    during    ADP   IN   9  prep  -
the       the       DET   DT   4  det   -
Chilean   chilean   ADJ   JJ   4  amod  NORP
bombing   bombing   NOUN  NN   1  pobj  -
of        of        ADP   IN   4  prep  -
Bolivia   Bolivia   PROPN NNP  5  pobj  GPE
,         ,         PUNCT ,    9  punct -
Peru      Peru      PROPN NNP  9  nsubj GPE
refused   refuse    VERB  VBD  0  ROOT  -
to        to        PART  TO   11 aux   -
allow     allow     VERB  VB   9  xcomp -
Chilean   chilean   ADJ   JJ   13 amod  NORP
planes    plane     NOUN  NNS  15 nsubj -
to        to        PART  TO   15 aux   -
overfly   overfly   VERB  VB   11 ccomp -
its       its       PRON  PRP$ 17 poss  -
territory territory NOUN  NN   15 dobj  -
.         .         PUNCT .    9  punct -
"""


def test_the_doer_of_an_event_that_dates_the_clause_is_no_party_of_its_verb() -> None:
    assert not {t for t in read_triples(_DURING_BOMBING) if t[0] == "Peru" and "during" in t[1]}


def test_the_one_refused_permission_is_the_object_of_allow() -> None:
    assert ("Peru", "refuse to allow", "Chile") in read_triples(_DURING_BOMBING)
    assert roots_between(_DURING_BOMBING, "Peru", "Chile") == {"12"}
