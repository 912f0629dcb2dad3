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


def test_a_plural_noun_of_people_or_groups_after_an_abbreviation_is_no_name() -> None:
    # no function word shows the fault here: a capitalised plural of people or groups is the fault itself
    text = (
        "Zenda called on U.S. Allies to help. U.S. Officials said the talks would resume, and "
        "U.K. Producers and U.N. Troops waited."
    )
    fixed = lower_after_abbreviations(text)
    assert fixed == (
        "Zenda called on U.S. allies to help. U.S. officials said the talks would resume, and "
        "U.K. producers and U.N. troops waited."
    )
    assert as_prose(text) == fixed  # done where the text is read
    assert len(fixed) == len(text)


def test_a_singular_noun_of_a_group_goes_back_to_lower_case_in_a_story_with_the_fault() -> None:
    faulted = "The U.S. Delegation met Zenda's envoy. The U.S. Has not asked it to leave."
    assert lower_after_abbreviations(faulted) == (
        "The U.S. delegation met Zenda's envoy. The U.S. has not asked it to leave."
    )
    clean = "The U.S. Delegation met Zenda's envoy at the U.S. Embassy."
    assert lower_after_abbreviations(clean) == clean  # a name may be meant where the story has no fault


def test_a_states_institution_keeps_its_capital_in_a_story_with_the_fault() -> None:
    text = "The U.S. Has not acted. The U.S. Congress, U.S. Army and U.S. Embassy agreed with U.S. Leader X."
    assert lower_after_abbreviations(text) == text.replace("U.S. Has", "U.S. has")


def test_a_group_noun_that_opens_a_longer_name_or_a_headline_keeps_its_capital() -> None:
    text = "U.S. Forces Korea said U.S. Officials Say Talks Resume; the U.S. Army and U.S. Marines agreed."
    fixed = lower_after_abbreviations(text)
    assert fixed == text.replace("U.S. Marines", "U.S. marines")


def test_a_noun_of_an_act_or_a_policy_after_an_abbreviation_is_no_name_where_the_fault_shows() -> None:
    # (the lead, stop 44) "any U.S. Interference would meet a response" read as an organisation
    text = (
        "Zenda said the U.S. Has no plan. Any U.S. Interference would meet a response, and U.S. Demands "
        "for talks and U.S. Strategy failed, the U.S. Agency for International Development and the U.S. "
        "Navy said."
    )
    fixed = lower_after_abbreviations(text)
    assert "U.S. interference would" in fixed and "U.S. demands for" in fixed
    assert "U.S. strategy failed" in fixed
    assert "U.S. Agency for International Development" in fixed and "U.S. Navy said" in fixed
    # a body whose word has such an ending keeps its capital ("U.N. Commission", "U.S. Alliance")
    bodies = "Zenda said the U.S. Has no plan, the U.N. Commission said, and the U.S. Alliance agreed."
    assert "the U.N. Commission said" in lower_after_abbreviations(bodies)
    assert len(fixed) == len(text)
    # without the fault the story keeps the capitals of singulars it never writes in lower case (a plural
    # of acts, "U.S. Demands", is no name in any story: tests/test_archive_act_nouns_lead104.py)
    clean = text.replace("U.S. Has", "U.S. has")
    assert lower_after_abbreviations(clean) == clean.replace("U.S. Demands", "U.S. demands")
