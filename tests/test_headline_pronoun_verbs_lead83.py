"""A headline in capitals: "NORLAND SAYS IT BOMBS REBEL CAMP" is tagged as if "IT BOMBS" were a name and a
noun; the noun is the verb after the pronoun, and no event named "it bombs" is made."""

from __future__ import annotations

from geokg.extract.entities.events import event_mentions
from hand_docs import parse

HEADLINE = """
    NORLAND   NORLAND   PROPN NNP 2  nsubj    GPE
    SAYS      say       VERB  VBZ 0  ROOT     -
    IT        IT        PROPN NNP 4  compound -
    BOMBINGS  bombing   NOUN  NNS 2  dobj     -
    """

RUNNING = """
    Norland   Norland   PROPN NNP 2  nsubj    GPE
    condemned condemn   VERB  VBD 0  ROOT     -
    the       the       DET   DT  5  det      -
    suicide   suicide   NOUN  NN  5  compound -
    bombings  bombing   NOUN  NNS 2  dobj     -
    """


def test_no_event_named_by_a_pronoun_and_a_verb() -> None:
    assert event_mentions(parse(HEADLINE), []) == []


def test_an_event_noun_with_a_word_before_it_stays_an_event() -> None:
    found = event_mentions(parse(RUNNING), [])
    assert [m.text for m in found] == ["suicide bombings"]
