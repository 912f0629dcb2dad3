"""Wave 101 F: a verb of regarding (regarding_verbs: count, consider, regard, see, view) keeps what it holds
its object to be in the predicate ("count X as its house bank" -> "count as house bank"), as the bare verb
says nothing of the object. Each test states its parse by hand (tests/hand_docs.py); the sentences
are ours."""

from __future__ import annotations

from hand_docs import read_triples

HOLDS = """
Acme     Acme     PROPN NNP 2 compound ORG
Corp     Corp     PROPN NNP 3 nsubj    I-ORG
{verb}   {lemma}  VERB  VBZ 0 ROOT     -
Zenith   Zenith   PROPN NNP 5 compound ORG
Bank     Bank     PROPN NNP 3 dobj     I-ORG
as       as       ADP   IN  3 prep     -
its      its      PRON  PRP$ 9 poss    -
house    house    NOUN  NN  9 compound -
lender   lender   NOUN  NN  6 pobj     -
.        .        PUNCT .   3 punct    -
"""


def test_what_the_object_is_held_to_be_stays_in_the_predicate() -> None:
    verbs = (("counts", "count"), ("considers", "consider"), ("regards", "regard"), ("sees", "see"))
    for verb, lemma in verbs:
        triples = read_triples(HOLDS.format(verb=verb, lemma=lemma))
        assert ("Acme Corp", f"{lemma} as house lender", "Zenith Bank") in triples, triples
        assert ("Acme Corp", lemma, "Zenith Bank") not in triples, triples
