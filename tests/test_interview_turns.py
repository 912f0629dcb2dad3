"""Interviews: speaker labels open the turns; answers are the interviewee's words, questions assert nothing.

The interviews are written for these tests.
"""

from __future__ import annotations

import spacy
from extraction_helpers import Run, one
from geokg.extract.io.nlp import paragraph_breaks
from geokg.extract.io.turns import paragraphs, speaker_labels

TOKENIZER = spacy.blank("en")


def labels(text: str) -> list[tuple[str, str]]:
    doc = TOKENIZER.make_doc(text)
    return [(label.text, doc[label.end : label.paragraph.end].text) for label in speaker_labels(doc)]


def test_paragraphs_are_the_runs_between_line_breaks() -> None:
    doc = TOKENIZER.make_doc("A title\n\nFirst line here.\nSecond one.\n")
    found = [doc[p.start : p.end].text for p in paragraphs(doc)]
    assert found == ["A title", "First line here.", "Second one."]


def test_bracketed_labels_open_questions_and_answers() -> None:
    text = "Title\n\n((WN))  Why did you run?\n\n((Jane Roe))  I wanted to help.\n"
    assert labels(text) == [("WN", "Why did you run?"), ("Jane Roe", "I wanted to help.")]


def test_colon_labels_count_when_one_repeats_and_then_the_single_full_name_too() -> None:
    text = (
        "Title\n\nWN: Where did you grow up?\n\nJane Roe: In Lima.\n\nWN: And then?\n\nJR: I moved to Lima.\n"
    )
    assert [name for name, _ in labels(text)] == ["WN", "Jane Roe", "WN", "JR"]


def test_initials_without_colon_label_the_answers_of_an_interview() -> None:
    text = (
        "Jane Roe talks to us\n\n((WN))  Why?\n\nJR Because it matters.\n\n((WN))  How?\n\n"
        "JR Slowly.\n\nUS Officials agreed.\n"
    )
    assert [name for name, _ in labels(text)] == ["WN", "JR", "WN", "JR"]
    assert labels("Jane Roe talks\n\nJR Because.\n\nJR Slowly.\n") == []  # not in an interview


def test_a_single_colon_paragraph_is_no_interview() -> None:
    assert labels("Title\n\nUpdate: The minister resigned on Friday.\n") == []
    assert labels("Title\n\nPeople said many things.\n\nJane RoeImage: John Doe.\n") == []


def test_a_lower_case_or_long_opening_is_no_label() -> None:
    text = "Title\n\n((hi)) namaste\n\nThe Prime Minister of the Kingdom: he said so.\n\nQ: Why?\n"
    assert labels(text) == [("Q", "Why?")]


def test_the_words_after_a_label_start_a_sentence() -> None:
    doc = paragraph_breaks(TOKENIZER.make_doc("Title\n\nQ: Why now?\n\nJane Roe: We had no choice.\n"))
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["Title", "Q", "Why", "Jane", "We"]


def test_first_person_of_an_answer_is_the_interviewee(run: Run) -> None:
    result = run(
        "Wikinews interviews candidate Maria Lopez\n\n"
        "((WN))  Why are you running?\n\n"
        "((Maria Lopez))  I founded the Green Alliance in 2010. I left the Liberal Party last year.\n"
    )
    fact = one(result, "Maria Lopez", "found", "Green Alliance")
    assert fact.attributed_to == "Maria Lopez"


def test_an_answer_labelled_with_initials_goes_on_over_unlabelled_paragraphs(run: Run) -> None:
    result = run(
        "Scientist Maria Lopez talks about her study\n\n"
        "Wikinews spoke to Maria Lopez about her work.\n\n"
        "((WN))  How did the study start?\n\n"
        "ML: It started in 2015.\n\n"
        "((WN))  Who helped you?\n\n"
        "ML: Many people did.\n\n"
        "Later I joined the World Health Organization as an adviser.\n"
    )
    assert one(result, "Maria Lopez", "join", "World Health Organization").attributed_to == "Maria Lopez"


def test_a_question_asserts_nothing(run: Run) -> None:
    result = run(
        "Wikinews interviews candidate Maria Lopez\n\n"
        "((WN))  What are the reasons people may not vote for the Labour Party?\n\n"
        "((Maria Lopez))  I had my reasons.\n"
    )
    assert not [t for t in result.triples if t.object == "Labour Party"]


def test_you_in_the_interviewers_background_is_the_interviewee(run: Run) -> None:
    result = run(
        "Wikinews interviews candidate Maria Lopez\n\n"
        "((WN))  You joined the Labour Party in 2019. Why did you leave it?\n\n"
        "((Maria Lopez))  I had my reasons.\n"
    )
    assert one(result, "Maria Lopez", "join", "Labour Party").attributed_to is None


def test_answers_after_labelled_questions_are_the_title_persons(run: Run) -> None:
    result = run(
        "Wikinews interviews Maria Lopez, Green candidate for Lima\n\n"
        "((WN)) : What did you do before politics?\n\n"
        "I worked for the United Nations for ten years.\n"
    )
    assert one(result, "Maria Lopez", "work for", "United Nations").attributed_to == "Maria Lopez"


def test_an_answers_wording_is_no_stance_toward_whom_it_names(run: Run) -> None:
    result = run(
        "Wikinews interviews candidate Maria Lopez\n\n"
        "((WN))  What about the border?\n\n"
        "((Maria Lopez))  It is a long story. Peru must withdraw its troops from the border.\n"
    )
    assert not [t for t in result.triples if t.subject == "Maria Lopez" and t.object == "Peru"]


def test_a_quoted_question_in_the_interviewers_background_is_reported_not_asked(run: Run) -> None:
    result = run(
        "Wikinews interviews candidate Maria Lopez\n\n"
        '((WN))  In 2016, Ruth Baker criticised the Labour Party with "Who pays?" What do you think?\n\n'
        "((Maria Lopez))  I had my reasons.\n"
    )
    assert [t for t in result.triples if t.subject == "Ruth Baker" and t.object == "Labour Party"]


def test_answers_labelled_a_are_the_person_the_title_names(run: Run) -> None:
    result = run(
        "Wikinews interviews Maria Lopez, mayor of Lima\n\n"
        "Q: What did you do before?\n\n"
        "A: I worked for the United Nations for ten years.\n\n"
        "Q: And then?\n\n"
        "A: I stayed home.\n"
    )
    assert one(result, "Maria Lopez", "work for", "United Nations").attributed_to == "Maria Lopez"


def test_he_in_an_answer_is_not_the_interviewee_the_label_names(run: Run) -> None:
    result = run(
        "Wikinews interviews Maria Lopez\n\n"
        "((WN))  Who is Daniel Okafor?\n\n"
        "((Maria Lopez))  He founded the Green Alliance in 2010.\n"
    )
    assert one(result, "Daniel Okafor", "found", "Green Alliance").attributed_to == "Maria Lopez"
