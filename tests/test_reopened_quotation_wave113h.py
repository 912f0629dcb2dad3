"""Wave 113 H: a copy that lost its paragraph breaks keeps the mark that reopened a quotation running on
('she added: "We must act. "Time is short. If rich states care they will pay." Talks go on.'): the words
after the reopening mark are still hers, and the writer's sentences after its closing mark are no one's
quotation (they were read as words of an open quotation, and the facts of a later "X said" attributed to
whom that quotation's clauses named)."""

from __future__ import annotations

import spacy
from geokg.extract.entities.coref import quote_groups

TOKENIZER = spacy.blank("en")

RUN_ON = (
    'Ruiz spoke. But she added: "We must act now. "Time is short. If rich states care they will pay." '
    "Talks go on. Ms Ruiz said Peru had agreed to wait."
)


def test_a_reopening_mark_goes_on_with_the_quotation() -> None:
    doc = TOKENIZER(RUN_ON)
    groups = quote_groups(doc)
    assert [[doc[s:e].text for s, e in group] for group in groups] == [
        ["We must act now.", "Time is short. If rich states care they will pay."]
    ]


def test_a_mark_touching_its_punctuation_closes() -> None:
    # guard: passes with or without the change
    doc = TOKENIZER('Ruiz said: "We must act now." Talks go on. "Time is short," she added.')
    assert [[doc[s:e].text for s, e in group] for group in quote_groups(doc)] == [
        ["We must act now."],
        ["Time is short,"],
    ]
