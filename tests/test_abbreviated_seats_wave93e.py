"""A state's abbreviation hyphened to "based" before a firm's name ("U.S.-based Harbor Economics", "a
U.K.-headquartered Kestrel Ltd") says the firm's home, as "the Tokyo-based X" does (wave 93 E): the tokenizer
keeps such a word whole, so the state is read from the word itself (entities/places.abbreviated_seat), before
the name (affiliations/places.located) or in a description said of it ("Harbor Economics Inc, a U.S.-based
research firm": affiliations/described.firms_described_by_a_place).
Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import country_of, read

ECONOMIST_AT_A_FIRM = """
Prices     price      NOUN  NNS   3  nsubj    -
will       will       AUX   MD    3  aux      -
rise       rise       VERB  VB    5  ccomp    -
,          ,          PUNCT ,     5  punct    -
said       say        VERB  VBD   0  ROOT     -
Louis      Louis      PROPN NNP   7  compound PERSON
Park       Park       PROPN NNP   5  nsubj    I-PERSON
,          ,          PUNCT ,     7  punct    -
economist  economist  NOUN  NN    7  appos    -
at         at         ADP   IN    9  prep     -
{seat}     {seat}     ADJ   JJ    13 amod     -
Harbor     Harbor     PROPN NNP   13 compound ORG
Economics  Economics  PROPN NNP   10 pobj     I-ORG
.          .          PUNCT .     5  punct    -
"""


def test_a_states_abbreviation_based_before_a_firm_is_its_home() -> None:
    reading = read(ECONOMIST_AT_A_FIRM.format(seat="U.S.-based"))
    assert country_of(reading, "Harbor Economics") == "USA"


def test_headquartered_is_a_seat_too() -> None:
    reading = read(ECONOMIST_AT_A_FIRM.format(seat="U.K.-headquartered"))
    assert country_of(reading, "Harbor Economics") == "GBR"


def test_a_word_of_no_state_before_based_gives_none() -> None:
    # guard: "home-based" names no place
    reading = read(ECONOMIST_AT_A_FIRM.format(seat="home-based"))
    assert country_of(reading, "Harbor Economics") is None


def test_the_seat_word_may_stand_before_the_firms_noun() -> None:
    reading = read(
        """
        The       the       DET   DT  5 det      -
        U.K.-based U.K.-based ADJ JJ  5 amod     -
        trading   trading   NOUN  NN  4 compound -
        house     house     NOUN  NN  5 compound -
        Kestrel   Kestrel   PROPN NNP 6 nsubj    ORG
        said      say       VERB  VBD 0 ROOT     -
        .         .         PUNCT .   6 punct    -
        """
    )
    assert country_of(reading, "Kestrel") == "GBR"


def test_a_firm_described_as_abbreviation_based_is_of_that_state() -> None:
    reading = read(
        """
        Harbor     Harbor     PROPN NNP 3 compound ORG
        Economics  Economics  PROPN NNP 3 compound I-ORG
        Inc        Inc        PROPN NNP 9 nsubj    I-ORG
        ,          ,          PUNCT ,   3 punct    -
        a          a          DET   DT  8 det      -
        U.S.-based U.S.-based ADJ   JJ  8 amod     -
        research   research   NOUN  NN  8 compound -
        firm       firm       NOUN  NN  3 appos    -
        said       say        VERB  VBD 0 ROOT     -
        .          .          PUNCT .   9 punct    -
        """
    )
    assert country_of(reading, "Harbor Economics Inc") == "USA"
