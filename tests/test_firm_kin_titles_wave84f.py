"""Wave 84 F: a firm's relation written in two words keeps its kin word: "X Corp, the parent company of Y"
is Y's parent company, not its "company" (words.tsv relational_nouns: parent company, holding company, sister
company ...; read by roles/nouns.role_of_noun as "running mate" is). The parses are stated by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

_PARENT = """
Zentra         Zentra         PROPN  NNP      2 compound   ORG
Corp           Corp           PROPN  NNP     12 nsubj      I-ORG
,              ,              PUNCT  ,        2 punct      -
the            the            DET    DT       6 det        -
parent         parent         NOUN   NN       6 compound   -
company        company        NOUN   NN       2 appos      -
of             of             ADP    IN       6 prep       -
Halvard        Halvard        PROPN  NNP      9 compound   ORG
Foods          Foods          PROPN  NNP      7 pobj       I-ORG
,              ,              PUNCT  ,        2 punct      -
profits        profit         NOUN   NNS     12 nsubj      -
rose           rise           VERB   VBD      0 ROOT       -
.              .              PUNCT  .       12 punct      -
"""

_SISTER = """
Orlan          Orlan          PROPN  NNP      2 compound   ORG
Ltd            Ltd            PROPN  NNP      9 nsubj      I-ORG
,              ,              PUNCT  ,        2 punct      -
a              a              DET    DT       6 det        -
sister         sister         NOUN   NN       6 compound   -
firm           firm           NOUN   NN       2 appos      -
of             of             ADP    IN       6 prep       -
Halvard        Halvard        PROPN  NNP      7 pobj       ORG
agreed         agree          VERB   VBD      0 ROOT       -
.              .              PUNCT  .        9 punct      -
"""


def test_parent_company_of_a_firm_keeps_its_kin_word():
    triples = read_triples(_PARENT)
    assert ("Zentra Corp", "parent company of", "Halvard Foods") in triples
    assert not any(predicate == "company of" for _, predicate, _ in triples)


def test_sister_firm_of_a_firm_keeps_its_kin_word():
    triples = read_triples(_SISTER)
    assert ("Orlan Ltd", "sister firm of", "Halvard") in triples
    assert not any(predicate == "firm of" for _, predicate, _ in triples)
