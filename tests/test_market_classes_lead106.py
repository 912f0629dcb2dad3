"""A state's market classes named by their trade: "Chilean fund managers" (also investment and portfolio
managers), "Chilean brokers" and "Chilean copper makers" are that state's businesses (sectors.tsv, BUS),
so a speaker's claim about them is a claim about an actor; "policy makers" are a government's, never its
firms. The lead's fix after rounds 165-166 (a word list, no rule version). Each test states its parse by
hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.entities.actors import phrase_sector
from hand_docs import parse, read_triples

# "Chilean fund managers are wary of risk, said Ann Vale."
FUND_MANAGERS_WARY = """
Chilean  chilean ADJ   JJ  3  amod     NORP
fund     fund    NOUN  NN  3  compound -
managers manager NOUN  NNS 4  nsubj    -
are      be      AUX   VBP 9  ccomp    -
wary     wary    ADJ   JJ  4  acomp    -
of       of      ADP   IN  5  prep     -
risk     risk    NOUN  NN  6  pobj     -
,        ,       PUNCT ,   9  punct    -
said     say     VERB  VBD 0  ROOT     -
Ann      Ann     PROPN NNP 11 compound PERSON
Vale     Vale    PROPN NNP 9  nsubj    I-PERSON
.        .       PUNCT .   9  punct    -
"""

# "Chilean copper makers are wary of Peru, said Ann Vale."
MAKERS_WARY = """
Chilean chilean ADJ   JJ  3  amod     NORP
copper  copper  NOUN  NN  3  compound -
makers  maker   NOUN  NNS 4  nsubj    -
are     be      AUX   VBP 9  ccomp    -
wary    wary    ADJ   JJ  4  acomp    -
of      of      ADP   IN  5  prep     -
Peru    Peru    PROPN NNP 6  pobj     GPE
,       ,       PUNCT ,   9  punct    -
said    say     VERB  VBD 0  ROOT     -
Ann     Ann     PROPN NNP 11 compound PERSON
Vale    Vale    PROPN NNP 9  nsubj    I-PERSON
.       .       PUNCT .   9  punct    -
"""


def test_a_claim_about_a_states_fund_managers_is_told_of_them() -> None:
    triples = read_triples(FUND_MANAGERS_WARY)
    assert ("Ann Vale", "say", "Chilean fund managers") in triples, triples


def test_a_states_makers_of_a_good_are_its_businesses() -> None:
    triples = read_triples(MAKERS_WARY)
    assert any(s == "Chilean businesses" and o == "Peru" for s, _, o in triples), triples


def test_policy_makers_are_a_government_not_firms() -> None:
    doc = parse(MAKERS_WARY.replace("copper  copper", "policy  policy"))
    assert phrase_sector(doc[2]) == "GOV"
    assert phrase_sector(parse(MAKERS_WARY)[2]) == "BUS"


def test_decision_and_law_makers_are_no_firms() -> None:
    """(review 106, finding 6: "makers" alone is a state's firms; the makers of decisions, laws and rules are
    its government or legislature)"""
    for words, sector in (("decision", "GOV"), ("law", "LEG")):
        doc = parse(MAKERS_WARY.replace("copper  copper", f"{words:<7} {words:<7}"))
        assert phrase_sector(doc[2]) == sector, words
