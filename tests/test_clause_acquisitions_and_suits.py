"""Events whose verb had no CAMEO code (audit round 21): an acquisition ("bought X", "agreed to acquire
X", "took over X" of a company) is economic cooperation (061: an exchange with the firm and its owners,
as "invest" is); "instituted proceedings against X", "brought a case against Y" bring a suit (115, as
"filed a lawsuit" does); "bankrolled X" funds it (071). The parses are stated by hand (hand_docs.py); the
sentences are ours."""

from __future__ import annotations

from geokg.extract.lexicon.cameo import Sense, event_code
from hand_docs import by_rule, read


def test_buying_acquiring_and_taking_over_a_firm_are_economic_cooperation() -> None:
    assert event_code("buy") == "061"
    assert event_code("purchase") == "061"
    assert event_code("acquire") == "061"
    firm = frozenset({"@ORG", "@nonstate"})
    assert event_code("take", sense=Sense(("over",), {"": firm})) == "061"
    # taking over a ministry is no acquisition
    assert event_code("take", sense=Sense(("over",), {"": frozenset({"@ORG", "@state"})})) is None
    # taking over a city still occupies it
    assert event_code("take", sense=Sense(("over",), {"": frozenset({"@GPE"})})) == "192"


def test_proceedings_and_cases_against_someone_are_suits() -> None:
    assert event_code("proceedings", noun=True, sense=Sense(("against",))) == "115"
    assert event_code("case", noun=True, sense=Sense(("against",))) == "115"
    assert event_code("case", noun=True) is None  # "the case of the missing ship" is no suit
    assert event_code("bankroll") == "071"


def test_a_firm_agreeing_to_acquire_another_cooperates_economically() -> None:
    reading = read("""
    Acme      Acme      PROPN NNP 2 nsubj     ORG
    agreed    agree     VERB  VBD 0 ROOT      -
    to        to        PART  TO  4 aux       -
    acquire   acquire   VERB  VB  2 xcomp     -
    Globex    Globex    PROPN NNP 4 dobj      ORG
    .         .         PUNCT .   2 punct     -
    """)
    acquired = by_rule(reading, "svo")
    assert [r.predicate for r in acquired] == ["agree to acquire"]
    # agreed to, the acquisition is an intent to cooperate economically (0311, wave 83 G), not yet done
    assert all(r.event_code == "0311" for r in acquired)


def test_a_state_instituting_proceedings_against_another_sues_it() -> None:
    reading = read("""
    Chile       Chile      PROPN NNP 2 nsubj  GPE
    instituted  institute  VERB  VBD 0 ROOT   -
    legal       legal      ADJ   JJ  4 amod   -
    proceedings proceeding NOUN  NNS 2 dobj   -
    against     against    ADP   IN  4 prep   -
    Peru        Peru       PROPN NNP 5 pobj   GPE
    .           .          PUNCT .   2 punct  -
    """)
    sued = [r for rule in ("noun_prep", "light_verb") for r in by_rule(reading, rule)]
    assert sued and all(r.event_code == "115" for r in sued)
