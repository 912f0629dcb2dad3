"""State agencies with no state word (wave 77 F): a body named "<head> of <portfolio>" ("the Board of Foreign
Trade", "the Bureau of Statistics", "the Office of Trade Representative") is a state's body, as "the Finance
Ministry" is, and of the story's state (sector GOV); "the Chicago Board of Trade" and a firm's board are not.
A state's adjective before a firm's description ("its small Brazilian commercial bank subsidiary X") gives
the firm named after it that state, whatever plain adjectives stand between; the owner's possessive before
it does not. Parses are built by hand; the sentences are ours."""

from __future__ import annotations

from geokg.extract.entities.organisations import body_sector, generic_institution, portfolio_body
from hand_docs import country_of, facts, read

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


SUBSIDIARY = """
    Kestrel    Kestrel    PROPN NNP 2  compound ORG
    Corp       Corp       PROPN NNP 8  poss     I-ORG
    's         's         PART  POS 2  case     I-ORG
    small      small      ADJ   JJ  8  amod     -
    Brazilian  brazilian  ADJ   JJ  8  amod     NORP
    commercial commercial ADJ   JJ  7  amod     -
    bank       bank       NOUN  NN  8  compound -
    subsidiary subsidiary NOUN  NN  10 compound -
    Banco      Banco      PROPN NNP 10 compound ORG
    Lumen      Lumen      PROPN NNP 11 nsubj    I-ORG
    criticised criticise  VERB  VBD 0  ROOT     -
    Argentina  Argentina  PROPN NNP 11 dobj     GPE
    .          .          PUNCT .   11 punct    -
"""


def test_a_demonym_before_adjectives_of_a_firms_description_gives_the_firm_its_state() -> None:
    reading = read(SUBSIDIARY, day="1987-03-03")
    # a subsidiary is its owner's; the state's word says where it trades, no office of the state (wave 86 E)
    assert ("Banco Lumen", "bank subsidiary of", "Kestrel Corp") in facts(reading, "title")
    assert not {f for f in facts(reading, "title") if f[2] == "Brazil"}
    assert country_of(reading, "Banco Lumen") == "BRA"
    assert country_of(reading, "Kestrel Corp") != "BRA"
