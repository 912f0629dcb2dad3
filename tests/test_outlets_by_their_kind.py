"""Hand-built parse: a name right after a lower-case noun of a kind of news outlet ("the Kuwaiti daily
al-Qabas") is that outlet, an organisation of the adjective's state, whatever the tagger called it."""

from __future__ import annotations

from hand_docs import country_of, read

DAILY = """
The       the       DET   DT  4  det      -
Kuwaiti   Kuwaiti   PROPN NNP 4  nmod     GPE
{kind:9} {kind:9} PROPN NNP 4  compound -
Qabas     Qabas     PROPN NNP 5  nsubj    PERSON
reported  report    VERB  VBD 0  ROOT     -
.         .         PUNCT .   5  punct    -
"""


def _entity(kind: str):
    reading = read(DAILY.format(kind=kind))
    return next(e for e in reading.entities.entities() if e.label == "Qabas")


def test_a_name_after_daily_is_a_newspaper_of_the_state() -> None:
    # "The Kuwaiti daily Qabas reported."
    assert _entity("daily").type == "ORG"
    assert country_of(read(DAILY.format(kind="daily")), "Qabas") == "KWT"


def test_a_name_after_another_noun_keeps_its_type() -> None:
    # "The Kuwaiti singer Qabas reported."
    assert _entity("singer").type == "PERSON"
