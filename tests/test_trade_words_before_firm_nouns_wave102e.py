"""A common word a wire archive capitalised after an abbreviation, before lower-case nouns that end in a
noun of firms ("a U.K. Financial services company, Varnet Holdings Ltd", "U.S. Steel makers"), is no name
and goes back to lower case (extract/io/archive_case.py): the parser then reads no firm "U.K. Financial"
that the named firm belongs to. The texts are ours."""

from __future__ import annotations

from geokg.extract.io.archive_case import lower_after_abbreviations


def test_a_capitalised_word_before_lower_case_nouns_ending_in_a_firm_noun_goes_back_to_lower_case() -> None:
    text = "A U.K. Financial services company, Varnet Holdings Ltd, met U.S. Steel makers on Monday."
    fixed = lower_after_abbreviations(text)
    assert "A U.K. financial services company, Varnet Holdings Ltd" in fixed
    assert "met U.S. steel makers on Monday" in fixed
    assert len(fixed) == len(text)
    # a name before a verb or a noun of no firm keeps its capitals
    named = "U.S. Steel said U.S. Steel shares rose and the U.S. Energy firm Voss grew."
    assert lower_after_abbreviations(named) == named


def test_a_name_before_a_verb_and_its_object_of_firms_keeps_its_capitals() -> None:
    # a past verb ends the run of trade nouns; a plural firm noun further on is the verb's object
    for named in (
        "U.K. Tinplate joined rival firms in the bid.",
        "U.K. Tinplate hired investment banks on Monday.",
        "U.K. Tinplate buys rival mills each year.",
    ):
        assert lower_after_abbreviations(named) == named, named
