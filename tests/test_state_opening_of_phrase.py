"""A body named "<Federation> of <state> <Industry>" is that state's: the state's name or demonym opens the
"of" phrase that closes the name. Parses by hand (tests/hand_docs.py); the sentence is ours (the body
invented)."""

from __future__ import annotations

from hand_docs import read

# "The Federation of Chilean Exporters criticised Japan."
FEDERATION = """
    The        the        DET   DT  2 det      ORG
    Federation Federation PROPN NNP 6 nsubj    I-ORG
    of         of         ADP   IN  2 prep     I-ORG
    Chilean    Chilean    PROPN NNP 5 compound I-ORG
    Exporters  Exporters  PROPN NNP 3 pobj     I-ORG
    criticised criticise  VERB  VBD 0 ROOT     -
    Japan      Japan      PROPN NNP 6 dobj     GPE
    .          .          PUNCT .   6 punct    -
"""


def _country(table: str, label: str) -> str | None:
    [entity] = [e for e in read(table).entities.entities() if e.label == label]
    return entity.country


def test_a_state_opening_the_of_phrase_of_a_name_is_its_state() -> None:
    assert _country(FEDERATION, "Federation of Chilean Exporters") == "CHL"


def test_a_body_of_several_states_named_by_a_region_gets_none() -> None:
    table = FEDERATION.replace("Chilean    Chilean", "Andean     Andean ")
    assert _country(table, "Federation of Andean Exporters") is None
