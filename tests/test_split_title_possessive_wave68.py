"""A title split at its hyphen after a name (wave 68 E): "X, Acme Corp's executive vice-president". The
parser may cut "vice-president" into three appositions of the name and hang the possessive and the
qualifier on the first piece; they are still the title's, so the office is the firm's (never of a state
named elsewhere in the sentence) and "executive" is part of it. Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts, read


def test_a_firms_possessive_on_the_first_piece_of_a_split_title_owns_the_office() -> None:
    found = facts(
        read("""
    Exports  export   NOUN  NNS  5  nsubj    -
    from     from     ADP   IN   1  prep     -
    Norway   Norway   PROPN NNP  2  pobj     GPE
    will     will     AUX   MD   5  aux      -
    climb    climb    VERB  VB   7  ccomp    -
    ,        ,        PUNCT ,    7  punct    -
    said     say      VERB  VBD  0  ROOT     -
    Maria    Maria    PROPN NNP  9  compound PERSON
    Lund     Lund     PROPN NNP  7  nsubj    I-PERSON
    ,        ,        PUNCT ,    9  punct    -
    Norvik   Norvik   PROPN NNP  12 compound ORG
    Corp     Corp     PROPN NNP  15 poss     I-ORG
    's       's       PART  POS  12 case     I-ORG
    executive executive ADJ JJ   15 amod     -
    vice     vice     NOUN  NN   9  appos    -
    -        -        PUNCT HYPH 9  appos    -
    president president NOUN NN  9  appos    -
    .        .        PUNCT .    7  punct    -
    """),
        "title",
    )
    assert ("Maria Lund", "executive vice president of", "Norvik Corp") in found
    assert not any(obj == "Norway" for _, _, obj in found)


def test_a_split_title_without_a_qualifier_is_still_the_firms() -> None:
    found = facts(
        read("""
    Sales    sale     NOUN  NNS  3  nsubj    -
    will     will     AUX   MD   3  aux      -
    rise     rise     VERB  VB   5  ccomp    -
    ,        ,        PUNCT ,    5  punct    -
    said     say      VERB  VBD  0  ROOT     -
    Peter    Peter    PROPN NNP  7  compound PERSON
    Holm     Holm     PROPN NNP  5  nsubj    I-PERSON
    ,        ,        PUNCT ,    7  punct    -
    Baltra   Baltra   PROPN NNP  11 poss     ORG
    's       's       PART  POS  9  case     -
    vice     vice     NOUN  NN   7  appos    -
    -        -        PUNCT HYPH 7  appos    -
    president president NOUN NN  7  appos    -
    .        .        PUNCT .    5  punct    -
    """),
        "title",
    )
    assert ("Peter Holm", "vice president of", "Baltra") in found
