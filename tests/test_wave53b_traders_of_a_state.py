"""Hand-built parses: firms and traders are not their state. A demonym, a commodity's word and a trade noun
("Japanese LNG importers") are that state's business, never the state, and the commodity is no entity of its
own; customers and utilities are trade nouns too."""

from __future__ import annotations

from hand_docs import facts, read

ASKED = """
Japanese  japanese  ADJ   JJ  3 amod     NORP
{good:9}  {good:9}  PROPN NNP 3 compound {tag}
{noun:9}  {lemma:9} NOUN  NNS 4 nsubj    -
asked     ask       VERB  VBD 0 ROOT     -
Indonesia Indonesia PROPN NNP 4 dobj     GPE
to        to        PART  TO  7 aux      -
cut       cut       VERB  VB  4 xcomp    -
prices    price     NOUN  NNS 7 dobj     -
.         .         PUNCT .   4 punct    -
"""


def _labels(reading) -> set[str]:
    return {e.label for e in reading.entities.entities()}


def _entity(reading, label: str):
    [entity] = [e for e in reading.entities.entities() if e.label == label]
    return entity


def test_a_commodity_before_a_trade_noun_is_no_entity_and_the_traders_are_the_states_business() -> None:
    # "Japanese LNG importers asked Indonesia to cut prices."
    reading = read(ASKED.format(good="LNG", tag="ORG", noun="importers", lemma="importer"))
    assert facts(reading, "svo") == {("Japanese importers", "ask", "Indonesia")}
    assert "LNG" not in _labels(reading)
    importers = _entity(reading, "Japanese importers")
    assert importers.country == "JPN"
    assert "Japan" not in _labels(reading)


def test_customers_and_utilities_of_a_state_are_its_business() -> None:
    # "Japanese power customers asked Indonesia ...", "Japanese power utilities asked Indonesia ..."
    reading = read(ASKED.format(good="power", tag="-", noun="customers", lemma="customer"))
    assert facts(reading, "svo") == {("Japanese buyers", "ask", "Indonesia")}
    reading = read(ASKED.format(good="power", tag="-", noun="utilities", lemma="utility"))
    assert facts(reading, "svo") == {("Japanese utilities", "ask", "Indonesia")}
    assert _entity(reading, "Japanese utilities").type == "ORG"


BOUGHT = """
Japan   Japan   PROPN NNP 2 nsubj    GPE
buys    buy     VERB  VBZ 0 ROOT     -
LPG     LPG     PROPN NNP 2 dobj     ORG
a       a       DET   DT  5 det      I-ORG
year    year    NOUN  NN  2 npadvmod I-ORG
from    from    ADP   IN  2 prep     -
Saudi   Saudi   PROPN NNP 8 compound GPE
Arabia  Arabia  PROPN NNP 6 pobj     I-GPE
.       .       PUNCT .   2 punct    -
"""


def test_a_commodity_the_tagger_ran_into_a_name_is_no_organisation() -> None:
    # "Japan buys LPG a year from Saudi Arabia."
    reading = read(BOUGHT)
    assert not any(label.startswith("LPG") for label in _labels(reading))
    assert facts(reading, "prep") == {("Japan", "buy from", "Saudi Arabia")}


def test_smelters_speculators_and_contractors_of_a_state_are_its_business() -> None:
    # "Japanese copper smelters asked Indonesia ...", "... speculators ...", "... contractors ..."
    reading = read(ASKED.format(good="copper", tag="-", noun="smelters", lemma="smelter"))
    assert facts(reading, "svo") == {("Japanese smelters", "ask", "Indonesia")}
    assert _entity(reading, "Japanese smelters").type == "ORG"
    reading = read(ASKED.format(good="silver", tag="-", noun="speculators", lemma="speculator"))
    assert facts(reading, "svo") == {("Japanese traders", "ask", "Indonesia")}
    reading = read(ASKED.format(good="building", tag="-", noun="contractors", lemma="contractor"))
    assert facts(reading, "svo") == {("Japanese contractors", "ask", "Indonesia")}
