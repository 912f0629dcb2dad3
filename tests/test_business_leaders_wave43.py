"""Wave 43: "<state> <industry/business/trade/farm> leaders/executives/groups" are the state's business
(BUS) or its farm lobby (AGR), never the state itself ("German business leaders criticized Brazil" is no
act of Germany). Sentences written for these tests; the parses are hand-built."""

from __future__ import annotations

from geokg.extract.pipeline import _Labeller

from tests.hand_docs import read

BUSINESS_LEADERS = """
    German      german      ADJ   JJ   4 amod  NORP
    steel       steel       NOUN  NN   3 compound -
    industry    industry    NOUN  NN   4 compound -
    leaders     leader      NOUN  NNS  5 nsubj -
    criticized  criticize   VERB  VBD  0 ROOT  -
    Brazil      Brazil      PROPN NNP  5 dobj  GPE
    .           .           PUNCT .    5 punct -
"""

FARM_GROUPS = """
    French      french      ADJ   JJ   3 amod     NORP
    farm        farm        NOUN  NN   3 compound -
    groups      group       NOUN  NNS  4 nsubj    -
    urged       urge        VERB  VBD  0 ROOT     -
    Spain       Spain       PROPN NNP  4 dobj     GPE
    to          to          PART  TO   7 aux      -
    act         act         VERB  VB   4 xcomp    -
    .           .           PUNCT .    4 punct    -
"""

STATE_LEADERS = """
    German      german      ADJ   JJ   2 amod  NORP
    leaders     leader      NOUN  NNS  3 nsubj -
    criticized  criticize   VERB  VBD  0 ROOT  -
    Brazil      Brazil      PROPN NNP  3 dobj  GPE
    .           .           PUNCT .    3 punct -
"""


def _subjects(table: str) -> set[tuple[str, str | None, str | None]]:
    """(subject label, subject country, subject sector) of every relation read."""
    reading = read(table)
    labels = _Labeller(reading.entities)
    entity = {e.id: e for e in reading.entities.entities()}
    return {
        (
            entity[r.subject.entity_id].label,
            entity[r.subject.entity_id].country,
            labels.sector(r.subject, r.sentence.doc),
        )
        for r in reading.relations
    }


def test_industry_leaders_of_a_state_are_its_business_not_the_state():
    found = _subjects(BUSINESS_LEADERS)
    assert found and all(country == "DEU" and sector == "BUS" for _, country, sector in found)
    assert not any(label == "Germany" for label, _, _ in found)


def test_farm_groups_of_a_state_are_its_farm_lobby_not_the_state():
    found = _subjects(FARM_GROUPS)
    assert found and all(country == "FRA" and sector == "AGR" for _, country, sector in found)
    assert not any(label == "France" for label, _, _ in found)


def test_a_state_leaders_stay_the_state():
    assert ("Germany", "DEU", "GOV") in _subjects(STATE_LEADERS)


INDUSTRY_OFFICIALS = """
    German      german      ADJ   JJ   3 amod     NORP
    industry    industry    NOUN  NN   3 compound -
    officials   official    NOUN  NNS  4 nsubj    -
    criticized  criticize   VERB  VBD  0 ROOT     -
    Brazil      Brazil      PROPN NNP  4 dobj     GPE
    .           .           PUNCT .    4 punct    -
"""

TRADE_OFFICIALS = INDUSTRY_OFFICIALS.replace("industry    industry ", "trade       trade    ")


def test_industry_officials_of_a_state_are_its_business():
    found = _subjects(INDUSTRY_OFFICIALS)
    assert found and all(country == "DEU" and sector == "BUS" for _, country, sector in found)


def test_trade_officials_of_a_state_stay_its_government():
    assert ("Germany", "DEU", "GOV") in _subjects(TRADE_OFFICIALS)
