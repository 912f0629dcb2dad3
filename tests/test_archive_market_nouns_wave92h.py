"""A common noun of markets, an economy or money that a wire archive capitalised after an abbreviation
("exports to the U.S. Market") goes back to lower case where the story writes the word in lower case
elsewhere, in a story that shows no other archive fault (extract/io/archive_case.py); names keep their
capitals. The texts are ours."""

from __future__ import annotations

from geokg.extract.io.archive_case import lower_after_abbreviations


def test_a_market_noun_the_story_writes_in_lower_case_elsewhere_goes_back_to_lower_case() -> None:
    text = (
        "Ruritanian officials want more exports to the U.S. Market, where U.S. Steel competes. "
        "The U.S. Economy is slowing, and the market for shoes and the economy of Zenda are weak."
    )
    fixed = lower_after_abbreviations(text)
    assert "exports to the U.S. market, where U.S. Steel competes" in fixed
    assert "The U.S. economy is slowing" in fixed
    assert len(fixed) == len(text)  # offsets still point at the same words


def test_money_and_securities_go_back_to_lower_case_but_longer_names_keep_capitals() -> None:
    text = (
        "The U.S. Dollar fell and U.S. Securities lost ground, the U.S. Securities and Exchange "
        "Commission and the U.S. Trade Representative said. The dollar and other securities were sold."
    )
    fixed = lower_after_abbreviations(text)
    assert fixed.startswith("The U.S. dollar fell and U.S. securities lost ground")
    assert "the U.S. Securities and Exchange Commission and the U.S. Trade Representative said" in fixed
    # a market noun the story never writes in lower case keeps its capital: it may be a name
    other = "The U.S. Market Board met."
    assert lower_after_abbreviations(other) == other
