"""Wave 113 G: a state's possessive before a name no table knows and with no organ's word ("Finland's
Kestrel Television", "Norway's Tuxa") names that state's firm or body, which holds the state's country but
is no part of the state: only a state's organs are ("Norway's Mapping Office", "Chile's Border Guard",
"Peru's National Space Institute" stay parts). The parses are stated by hand (tests/hand_docs.py); the
sentences and names are ours."""

from __future__ import annotations

from hand_docs import country_of, facts, read

PART = "part of"


def _state_name_reported(state: str, first: str, second: str | None = None) -> str:
    """ "<State>'s <First> [<Second>] reported a loss." """
    if second is None:
        return f"""
        {state}   {state}   PROPN NNP 3 poss  GPE
        's        's        PART  POS 1 case  -
        {first}   {first}   PROPN NNP 4 nsubj ORG
        reported  report    VERB  VBD 0 ROOT  -
        a         a         DET   DT  6 det   -
        loss      loss      NOUN  NN  4 dobj  -
        .         .         PUNCT .   4 punct -
        """
    return f"""
    {state}   {state}   PROPN NNP 4 poss     GPE
    's        's        PART  POS 1 case     -
    {first}   {first}   PROPN NNP 4 compound ORG
    {second}  {second}  PROPN NNP 5 nsubj    I-ORG
    reported  report    VERB  VBD 0 ROOT     -
    a         a         DET   DT  7 det      -
    loss      loss      NOUN  NN  5 dobj     -
    .         .         PUNCT .   5 punct    -
    """


def test_a_state_s_unknown_firm_is_its_firm_not_its_part() -> None:
    reading = read(_state_name_reported("Norway", "Tuxa"))
    assert ("Tuxa", PART, "Norway") not in facts(reading, "title")
    assert country_of(reading, "Tuxa") == "NOR"


def test_a_state_s_broadcaster_is_its_firm_not_its_part() -> None:
    reading = read(_state_name_reported("Finland", "Kestrel", "Television"))
    assert ("Kestrel Television", PART, "Finland") not in facts(reading, "title")
    assert country_of(reading, "Kestrel Television") == "FIN"


def test_a_state_s_office_stays_its_part() -> None:
    reading = read(_state_name_reported("Norway", "Mapping", "Office"))
    assert ("Mapping Office", PART, "Norway") in facts(reading, "title")


def test_a_state_s_guard_stays_its_part() -> None:
    reading = read(_state_name_reported("Chile", "Border", "Guard"))
    assert ("Border Guard", PART, "Chile") in facts(reading, "title")


def test_a_state_s_institute_stays_its_part() -> None:
    reading = read(_state_name_reported("Peru", "Space", "Institute"))
    assert ("Space Institute", PART, "Peru") in facts(reading, "title")
