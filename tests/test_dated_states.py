"""Offices by the article's date (wave 34 D): finance ministers, central bankers and the US cabinet's trade,
commerce and agriculture heads in the office table. Sentences written for these tests."""

from __future__ import annotations

from geokg.extract.entities.offices import ended_before, holding
from hand_docs import read

# ---- the office table: finance, central banks, the US cabinet ----------------------------------------------


def test_a_finance_minister_named_in_full_is_of_his_state() -> None:
    held = holding(["Nigel Lawson"], "1987-03-03")
    assert held is not None and held.country == "GBR"
    assert held.term_for("chancellor") is not None  # "Chancellor Nigel Lawson"


def test_a_central_banker_named_alone_is_of_his_state_while_in_office() -> None:
    held = holding(["Volcker"], "1985-06-01")
    assert held is not None and held.country == "USA"
    assert holding(["Volcker"], "2010-06-01") is None  # a bare surname only names a holder of that day


def test_the_title_written_chooses_the_term_of_a_holder_of_two_offices() -> None:
    # a trade representative who later ran agriculture: each title names its own term
    held = holding(["Clayton Yeutter"], "1990-05-01", ["trade representative"])
    assert held is not None and held.country == "USA"
    assert held.term_for("trade representative") is not None
    assert held.term_for("trade representative").office == "trade_minister"
    assert ended_before(["Clayton Yeutter"], "trade representative", "1990-05-01")


def test_a_central_banker_who_moved_to_another_state_is_of_the_state_of_the_day() -> None:
    assert holding(["Carney"], "2011-04-01").country == "CAN"
    assert holding(["Carney"], "2016-04-01").country == "GBR"


def test_a_cabinet_secretary_of_the_day_gets_the_state() -> None:
    reading = read(
        """
    Agriculture Agriculture PROPN NNP   3 compound -
    Secretary   Secretary   PROPN NNP   4 compound -
    Richard     Richard     PROPN NNP   4 compound PERSON
    Lyng        Lyng        PROPN NNP   5 nsubj    I-PERSON
    praised     praise      VERB  VBD   0 ROOT     -
    the         the         DET   DT    7 det      -
    farmers     farmer      NOUN  NNS   5 dobj     -
    .           .           PUNCT .     5 punct    -
    """,
        day="1987-05-04",
    )
    [lyng] = [e for e in reading.entities.entities() if e.label == "Richard Lyng"]
    assert lyng.country == "USA"
