"""A news agency told the words is only their hearer (wave 83 H): "X told Reuters that …" is a word of
X's about what the reported clause names, as "X said that …" is, with no edge to the agency, which gathers
the words as reporters do. The same holds of a ditransitive-looking parse ("told Reuters a report … was
incorrect"). A paper named as the hearer ("told the Lima Gazette") still has its edge (a guard). Each test
states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples


def test_a_news_agency_told_a_statement_is_no_party_to_it() -> None:
    triples = read_triples("""
    Vargas   Vargas  PROPN NNP 2 nsubj PERSON
    told     tell    VERB  VBD 0 ROOT  -
    Reuters  Reuters PROPN NNP 2 dobj  ORG
    that     that    SCONJ IN  7 mark  -
    Chile    Chile   PROPN NNP 7 nsubj GPE
    would    would   AUX   MD  7 aux   -
    cut      cut     VERB  VB  2 ccomp -
    costs    cost    NOUN  NNS 7 dobj  -
    .        .       PUNCT .   2 punct -
    """)
    assert not any(t[2] == "Reuters" for t in triples), triples
    assert ("Vargas", "say", "Chile") in triples, triples


def test_a_news_agency_told_a_report_was_wrong_is_no_party_to_it() -> None:
    triples = read_triples("""
    Vargas     Vargas     PROPN NNP 2  nsubj  PERSON
    told       tell       VERB  VBD 0  ROOT   -
    Reuters    Reuters    PROPN NNP 2  dative ORG
    a          a          DET   DT  5  det    -
    report     report     NOUN  NN  2  dobj   -
    that       that       SCONJ IN  9  mark   -
    Peru       Peru       PROPN NNP 9  nsubj  GPE
    had        have       AUX   VBD 9  aux    -
    cut        cut        VERB  VBN 5  acl    -
    tariffs    tariff     NOUN  NNS 9  dobj   -
    was        be         AUX   VBD 2  ccomp  -
    incorrect  incorrect  ADJ   JJ  11 acomp  -
    .          .          PUNCT .   2  punct  -
    """)
    assert not any(t[2] == "Reuters" for t in triples), triples


def test_a_paper_told_a_statement_keeps_its_edge() -> None:
    triples = read_triples("""
    Vargas   Vargas  PROPN NNP 2 nsubj PERSON
    told     tell    VERB  VBD 0 ROOT  -
    the      the     DET   DT  5 det   -
    Lima     Lima    PROPN NNP 5 compound ORG
    Gazette  Gazette PROPN NNP 2 dobj  I-ORG
    that     that    SCONJ IN  9 mark  -
    Chile    Chile   PROPN NNP 9 nsubj GPE
    would    would   AUX   MD  9 aux   -
    cut      cut     VERB  VB  2 ccomp -
    tariffs  tariff  NOUN  NNS 9 dobj  -
    .        .       PUNCT .   2 punct -
    """)
    assert any(t[0] == "Vargas" and t[1] == "tell" and t[2].endswith("Gazette") for t in triples), triples
