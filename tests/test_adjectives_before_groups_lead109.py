"""An archive's capital on an adjective after an abbreviation, before a lower-case plural of people or
groups, goes back to lower case (lead, stop 48): "Peru asked U.S. Governmental agencies to wait" had the
parser read "U.S. Governmental" as a body the agencies belong to, and the request was lost
(io/archive_case._describes_lower_group). The sentences are ours."""

from __future__ import annotations

from geokg.extract.io.archive_case import lower_after_abbreviations


def test_an_adjective_before_lower_case_officials_is_lowered() -> None:
    assert lower_after_abbreviations("Peru asked U.S. Governmental agencies to wait.") == (
        "Peru asked U.S. governmental agencies to wait."
    )
    assert lower_after_abbreviations("U.K. Federal officials met.") == "U.K. federal officials met."


def test_a_sector_adjective_or_a_name_keeps_its_capital() -> None:
    kept = ("U.S. Naval officers met.", "U.S. Military officials said.", "the U.S. Federal Reserve said")
    for text in kept:
        assert lower_after_abbreviations(text) == text
    # an adjective before a noun of no group is no description of people
    assert lower_after_abbreviations("U.S. Economic growth slowed.") == "U.S. Economic growth slowed."
