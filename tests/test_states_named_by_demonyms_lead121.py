"""A name several states' parties share goes by the states the article names, and a demonym names its
state as the state's name does (lead, stop 55): a story that names Iraq and only says "British" of the
UK left "the Liberal Democrats" (a British and an Australian party in organisations.tsv) with no state,
and its deputy leader with none. Parsed by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import country_of, read

TABLE = """
    The         the         DET   DT  3  det      -
    Iraq        Iraq        PROPN NNP 3  compound GPE
    war         war         NOUN  NN  4  nsubj    -
    hurt        hurt        VERB  VBD 0  ROOT     -
    British     british     ADJ   JJ  6  amod     NORP
    voters      voter       NOUN  NNS 4  dobj     -
    .           .           PUNCT .   4  punct    -
    Liberal     Liberal     PROPN NNP 9  compound ORG
    Democrat    Democrat    PROPN NNP 12 compound I-ORG
    leader      leader      NOUN  NN  12 compound -
    Jan         Jan         PROPN NNP 12 compound PERSON
    Smith       Smith       PROPN NNP 13 nsubj    I-PERSON
    spoke       speak       VERB  VBD 13 ROOT     -
    .           .           PUNCT .   13 punct    -
"""


def test_a_demonym_settles_a_shared_party_name() -> None:
    reading = read(TABLE)
    assert country_of(reading, "Liberal Democrats") == "GBR"
    assert country_of(reading, "Jan Smith") == "GBR"
