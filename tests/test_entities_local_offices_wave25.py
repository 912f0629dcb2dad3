"""A capital written as the owner of an office below the state is the city, on hand-built parses of sentences
of our own: "Lima's mayor X" is the mayor of Lima, while "Lima's envoy Y" still speaks for Peru."""

from __future__ import annotations

from hand_docs import read


def _owned_title(title: str) -> str:
    """ "Lima's <title> Ana Roe welcomed the plan."."""
    return f"""
    Lima     Lima     PROPN NNP 3 poss     GPE
    's       's       PART  POS 1 case     -
    {title}  {title}  NOUN  NN  5 compound -
    Ana      Ana      PROPN NNP 5 compound PERSON
    Roe      Roe      PROPN NNP 6 nsubj    I-PERSON
    welcomed welcome  VERB  VBD 0 ROOT     -
    the      the      DET   DT  8 det      -
    plan     plan     NOUN  NN  6 dobj     -
    .        .        PUNCT .   6 punct    -
    """


def _labels(reading) -> set[str]:
    return {e.label for e in reading.entities.entities()}


def test_a_capital_owning_a_local_office_is_the_city() -> None:
    labels = _labels(read(_owned_title("mayor")))
    assert "Lima" in labels and "Peru" not in labels


def test_a_capital_owning_a_state_s_office_still_speaks_for_the_state() -> None:
    assert "Peru" in _labels(read(_owned_title("envoy")))
