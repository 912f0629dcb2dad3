"""Words a wire archive capitalised after an abbreviation go back to lower case (extract/io/archive_case.py);
the texts are ours."""

from __future__ import annotations

from geokg.extract.io.archive_case import lower_after_abbreviations
from geokg.extract.io.wrapping import as_prose

ARCHIVE = (
    "Ruritania said the U.S. Has not asked it to cut rates. It holds 40 mln U.S. Dlrs in bonds and "
    "expects 10 mln dlrs more. A request to the U.S. For talks stands."
)


def test_an_archive_capital_after_an_abbreviation_goes_back_to_lower_case() -> None:
    fixed = lower_after_abbreviations(ARCHIVE)
    assert "the U.S. has not asked" in fixed
    assert "40 mln U.S. dlrs" in fixed  # written in lower case elsewhere in the story
    assert "the U.S. for talks" in fixed
    assert len(fixed) == len(ARCHIVE)  # offsets still point at the same words


def test_names_and_sentence_openers_keep_their_capitals() -> None:
    text = ARCHIVE + " Zenda sold grain to the U.S. The U.S. Treasury agreed."
    fixed = lower_after_abbreviations(text)
    assert fixed.endswith("to the U.S. The U.S. Treasury agreed.")


def test_a_story_without_the_archive_fault_is_left_alone() -> None:
    text = "The U.S. Embassy said U.S. officials met U.S. Treasury staff and U.S. dlrs rose."
    assert lower_after_abbreviations(text) == text
    assert as_prose(text) == text


def test_a_double_quote_written_for_an_apostrophe_before_s_is_an_apostrophe_again() -> None:
    from geokg.extract.io.archive_case import apostrophes_from_quotes

    text = 'Zenda voted against Ruritania"s admission, and the bank"s board agreed.'
    fixed = apostrophes_from_quotes(text)
    assert fixed == "Zenda voted against Ruritania's admission, and the bank's board agreed."
    assert as_prose(text) == fixed  # done where the text is read
    assert len(fixed) == len(text)


def test_real_quotation_marks_stay() -> None:
    from geokg.extract.io.archive_case import apostrophes_from_quotes

    text = '"Yes," he said of the "sanctions" and the "Ruritania"s" critics" plan; "so" it goes, "said" she.'
    fixed = apostrophes_from_quotes(text)
    assert fixed.count('"') == text.count('"') - 1  # only the one between a word and its "s"
    assert '"Yes,"' in fixed and '"sanctions"' in fixed and '"so" it' in fixed and '"said" she' in fixed
