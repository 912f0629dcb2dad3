"""A noun of an act or a stance that a wire archive capitalised after an abbreviation ("announcing the U.S.
Sanctions") goes back to lower case in a story with no other archive fault, where it is plural or the story
writes it in lower case elsewhere (extract/io/archive_case.py); a singular the story never writes in lower
case, and a body's name, keep their capitals. The texts are ours."""

from __future__ import annotations

from geokg.extract.io.archive_case import lower_after_abbreviations


def test_a_plural_act_noun_after_an_abbreviation_goes_back_to_lower_case() -> None:
    text = "In announcing the U.K. Sanctions yesterday, the minister said she would lift them soon."
    fixed = lower_after_abbreviations(text)
    assert fixed.startswith("In announcing the U.K. sanctions yesterday")
    assert len(fixed) == len(text)  # offsets still point at the same words


def test_a_singular_act_noun_goes_back_only_where_the_story_writes_it_in_lower_case() -> None:
    text = "A panel will weigh the U.S. Decision. Zenda called the decision unfair."
    assert lower_after_abbreviations(text).startswith("A panel will weigh the U.S. decision.")
    alone = "A panel will weigh the U.S. Decision."
    assert lower_after_abbreviations(alone) == alone


def test_a_body_named_by_an_act_noun_keeps_its_capitals() -> None:
    text = "The U.S. Commission on Civil Rights and the U.N. Conference on Trade and Development met."
    assert lower_after_abbreviations(text) == text


def test_a_states_deed_after_an_abbreviation_goes_back_to_lower_case_where_written_so_elsewhere() -> None:
    # (the lead, stop 47) "the strong U.K. Action against Zenda": "action", a deed noun of no listed ending
    text = "The strong U.K. Action against Zenda would work. She denied the action was taken for that."
    assert lower_after_abbreviations(text).startswith("The strong U.K. action against Zenda")
    named = "The U.K. Action Committee met."
    assert lower_after_abbreviations(named) == named
