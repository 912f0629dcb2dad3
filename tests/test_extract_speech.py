"""Reported speech and quotations: who said it, what was said (attributed, not asserted), and "I".

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from extraction_helpers import Run, facts, find, none, one

# --- 24: reported speech ----------------------------------------------------------------------------------


def test_told_that_separates_the_telling_from_the_content(run: Run) -> None:
    result = run("Antony Blinken told Egypt that Israel must withdraw from Lebanon.")
    told = one(result, "Antony Blinken", "tell", "Egypt")
    assert told.attributed_to is None  # the telling itself is reported as fact
    content = one(result, "Israel", "withdraw from", "Lebanon")
    assert content.attributed_to == "Antony Blinken"
    assert content.modality == "must"
    # Israel is spoken about, not told (issue 7): "must" makes it a demand of Israel
    about = one(result, "Antony Blinken", "demand", "Israel")
    assert (about.predicate_text, about.extractor.split("/")[0]) == ("told", "geokg.speech_content")
    assert not [t for t in find(result, "Antony Blinken", "tell", "Israel")], facts(result)
    none(result, "Antony Blinken", "Lebanon")
    none(result, "Egypt", "Lebanon")


def test_content_triple_is_less_confident_than_the_asserted_one(run: Run) -> None:
    result = run("Antony Blinken told Egypt that Israel must withdraw from Lebanon.")
    told = one(result, "Antony Blinken", "tell", "Egypt")
    content = one(result, "Israel", "withdraw from", "Lebanon")
    assert content.confidence < told.confidence


def test_negated_content_keeps_its_negation_and_its_speaker(run: Run) -> None:
    result = run("Antony Blinken said Israel would not attack Lebanon.")
    fact = one(result, "Israel", "attack", "Lebanon", negated=True)
    assert fact.attributed_to == "Antony Blinken"
    assert fact.modality == "would"
    assert not [t for t in find(result, "Israel", "attack", "Lebanon") if not t.negated]


def test_according_to_a_name(run: Run) -> None:
    result = run("Israel bombed Lebanon, according to Hezbollah.")
    assert one(result, "Israel", "bomb", "Lebanon").attributed_to == "Hezbollah"
    said = one(result, "Hezbollah", "accuse", "Israel")  # the source's stance: bombing is a wrong
    assert said.extractor.startswith("geokg.according_to/")


@pytest.mark.parametrize(("text", "source"), [
    ("Iran attacked Israel, according to a statement by the Pentagon.", "Pentagon"),
    ("Russia shelled Ukraine, according to a statement from NATO.", "NATO"),
])
def test_according_to_a_statement_by_someone(run: Run, text: str, source: str) -> None:
    result = run(text)
    acts = [t for t in result.triples if t.extractor.startswith("geokg.svo/")]
    assert len(acts) == 1, facts(result)
    assert acts[0].attributed_to == source


# --- 25: quotations ---------------------------------------------------------------------------------------


def test_speaker_named_after_the_quotation(run: Run) -> None:
    result = run('"Russia will never defeat Ukraine," Friedrich Merz told reporters.')
    fact = one(result, "Russia", "defeat", "Ukraine", negated=True)
    assert fact.attributed_to == "Friedrich Merz"
    assert fact.modality == "will"


def test_speaker_named_before_the_quotation(run: Run) -> None:
    result = run('Volodymyr Zelensky said, "Russia must withdraw from Ukraine."')
    fact = one(result, "Russia", "withdraw from", "Ukraine")
    assert fact.attributed_to == "Volodymyr Zelensky"


def test_i_inside_a_quotation_is_the_speaker_after_it(run: Run) -> None:
    result = run('"I will not negotiate with Russia," Volodymyr Zelensky said on Sunday.')
    fact = one(result, "Volodymyr Zelensky", "negotiate with", "Russia", negated=True)
    assert fact.attributed_to == "Volodymyr Zelensky"
    assert fact.modality == "will"


def test_i_inside_a_quotation_is_the_speaker_before_it(run: Run) -> None:
    result = run('Volodymyr Zelensky said, "I thanked Poland for its support."')
    assert one(result, "Volodymyr Zelensky", "thank", "Poland").attributed_to == "Volodymyr Zelensky"


def test_quotation_after_another_verb_of_the_speaker(run: Run) -> None:
    result = run('Emmanuel Macron visited Egypt and told reporters, "I support Ukraine."')
    assert one(result, "Emmanuel Macron", "support", "Ukraine").attributed_to == "Emmanuel Macron"
    assert one(result, "Emmanuel Macron", "visit", "Egypt").attributed_to is None


def test_quoted_words_are_not_the_reporter_acting(run: Run) -> None:
    result = run('"Russia has attacked Ukraine," Emmanuel Macron said.')
    assert one(result, "Russia", "attack", "Ukraine").attributed_to == "Emmanuel Macron"
    none(result, "Emmanuel Macron", "Ukraine")


# --- 26: one speaker, two reports --------------------------------------------------------------------------


def test_said_twice_keeps_the_speaker_of_both(run: Run) -> None:
    result = run("Volodymyr Zelensky said Russia attacked Ukraine and said Belarus helped Russia.")
    assert one(result, "Russia", "attack", "Ukraine").attributed_to == "Volodymyr Zelensky"
    assert one(result, "Belarus", "help", "Russia").attributed_to == "Volodymyr Zelensky"
    one(result, "Volodymyr Zelensky", "accuse", "Russia")  # an attack reported of someone accuses them
    none(result, "Volodymyr Zelensky", "Belarus")  # what he said of Belarus is its own fact, his claim
    # The second "said" belongs to Zelensky, not to Russia, the subject nearest to it.
    none(result, "Russia", "Belarus", "say")


# --- issue 7: the speaker's stance ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "word", "target"),
    [
        (
            "Antony Blinken told Egypt that Israel must withdraw from Lebanon.",
            "Antony Blinken",
            "demand",
            "Israel",
        ),
        ("Hezbollah claimed Israel had bombed villages in Lebanon.", "Hezbollah", "accuse", "Israel"),
        ("Olaf Scholz said Hungary's veto was a disgrace.", "Olaf Scholz", "criticise", "Hungary"),
        ('Emmanuel Macron called Russia\'s plan "absurd".', "Emmanuel Macron", "criticise", "Russia"),
    ],
)
def test_what_is_said_carries_the_speakers_stance(
    run: Run, text: str, speaker: str, word: str, target: str
) -> None:
    fact = one(run(text), speaker, word, target)
    assert fact.event_root in {"demand": "10", "accuse": "11", "criticise": "11"}[word]


def test_a_plain_report_takes_no_stance(run: Run) -> None:
    result = run("Sweden said Anna Berg was ill.")
    assert one(result, "Sweden", "say", "Anna Berg").event_root == "01"


def test_a_quotation_with_an_unnamed_speaker_does_not_take_the_previous_voice(run: Run) -> None:
    result = run(
        '"We will defend our borders," Evo Morales said on Monday. '
        '"Chile attacked Peru last year. It is a disgrace," said a farmer at the rally.'
    )
    assert one(result, "Chile", "attack", "Peru").attributed_to is None  # the farmer's words, not Morales'
    none(result, "Evo Morales", "Chile")


def test_a_quoted_sentence_that_accuses_someone_is_the_speakers_accusation(run: Run) -> None:
    result = run(
        'Evo Morales spoke on Monday. "Chile attacked Peru last year. We will defend our borders," he said.'
    )
    accused = one(result, "Evo Morales", "accuse", "Chile")
    assert accused.event_root == "11"


def test_named_members_of_a_group_act_with_it(run: Run) -> None:
    result = run("Jair Bolsonaro spoke on Friday. His critics, which include Greenpeace, blame him for it.")
    assert one(result, "Greenpeace", "blame", "Jair Bolsonaro").event_root == "11"
