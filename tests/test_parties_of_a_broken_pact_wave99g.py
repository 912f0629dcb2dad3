"""Wave 99 G: a wrong that is the reason for an act ("for violations of", "over breaches of") reaches the
parties its accord is named by ("the Chilean-Peruvian fishing pact"); they are no party to the act. The
one the act is done to is named apart ("sanctions against Peru"), and the other party kept the pact, it
did not break it: no "sanction for violation of" edge to either. A wrong that breaks no pact ("for
violations of Peruvian waters") is as before. The parses are stated by hand (tests/hand_docs.py); the
sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples


def _sanctions(lemma: str, tag: str) -> str:
    """ "Bolivia recommended sanctions against Peru for violations of the Chilean-Peruvian <lemma>." """
    return f"""
Bolivia      Bolivia      PROPN NNP  2  nsubj     GPE
recommended  recommend    VERB  VBD  0  ROOT      -
sanctions    sanction     NOUN  NNS  2  dobj      -
against      against      ADP   IN   3  prep      -
Peru         Peru         PROPN NNP  4  pobj      GPE
for          for          ADP   IN   2  prep      -
violations   violation    NOUN  NNS  6  pobj      -
of           of           ADP   IN   7  prep      -
the          the          DET   DT  13  det       -
Chilean      Chilean      ADJ   JJ  12  amod      NORP
-            -            PUNCT HYPH 12  punct     -
Peruvian     Peruvian     ADJ   JJ  13  amod      NORP
{lemma}      {lemma}      NOUN  {tag} 8  pobj      -
.            .            PUNCT .    2  punct     -
"""


def test_the_parties_of_a_pact_broken_are_no_party_to_the_act_it_is_the_reason_for() -> None:
    triples = read_triples(_sanctions("pact", "NN"))
    assert ("Bolivia", "recommend sanction against", "Peru") in triples
    assert {t for t in triples if "violation" in t[1]} == set()
    # a wrong that breaks no pact reaches whom it wrongs, as before
    triples = read_triples(_sanctions("waters", "NNS"))
    assert ("Bolivia", "recommend sanction for violation of", "Peru") in triples
