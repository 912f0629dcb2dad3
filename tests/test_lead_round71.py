"""Lead after round 71: words and names of the news of 1987 that the tables lacked. A warning of
countermeasures threatens; attacking a rate rise, voicing displeasure criticise; "the Fed" is the United
States' central bank; Aden and South Yemen were South Yemen's (YMD) until Yemen's unity (1990-05-22)."""

from __future__ import annotations

from geokg.extract.entities.countries import country_of_institution
from geokg.extract.entities.former_places import state_then
from geokg.extract.lexicon.cameo import Sense, event_code

STATE = frozenset({"@state", "@GPE"})


def test_a_warning_of_countermeasures_is_a_threat() -> None:
    sense = Sense(("of",), {"": STATE, "of": frozenset({"countermeasure", "countermeasures"})})
    assert event_code("warn", sense=sense) == "130"


def test_attacking_a_rise_is_criticism() -> None:
    assert event_code("attack", sense=Sense((), {"": frozenset({"rise"})}, STATE)) == "111"


def test_voiced_displeasure_is_disapproval() -> None:
    assert event_code("displeasure", noun=True) == "110"


def test_the_fed_is_the_united_states() -> None:
    found = country_of_institution("Fed")
    assert found is not None and found.iso3 == "USA"


def test_aden_was_south_yemens_until_unity() -> None:
    assert state_then("Aden", "1987-10-19", "YEM") == "YMD"
    assert state_then("South Yemen", "1987-10-19", "YEM") == "YMD"
    assert state_then("Aden", "2019-10-19", "YEM") is None


def test_a_citys_cantonal_bank_is_in_the_citys_state() -> None:
    from hand_docs import country_of, read

    reading = read(
        """
    Anna       Anna       PROPN NNP  2   compound  PERSON
    Keller     Keller     PROPN NNP  8   nsubj     I-PERSON
    of         of         ADP   IN   2   prep      -
    the        the        DET   DT   7   det       ORG
    Zurich     Zurich     PROPN NNP  7   compound  I-ORG
    Cantonal   Cantonal   PROPN NNP  7   compound  I-ORG
    Bank       Bank       PROPN NNP  3   pobj      I-ORG
    said       say        VERB  VBD  0   ROOT      -
    the        the        DET   DT   10  det       -
    Fed        Fed        PROPN NNP  12  nsubj     ORG
    must       must       AUX   MD   12  aux       -
    act        act        VERB  VB   8   ccomp     -
    .          .          PUNCT .    8   punct     -
    """
    )
    assert country_of(reading, "Zurich Cantonal Bank") == "CHE"
