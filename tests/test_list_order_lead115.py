"""A list's order is no act (lead, stop 53): "the leaders were Brazil and Chile, followed by Peru" ranks Peru
after them; the participle hung on the names relates no one to anyone. A finite passive of following keeps
its reading ("Chile was followed by Peru in cutting tariffs"). Parses by hand (tests/hand_docs.py); the
sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples


def test_a_name_followed_by_another_in_a_list_is_no_fact() -> None:
    triples = read_triples("""
    The      the      DET   DT  2  det   -
    leaders  leader   NOUN  NNS 3  nsubj -
    were     be       AUX   VBD 0  ROOT  -
    Brazil   Brazil   PROPN NNP 3  attr  GPE
    and      and      CCONJ CC  4  cc    -
    Chile    Chile    PROPN NNP 4  conj  GPE
    ,        ,        PUNCT ,   6  punct -
    followed follow   VERB  VBN 4  acl   -
    by       by       ADP   IN  8  agent -
    Peru     Peru     PROPN NNP 9  pobj  GPE
    .        .        PUNCT .   3  punct -
    """)
    assert not {t for t in triples if t[1] == "follow"}, triples


def test_a_finite_passive_of_following_stays() -> None:
    triples = read_triples("""
    Chile    Chile    PROPN NNP 3 nsubjpass GPE
    was      be       AUX   VBD 3 auxpass   -
    followed follow   VERB  VBN 0 ROOT      -
    by       by       ADP   IN  3 agent     -
    Peru     Peru     PROPN NNP 4 pobj      GPE
    in       in       ADP   IN  3 prep      -
    cutting  cut      VERB  VBG 6 pcomp     -
    tariffs  tariff   NOUN  NNS 7 dobj      -
    .        .        PUNCT .   3 punct     -
    """)
    assert ("Peru", "follow", "Chile") in triples, triples
