"""A role of trade one firm plays for another ("its Philippine agent, X", "its Indian joint venture Y") with a
state's adjective names the market the firm trades in: the firm's country, never an office of that state; the
role is the possessor's. A state's officer ("the Philippine ambassador, X") keeps the office (wave 86 E).
Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read, read_triples


def _country(table: str, label: str) -> str | None:
    return {e.label: e.country for e in read(table).entities.entities()}[label]


# "Zentrum Holdings said its Philippine agent, Larka Trading, will handle the sales." (the tagger took the
# agent's name for a person's)
AGENT = """
Zentrum      Zentrum      PROPN NNP  2 compound  ORG
Holdings     Holdings     PROPN NNPS 3 nsubj     I-ORG
said         say          VERB  VBD  0 ROOT      -
its          its          PRON  PRP$ 6 poss      -
Philippine   philippine   ADJ   JJ   6 amod      NORP
agent        agent        NOUN  NN   12 nsubj    -
,            ,            PUNCT ,    6 punct     -
Larka        Larka        PROPN NNP  9 compound  PERSON
Trading      Trading      PROPN NNP  6 appos     I-PERSON
,            ,            PUNCT ,    6 punct     -
will         will         AUX   MD   12 aux      -
handle       handle       VERB  VB   3 ccomp     -
the          the          DET   DT   14 det      -
sales        sale         NOUN  NNS  12 dobj     -
.            .            PUNCT .    3 punct     -
"""

# "Officials said the Philippine ambassador, Jose Cruz, had left."
AMBASSADOR = """
Officials    official     NOUN  NNS  2 nsubj     -
said         say          VERB  VBD  0 ROOT      -
the          the          DET   DT   5 det       -
Philippine   philippine   ADJ   JJ   5 amod      NORP
ambassador   ambassador   NOUN  NN   11 nsubj    -
,            ,            PUNCT ,    5 punct     -
Jose         Jose         PROPN NNP  8 compound  PERSON
Cruz         Cruz         PROPN NNP  5 appos     I-PERSON
,            ,            PUNCT ,    5 punct     -
had          have         AUX   VBD  11 aux      -
left         leave        VERB  VBN  2 ccomp     -
.            .            PUNCT .    2 punct     -
"""

# "Acme Corp said its Indian joint venture Maruti Motors will expand output."
VENTURE = """
Acme         Acme         PROPN NNP  2 compound  ORG
Corp         Corp         PROPN NNP  3 nsubj     I-ORG
said         say          VERB  VBD  0 ROOT      -
its          its          PRON  PRP$ 7 poss      -
Indian       indian       ADJ   JJ   7 amod      NORP
joint        joint        ADJ   JJ   7 amod      -
venture      venture      NOUN  NN   11 nsubj    -
Maruti       Maruti       PROPN NNP  9 compound  ORG
Motors       Motors       PROPN NNPS 7 appos     I-ORG
will         will         AUX   MD   11 aux      -
expand       expand       VERB  VB   3 ccomp     -
output       output       NOUN  NN   11 dobj     -
.            .            PUNCT .    3 punct     -
"""

# "Benko Corp's Italian agent Tenko SpA will close."
OWNED_AGENT = """
Benko        Benko        PROPN NNP  2 compound  ORG
Corp         Corp         PROPN NNP  6 poss      I-ORG
's           's           PART  POS  2 case      I-ORG
Italian      italian      ADJ   JJ   5 amod      NORP
agent        agent        NOUN  NN   6 compound  -
Tenko        Tenko        PROPN NNP  7 compound  ORG
SpA          SpA          PROPN NNP  9 nsubj     I-ORG
will         will         AUX   MD   9 aux       -
close        close        VERB  VB   0 ROOT      -
.            .            PUNCT .    9 punct     -
"""


def test_a_firms_agent_with_a_states_adjective_is_its_owners_not_the_states() -> None:
    triples = read_triples(AGENT)
    assert ("Larka Trading", "agent of", "Zentrum Holdings") in triples
    assert not {t for t in triples if t[1] == "agent of" and t[2] == "Philippines"}
    assert _country(AGENT, "Larka Trading") == "PHL"
    # a state's officer keeps the office
    assert ("Jose Cruz", "ambassador of", "Philippines") in read_triples(AMBASSADOR)


def test_a_joint_venture_with_a_states_adjective_is_of_that_state_and_no_office_of_it() -> None:
    triples = read_triples(VENTURE)
    assert not {t for t in triples if t[0] == "Maruti Motors" and t[2] == "India"}
    assert ("Maruti Motors", "venture of", "Acme Corp") in triples
    assert _country(VENTURE, "Maruti Motors") == "IND"


def test_a_role_of_trade_before_the_name_is_the_possessors() -> None:
    triples = read_triples(OWNED_AGENT)
    assert ("Tenko SpA", "agent of", "Benko Corp") in triples
    assert not {t for t in triples if t[0] == "Tenko SpA" and t[2] == "Italy"}
    assert _country(OWNED_AGENT, "Tenko SpA") == "ITA"


def test_a_firms_name_in_a_trade_role_is_a_firm_and_its_market_no_setting_of_the_story() -> None:
    entities = {e.label: e for e in read(AGENT).entities.entities()}
    assert entities["Larka Trading"].type == "ORG"
    # the agent's market is no state the story is set in: its owner stays of no state
    assert entities["Zentrum Holdings"].country is None
