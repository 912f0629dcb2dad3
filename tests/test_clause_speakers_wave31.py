"""Who speaks when the subject of a reporting verb names no one (wave 31): a document by or from an
author ("a survey by X warned …") is its author's word.

Each test states its parse by hand (tests/hand_docs.py), so no model update moves it;
the sentences are ours."""

from __future__ import annotations

from hand_docs import by_rule, facts, read

SURVEY_BY = """
    A        a        DET   DT  2 det      -
    {noun}   {noun}   NOUN  NN  5 nsubj    -
    {prep}   {prep}   ADP   IN  2 prep     -
    Amnesty  Amnesty  PROPN NNP 3 pobj     ORG
    warned   warn     VERB  VBD 0 ROOT     -
    that     that     SCONJ IN  9 mark     -
    Russia   Russia   PROPN NNP 9 nsubj    GPE
    had      have     AUX   VBD 9 aux      -
    shelled  shell    VERB  VBN 5 ccomp    -
    Georgia  Georgia  PROPN NNP 9 dobj     GPE
    .        .        PUNCT .   5 punct    -
"""


def test_a_survey_by_a_body_is_its_word() -> None:
    reading = read(SURVEY_BY.format(noun="survey", prep="by"))
    assert ("Amnesty", "accuse", "Russia") in facts(reading, "speech_content")
    shelled = [r for r in by_rule(reading, "svo") if r.predicate == "shell"]
    assert shelled and all(r.attributed_to == "org:amnesty" for r in shelled)


def test_a_letter_from_a_body_is_its_word() -> None:
    reading = read(SURVEY_BY.format(noun="letter", prep="from"))
    assert ("Amnesty", "accuse", "Russia") in facts(reading, "speech_content")


def test_a_report_of_a_body_is_no_word_of_it() -> None:
    # "a report of X" may be about X: only "by" or "from" names the author
    reading = read(SURVEY_BY.format(noun="report", prep="of"))
    assert not facts(reading, "speech_content")
