"""State agencies with no state word (wave 77 F): a body named "<head> of <portfolio>" ("the Board of Foreign
Trade", "the Bureau of Statistics", "the Office of Trade Representative") is a state's body, as "the Finance
Ministry" is, and of the story's state (sector GOV); "the Chicago Board of Trade" and a firm's board are not.
Parses are built by hand; the sentences are ours."""

from __future__ import annotations

from geokg.extract.entities.organisations import body_sector, generic_institution, portfolio_body
from hand_docs import country_of, read

BOARD_DIRECTOR = """
    Wen      Wen      PROPN NNP 2  compound PERSON
    Li       Li       PROPN NNP 12 nsubj    I-PERSON
    ,        ,        PUNCT ,   2  punct    -
    director director NOUN  NN  2  appos    -
    of       of       ADP   IN  4  prep     -
    the      the      DET   DT  7  det      ORG
    Board    Board    PROPN NNP 5  pobj     I-ORG
    of       of       ADP   IN  7  prep     I-ORG
    Foreign  Foreign  PROPN NNP 10 compound I-ORG
    Trade    Trade    PROPN NNP 8  pobj     I-ORG
    ,        ,        PUNCT ,   2  punct    -
    said     say      VERB  VBD 0  ROOT     -
    Taiwan   Taiwan   PROPN NNP 15 nsubj    GPE
    would    would    AUX   MD  15 aux      -
    raise    raise    VERB  VB  12 ccomp    -
    tariffs  tariff   NOUN  NNS 15 dobj     -
    on       on       ADP   IN  15 prep     -
    U.S.     U.S.     PROPN NNP 19 compound GPE
    rice     rice     NOUN  NN  17 pobj     -
    .        .        PUNCT .   12 punct    -
"""


def test_an_agency_of_portfolios_is_a_states_body() -> None:
    assert portfolio_body("the Board of Foreign Trade")
    assert portfolio_body("Bureau of Statistics")
    assert portfolio_body("Office of Trade Representative")
    assert generic_institution("Board of Foreign Trade")
    assert body_sector("Bureau of Statistics") == "GOV"


def test_a_firms_board_or_an_exchange_is_no_states_body() -> None:
    assert not portfolio_body("Chicago Board of Trade")
    assert not portfolio_body("the board of Acme Corp")
    assert not portfolio_body("Board of Directors")
    assert not portfolio_body("Office of Representative")


def test_the_agency_with_no_state_word_is_the_story_states() -> None:
    reading = read(BOARD_DIRECTOR, day="1987-03-03")
    assert country_of(reading, "Board of Foreign Trade") == "TWN"
