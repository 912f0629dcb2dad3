"""Canonical predicates: one lemma phrase per relation type; the sentence's own words kept beside it."""

from __future__ import annotations

import pytest
from extraction_helpers import Run, one
from geokg.extract.clauses.predicates import canonical


@pytest.mark.parametrize(
    ("predicate", "noun", "expected"),
    [
        ("meet", None, "meet with"),
        ("meet with", None, "meet with"),
        ("hold talk with", "talk", "meet with"),  # a support verb adds nothing to its event noun
        ("have meeting with", "meeting", "meet with"),
        ("meeting between", "meeting", "meet with"),  # an event noun alone
        ("impose sanction on", "sanction", "sanction"),
        ("carry out attack on", "attack", "attack"),
        ("refuse to meet", None, "refuse to meet with"),  # a governing chain stays in front
        ("agree to hold talk with", "talk", "agree to meet with"),
        ("speak to", None, "talk with"),
        ("criticize", None, "criticize"),  # the article's spelling is kept (merging folds it)
        ("criticise", None, "criticise"),
        ("arrange meeting between", "meeting", "arrange meeting between"),  # "arrange" means something
        ("announce withdrawal from", "withdrawal", "announce withdrawal from"),
        ("talk with", None, "talk with"),  # the verb: a conversation, not a meeting
        ("be critic of", "critic", "be critic of"),
        ("say", None, "say"),
    ],
)
def test_canonical_predicates(predicate: str, noun: str | None, expected: str) -> None:
    assert canonical(predicate, noun) == expected


@pytest.mark.parametrize(
    ("text", "subject", "obj", "predicate", "words"),
    [
        ("Chile held talks with Peru.", "Chile", "Peru", "meet with", "held talks with"),
        ("Chile met Peru.", "Chile", "Peru", "meet with", "met"),
        ("Chile imposed sanctions on Peru.", "Chile", "Peru", "sanction", "imposed sanctions on"),
        ("Chile refused to recognize Peru.", "Chile", "Peru", "refuse to recognize", "refused to recognize"),
    ],
)
def test_the_predicate_is_canonical_and_the_sentence_words_are_kept(
    run: Run, text: str, subject: str, obj: str, predicate: str, words: str
) -> None:
    fact = one(run(text), subject, predicate, obj)
    assert (fact.predicate, fact.predicate_text) == (predicate, words)


@pytest.mark.parametrize(
    ("text", "subject", "obj", "predicate", "root", "negated"),
    [
        ("President Joe Biden put pressure on Ukraine.", "Joe Biden", "Ukraine", "pressure", "10", False),
        ("President Joe Biden put no pressure on Ukraine.", "Joe Biden", "Ukraine", "pressure", "10", True),
        ("Chile paid a visit to Peru.", "Chile", "Peru", "visit", "04", False),
        ("Germany offered support to Ukraine.", "Germany", "Ukraine", "offer support to", "03", False),
    ],
)
def test_a_light_verb_hands_the_relation_to_its_noun(
    run: Run, text: str, subject: str, obj: str, predicate: str, root: str, negated: bool
) -> None:
    fact = one(run(text), subject, predicate, obj, negated=negated)
    assert (fact.predicate, fact.event_root) == (predicate, root)
