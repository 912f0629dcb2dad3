"""Named military operations and campaigns are events, never actors (wave 35): "Operation Silver Hawk", "the
Lima offensive"... a name opened by "Operation", a name compounded on "offensive", and a name with a number
that a verb of launching takes as its object ("Chile launched Condor-7"). A state's own offensive ("the Peru
offensive") stays the state's. Each test states its parse by hand (tests/hand_docs.py); the sentences are
ours."""

from __future__ import annotations

from hand_docs import read


def _types(table: str) -> dict[str, str]:
    return {e.label: e.type for e in read(table).entities.entities()}


# "Chile launched Condor-7 against Peru."
LAUNCHED_NUMBERED = """
    Chile     Chile     PROPN NNP 2 nsubj GPE
    launched  launch    VERB  VBD 0 ROOT  -
    Condor-7  Condor-7  PROPN NNP 2 dobj  ORG
    against   against   ADP   IN  2 prep  -
    Peru      Peru      PROPN NNP 4 pobj  GPE
    .         .         PUNCT .   2 punct -
"""

# "Chile praised Condor-7 against Peru." (no verb of launching: a name with a number may be anything)
PRAISED_NUMBERED = LAUNCHED_NUMBERED.replace("launched  launch ", "praised   praise ")

# "Operation Silver Hawk drove Chile from Peru."
OPERATION = """
    Operation Operation PROPN NNP 3 compound ORG
    Silver    Silver    PROPN NNP 3 compound I-ORG
    Hawk      Hawk      PROPN NNP 4 nsubj    I-ORG
    drove     drive     VERB  VBD 0 ROOT     -
    Chile     Chile     PROPN NNP 4 dobj     GPE
    from      from      ADP   IN  4 prep     -
    Peru      Peru      PROPN NNP 6 pobj     GPE
    .         .         PUNCT .   4 punct    -
"""

# "The Condor offensive shocked Peru."
OFFENSIVE = """
    The       the       DET   DT  3 det      -
    Condor    Condor    PROPN NNP 3 compound NORP
    offensive offensive NOUN  NN  4 nsubj    -
    shocked   shock     VERB  VBD 0 ROOT     -
    Peru      Peru      PROPN NNP 4 dobj     GPE
    .         .         PUNCT .   4 punct    -
"""


def test_a_numbered_name_launched_is_an_event() -> None:
    assert _types(LAUNCHED_NUMBERED)["Condor-7"] == "EVENT"


def test_a_numbered_name_not_launched_keeps_its_type() -> None:
    assert _types(PRAISED_NUMBERED).get("Condor-7") != "EVENT"


def test_a_name_opened_by_operation_is_an_event() -> None:
    assert _types(OPERATION)["Operation Silver Hawk"] == "EVENT"


def test_a_name_before_offensive_is_an_event() -> None:
    assert _types(OFFENSIVE)["Condor offensive"] == "EVENT"


def test_a_state_s_offensive_stays_the_state() -> None:
    condor = "Condor    Condor    PROPN NNP 3 compound NORP"
    table = OFFENSIVE.replace(condor, "Chile     Chile     PROPN NNP 3 compound GPE")
    assert _types(table).get("Chile") == "GPE"
