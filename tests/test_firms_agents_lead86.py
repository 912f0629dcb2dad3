"""A person in a firm's role of trade with a state's adjective ("Acme Corp's Philippine agent Juan Cruz") is
the firm's agent in that market: the state is his country, no office of it; "the Soviet agent X", whom no
firm owns, may serve the state and keeps the office (before_name._trade_possessor). The parses are built by
hand as the parser gave them (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import country_of, read, read_triples

FIRMS_AGENT = """
Acme         Acme         PROPN NNP  2 compound  ORG
Corp         Corp         PROPN NNP  6 poss      I-ORG
's           's           PART  POS  2 case      I-ORG
Philippine   philippine   ADJ   JJ   5 amod      NORP
agent        agent        NOUN  NN   7 compound  -
Juan         Juan         PROPN NNP  7 compound  PERSON
Cruz         Cruz         PROPN NNP  8 nsubj     I-PERSON
spoke        speak        VERB  VBD  0 ROOT      -
.            .            PUNCT .    8 punct     -
"""

STATES_AGENT = """
The          the          DET   DT   4 det       -
Soviet       soviet       ADJ   JJ   4 amod      NORP
agent        agent        NOUN  NN   6 compound  -
Ivan         Ivan         PROPN NNP  6 compound  PERSON
Petrov       Petrov       PROPN NNP  7 nsubj     I-PERSON
spoke        speak        VERB  VBD  0 ROOT      -
.            .            PUNCT .    7 punct     -
"""


def test_a_firms_agent_in_a_market_is_the_firms_and_no_office_of_the_state() -> None:
    triples = read_triples(FIRMS_AGENT)
    assert ("Juan Cruz", "agent of", "Acme Corp") in triples
    assert not {t for t in triples if t[0] == "Juan Cruz" and t[2] == "Philippines"}


def test_an_agent_no_firm_owns_keeps_the_states_office() -> None:
    assert ("Ivan Petrov", "agent of", "Soviet Union") in read_triples(STATES_AGENT)


# "Zenda Australia Ltd's Philippine agent Juan Cruz spoke." (lead 88: the agent's state is the market's)
AUSTRALIAN_FIRMS_AGENT = """
Zenda        Zenda        PROPN NNP  3 compound  ORG
Australia    Australia    PROPN NNP  3 compound  I-ORG
Ltd          Ltd          PROPN NNP  7 poss      I-ORG
's           's           PART  POS  3 case      I-ORG
Philippine   philippine   ADJ   JJ   6 amod      NORP
agent        agent        NOUN  NN   8 compound  -
Juan         Juan         PROPN NNP  8 compound  PERSON
Cruz         Cruz         PROPN NNP  9 nsubj     I-PERSON
spoke        speak        VERB  VBD  0 ROOT      -
.            .            PUNCT .    9 punct     -
"""


def test_a_firms_agent_in_a_market_is_of_the_market_not_of_the_firms_state() -> None:
    reading = read(AUSTRALIAN_FIRMS_AGENT)
    assert country_of(reading, "Zenda Australia Ltd") == "AUS"
    assert country_of(reading, "Juan Cruz") == "PHL"
