"""A report whose content's subject is a noun of relations that is also an event noun ("Norway said the
dispute between Chile and Peru had hurt world trade") is about both parties of the relation: the event
noun's own fact (`Chile -dispute with-> Peru`) puts one party first only by the order of the words, so the
plain statement edge to that party stays beside it, as the edge to the other does (relations.py
_claims_of_their_own; wave 91 E). A content subject's own deed still holds its claim alone ("said Chile
would cut imports from Peru" keeps no `-say-> Chile`). Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

DISPUTE = """
Norway     Norway     PROPN NNP 2  nsubj    GPE
said       say        VERB  VBD 0  ROOT     -
the        the        DET   DT  4  det      -
{noun}     {lemma}    NOUN  NN  10 nsubj    -
between    between    ADP   IN  4  prep     -
Chile      Chile      PROPN NNP 5  pobj     GPE
and        and        CCONJ CC  6  cc       -
Peru       Peru       PROPN NNP 6  conj     GPE
had        have       AUX   VBD 10 aux      -
hurt       hurt       VERB  VBN 2  ccomp    -
world      world      NOUN  NN  12 compound -
trade      trade      NOUN  NN  10 dobj     -
.          .          PUNCT .   2  punct    -
"""

CUT = """
Norway     Norway     PROPN NNP 2  nsubj    GPE
said       say        VERB  VBD 0  ROOT     -
Chile      Chile      PROPN NNP 5  nsubj    GPE
would      would      AUX   MD  5  aux      -
cut        cut        VERB  VB  2  ccomp    -
imports    import     NOUN  NNS 5  dobj     -
from       from       ADP   IN  6  prep     -
Peru       Peru       PROPN NNP 7  pobj     GPE
.          .          PUNCT .   2  punct    -
"""


def test_a_report_of_a_dispute_between_two_states_is_about_both() -> None:
    for noun in ("dispute", "tension"):
        triples = read_triples(DISPUTE.format(noun=noun, lemma=noun))
        said = {o for s, p, o in triples if s == "Norway" and p == "say"}
        assert said == {"Chile", "Peru"}, (noun, triples)
    # a content subject's own deed still holds the claim alone
    triples = read_triples(CUT)
    assert ("Norway", "say", "Chile") not in triples, triples
    assert any(s == "Chile" and o == "Peru" for s, _, o in triples), triples
