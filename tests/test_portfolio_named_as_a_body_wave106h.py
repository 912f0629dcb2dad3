"""A title's portfolio after "of" that the tagger names as a body ("Chile's Minister of [International
Trade and Industry], Tom Diaz": ORG) is the role's portfolio, which the role takes in ("trade minister"),
no body the title is held at (wave 106 H; roles/nouns._portfolio_taken_for_body): the title's owner is the
state written before it. Sentences written for this test; the parse is hand-built."""

from __future__ import annotations

from tests.hand_docs import read_triples

# "Chile's Minister of International Trade and Industry, Tom Diaz, will resign."
MINISTER = """
    Chile         Chile         PROPN NNP 3  poss     GPE
    's            's            PART  POS 1  case     -
    Minister      Minister      PROPN NNP 15 nsubj    -
    of            of            ADP   IN  3  prep     -
    International International PROPN NNP 6  compound ORG
    Trade         Trade         PROPN NNP 4  pobj     I-ORG
    and           and           CCONJ CC  6  cc       I-ORG
    Industry      Industry      PROPN NNP 6  conj     I-ORG
    ,             ,             PUNCT ,   3  punct    -
    Tom           Tom           PROPN NNP 11 compound PERSON
    Diaz          Diaz          PROPN NNP 3  appos    I-PERSON
    ,             ,             PUNCT ,   3  punct    -
    will          will          AUX   MD  15 aux      -
    resign        resign        VERB  VB  0  ROOT     -
    .             .             PUNCT .   15 punct    -
"""


def test_a_portfolio_tagged_as_a_body_is_no_owner_of_the_title() -> None:
    facts = read_triples(MINISTER)
    assert ("Tom Diaz", "trade minister of", "Chile") in facts
    assert not [fact for fact in facts if fact[2] == "International Trade and Industry"]
