from __future__ import annotations

import pytest
from geokg.extract.entities.titles import (
    HONORIFICS,
    ROLE_NOUNS,
    is_constituency_title,
    is_former,
    is_occupation,
    is_role_word,
    office_of,
    qualify,
    role_phrase,
    strip_honorifics,
    time_qualifier,
    title_phrase_ending,
)


@pytest.mark.parametrize(
    ("words", "label"),
    [
        (["Iraqi", "Foreign", "Minister"], "foreign minister"),
        (["Iraq's", "Foreign", "Minister"], "foreign minister"),
        (["Secretary", "of", "State"], "secretary of state"),
        (["the", "US", "Secretary", "of", "Defense"], "secretary of defense"),
        (["Deputy", "Secretary", "of", "State"], "deputy secretary of state"),
        (["US", "Ambassador", "to", "Germany"], "ambassador"),
        (["the", "former", "Iraqi", "Prime", "Minister"], "prime minister"),
        (["Minister", "of", "Foreign", "Affairs"], "foreign minister"),
        (["Minister", "for", "Foreign", "Affairs"], "foreign minister"),
        (["Defence", "Minister"], "defense minister"),
        (["Minister", "of", "Defence"], "defense minister"),
        (["Prosecutor", "General"], "prosecutor general"),
        (["Chief", "Prosecutor"], "chief prosecutor"),
        (["Secretary-General"], "secretary general"),
        (["Vice-President"], "vice president"),
        (["Leader", "of", "the", "Opposition"], "opposition leader"),
        (["opposition", "leader"], "opposition leader"),
        (["National", "Security", "Advisor"], "national security adviser"),
        (["Special", "Representative", "for", "Iran"], "special representative"),
        (["Foreign", "Ministry", "spokesman"], "foreign ministry spokesperson"),
        (["Supreme", "Leader", "Ayatollah"], "supreme leader"),
        (["Saudi", "Crown", "Prince"], "crown prince"),
        (["Foreign", "Minister", "and", "Deputy", "Prime", "Minister"], "foreign minister"),
        (["German", "officials"], "official"),
        (["Sen."], "senator"),
        (["Gen."], "general"),
        (["General"], "general"),
        (["Senate", "Minority", "Leader"], "minority leader"),
        (["Deputy", "Prime", "Minister"], "deputy prime minister"),
        (["Deputy", "Emergency", "Situations", "Minister"], "deputy emergency situations minister"),
        (["Civil", "Aviation", "Minister"], "civil aviation minister"),
        (["union", "general", "secretary"], "general secretary"),
        (["French", "boss"], "boss"),  # a headline's word for a company's head
        (["Shadow", "Home", "Secretary"], "shadow home secretary"),  # the opposition's, no office held
    ],
)
def test_role_phrase(words: list[str], label: str) -> None:
    assert role_phrase(words) == label


@pytest.mark.parametrize(
    "words",
    [["Mr."], ["Mrs."], ["Iranian", "Foreign", "Ministry"], ["the"], [], ["Germany"], ["table", "tennis"]],
)
def test_no_role(words: list[str]) -> None:
    assert role_phrase(words) is None


def test_role_phrase_accepts_token_like_objects() -> None:
    class Tok:
        def __init__(self, text: str) -> None:
            self.text = text

    assert role_phrase([Tok("Russian"), Tok("President")]) == "president"


def test_is_role_word() -> None:
    for word in ("president", "Minister", "ministers", "Spokeswoman", "envoy", "officials", "Sen."):
        assert is_role_word(word), word
    for word in ("Mr.", "table", "us", "foreign", ""):
        assert not is_role_word(word), word


def test_a_role_word_whose_label_is_spelled_apart_is_still_a_role_word() -> None:
    # "Undersecretary X" is labelled "under secretary"; the label must not stop the word being a title
    assert is_role_word("Undersecretary")


def test_lexicon_contents() -> None:
    assert {"president", "minister", "ambassador", "spokesperson", "prosecutor", "critic"} <= ROLE_NOUNS
    assert {"mr", "mrs", "dr", "sen", "gen"} <= HONORIFICS


def test_strip_honorifics() -> None:
    assert strip_honorifics("Mr. John Kerry") == "John Kerry"
    assert strip_honorifics("Gen. Qassem Soleimani") == "Qassem Soleimani"
    assert strip_honorifics("Dr Mohammad Javad Zarif") == "Mohammad Javad Zarif"
    assert strip_honorifics("Mr.") == "Mr."  # a bare honorific is left for the caller
    assert strip_honorifics("Drew Brees") == "Drew Brees"


@pytest.mark.parametrize(
    ("words", "qualifier"),
    [
        (["former", "Vice", "President"], "former"),
        (["ex-minister"], "former"),
        (["the", "late", "King"], "late"),
        (["then-Senator"], "former"),
        (["Outgoing", "Prime", "Minister"], "outgoing"),
        (["Vice", "President"], None),
        (["acting", "mayor"], None),
    ],
)
def test_time_qualifier(words: list[str], qualifier: str | None) -> None:
    assert time_qualifier(words) == qualifier


def test_a_qualified_role_keeps_its_office_for_the_tables() -> None:
    role = qualify("vice president", "former")
    assert role == "former vice president"
    assert office_of(role) == "vice president" and is_former(role)
    assert qualify(role, "former") == role
    outgoing = "outgoing prime minister"
    assert office_of(outgoing) == "prime minister" and not is_former(outgoing)
    assert office_of("president") == "president" and not is_former("president")
    assert is_former("late king") and not is_former("former")


def test_occupations_and_constituency_titles() -> None:
    assert is_occupation("lawyer") and is_occupation("former journalist")
    assert not is_occupation("foreign minister") and not is_occupation("attorney general")
    assert is_constituency_title("senator") and is_constituency_title("former governor")
    assert not is_constituency_title("professor")


def test_a_title_phrase_with_of_at_the_end_of_the_words_before_a_name() -> None:
    assert title_phrase_ending(["Homeland", "Security", "chief", "of", "staff"]) == 3
    assert title_phrase_ending(["the", "Secretary", "of", "State"]) == 3
    assert title_phrase_ending(["Foreign", "Minister"]) == 0
