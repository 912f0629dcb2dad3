"""A state's word before "water" makes the state's sea only in the plural (lead, stop 55): "Peruvian
waters" are Peru's, but "Fjord, the Norwegian mineral water owned by Acme" is a product, so Acme owns no
Norway (words.tsv plural_place_nouns). Parsed by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples


def test_a_states_mineral_water_is_no_state() -> None:
    triples = read_triples("""
    Acme       Acme       PROPN NNP 2 nsubj    ORG
    sold       sell       VERB  VBD 0 ROOT     -
    Fjord      Fjord      PROPN NNP 2 dobj     ORG
    ,          ,          PUNCT ,   3 punct    -
    the        the        DET   DT  8 det      -
    Norwegian  norwegian  ADJ   JJ  8 amod     NORP
    mineral    mineral    NOUN  NN  8 compound -
    water      water      NOUN  NN  3 appos    -
    owned      own        VERB  VBN 8 acl      -
    by         by         ADP   IN  9 agent    -
    Vale       Vale       PROPN NNP 10 pobj    ORG
    .          .          PUNCT .   2 punct    -
    """)
    assert not [t for t in triples if t[2] == "Norway"], triples


def test_a_states_waters_are_still_the_state() -> None:
    triples = read_triples("""
    Chile      Chile      PROPN NNP 2 nsubj    GPE
    violated   violate    VERB  VBD 0 ROOT     -
    Peruvian   peruvian   ADJ   JJ  4 amod     NORP
    waters     water      NOUN  NNS 2 dobj     -
    .          .          PUNCT .   2 punct    -
    """)
    assert ("Chile", "violate", "Peru") in triples, triples
