"""Hard-wrapped plain text: soft line breaks become spaces, paragraph breaks stay, offsets do not move."""

from __future__ import annotations

import json
from pathlib import Path

from geokg.extract.io.reader import Article, read_articles
from geokg.extract.io.wrapping import as_prose, unbracket_names, unwrap_lines

# Indented paragraphs, as fixed-width wire archives print them.
INDENTED = (
    "PORT TOWN DOCKERS END STRIKE\n"
    "\n"
    "Dockers at the port of Valetta ended a\n"
    "three-week strike on Tuesday after the\n"
    "harbour board agreed to raise their pay by\n"
    "six pct, union officials said.\n"
    "    The board said the deal would cost it\n"
    "two mln dlrs a year and that shipping\n"
    "lines had been told of the change.\n"
)


def test_soft_breaks_become_spaces_and_indented_paragraphs_stay() -> None:
    unwrapped = unwrap_lines(INDENTED)
    assert len(unwrapped) == len(INDENTED)
    lines = unwrapped.split("\n")
    assert lines[0] == "PORT TOWN DOCKERS END STRIKE"
    assert lines[2].startswith("Dockers at the port") and lines[2].rstrip().endswith("union officials said.")
    assert lines[3].startswith("    The board said") and lines[3].rstrip().endswith("told of the change.")


def test_every_character_keeps_its_offset() -> None:
    unwrapped = unwrap_lines(INDENTED)
    for at, char in enumerate(INDENTED):
        assert unwrapped[at] == (" " if char == "\n" and unwrapped[at] != "\n" else char)


def test_blank_line_paragraphs_and_a_short_closing_line() -> None:
    text = (
        "Talks resume\n\n"
        "The two delegations met again in the\n"
        "capital on Friday and agreed to keep\n"
        "talking.\n"
        "A spokesman said a date for the next round\n"
        "would be set in the coming days by the\n"
        "chairs of both sides.\n"
    )
    lines = unwrap_lines(text).split("\n")
    joined = "The two delegations met again in the capital on Friday and agreed to keep talking."
    assert lines[2].rstrip() == joined
    assert lines[3].startswith("A spokesman said") and lines[3].rstrip().endswith("of both sides.")


def test_windows_line_ends_unwrap_to_two_spaces() -> None:
    text = INDENTED.replace("\n", "\r\n")
    unwrapped = unwrap_lines(text)
    assert len(unwrapped) == len(text)
    assert "ended a  three-week strike" in unwrapped
    assert "said.\r\n    The board" in unwrapped


def test_a_headline_without_a_blank_line_keeps_its_own_line() -> None:
    text = INDENTED.replace("STRIKE\n\n", "STRIKE\n", 1)
    assert unwrap_lines(text).split("\n")[0] == "PORT TOWN DOCKERS END STRIKE"


def test_list_items_keep_their_lines() -> None:
    text = INDENTED + "- the first item of a list that runs on\nand on\n- the second item\n"
    assert "\n- the second item" in unwrap_lines(text)


def test_text_with_one_line_per_paragraph_is_left_alone() -> None:
    text = (
        "Leaders meet\n\n"
        "The prime minister met the president on Monday in the capital to discuss trade and security, "
        "officials said.\n"
        "the talks, which lasted three hours, ended without a joint statement from either side.\n"
        "Both leaders are expected to meet again at the summit in June.\n"
    )
    assert unwrap_lines(text) == text


def test_a_few_breaks_inside_sentences_do_not_make_a_text_wrapped() -> None:
    text = "Title\n\nA line that ends in a word\nand goes on.\nAnother paragraph.\nA third one.\nA fourth.\n"
    assert unwrap_lines(text) == text


def test_readers_unwrap_text_and_jsonl_articles(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(INDENTED, encoding="utf-8")
    body = INDENTED.split("\n\n", 1)[1]
    (tmp_path / "feed.jsonl").write_text(json.dumps({"id": "s1", "title": "Strike", "text": body}) + "\n")
    articles = [item for item in read_articles([tmp_path]) if isinstance(item, Article)]
    assert len(articles) == 2
    for article in articles:
        assert "ended a three-week strike" in article.text
        assert article.text.count("\n") == INDENTED.count("\n") - 5  # five soft breaks in the body


def test_names_leave_their_brackets_and_stock_symbols_go() -> None:
    text = "<Orbis Mining Ltd> said it sold its stake to Delta Corp <DLT> and Kappa Inc <KPA.N>."
    assert unbracket_names(text) == "Orbis Mining Ltd said it sold its stake to Delta Corp and Kappa Inc."


def test_brackets_that_hold_no_name_stay() -> None:
    for text in ("write to <editor@example.org>", "if x < y and y > z", "<b>bold</b>"):
        assert unbracket_names(text) == text


def test_a_read_article_has_its_names_out_of_brackets(tmp_path: Path) -> None:
    story = "Deal\n\n<Orbis Mining Ltd> bought Delta Corp <DLT>.\n"
    (tmp_path / "deal.txt").write_text(story, encoding="utf-8")
    [article] = [item for item in read_articles([tmp_path]) if isinstance(item, Article)]
    assert article.text == "Deal\n\nOrbis Mining Ltd bought Delta Corp.\n"


def test_a_symbol_wrapped_onto_the_next_line_goes_too() -> None:
    text = INDENTED.replace("harbour board", "harbour board of Delta Corp\n<DLT>", 1)
    assert "Delta Corp agreed" in as_prose(text)


def test_a_short_first_line_ending_in_an_abbreviation_runs_on_into_a_lower_case_line() -> None:
    # the dateline cut from the story's first line leaves it short; its stop is the abbreviation's
    text = (
        "DOCKERS DEFY U.K. BOARD\n\n"
        "Dockers will defy U.K.\n"
        "pressure and stay on strike at the port\n"
        "of Valetta until the board agrees to raise\n"
        "their pay by six pct, union officials said.\n"
        "    The board said the deal would cost it\n"
        "two mln dlrs a year and that shipping\n"
        "lines had been told of the change.\n"
    )
    lines = unwrap_lines(text).split("\n")
    assert lines[2].startswith("Dockers will defy U.K. pressure and stay on strike")
    assert lines[3].startswith("    The board said")


def test_a_short_line_ending_a_sentence_still_ends_its_paragraph_before_a_lower_case_name() -> None:
    text = (
        "TALKS RESUME\n\n"
        "The council met the delegations of both\n"
        "parties in the capital on Friday and agreed\n"
        "to resume talks.\n"
        "de Klerk, speaking later in the day at\n"
        "the parliament, said the talks would go on\n"
        "after the holiday break next week.\n"
    )
    lines = unwrap_lines(text).split("\n")
    assert lines[2].rstrip().endswith("agreed to resume talks.")
    assert lines[3].startswith("de Klerk, speaking")
