"""Wave 119 F: a bare office of a state ("the prime minister") that the text makes its one holder named in the
article (wave 118 H, arguments.py `_bare_state_office`) states that person's office, as a title by the name
would: "Helen Clark opened a hospital. The prime minister praised Australia." -> Helen Clark prime minister of
New Zealand (rule "title"), once, and not when a title already says it nor when no holder is found (the
office then stands for its state). Sentences of our own, parses written by hand."""

from __future__ import annotations

from hand_docs import read

OPENING = """
Helen        Helen        PROPN  NNP    2   compound   PERSON
Clark        Clark        PROPN  NNP    3   nsubj      I-PERSON
opened       open         VERB   VBD    0   ROOT       -
a            a            DET    DT     5   det        -
hospital     hospital     NOUN   NN     3   dobj       -
.            .            PUNCT  .      3   punct      -
"""

PRAISED = """
The          the          DET    DT     {m}  det        -
prime        prime        ADJ    JJ     {m}  amod       -
minister     minister     NOUN   NN     {v}  nsubj      -
praised      praise       VERB   VBD    0   ROOT       -
Australia    Australia    PROPN  NNP    {v}  dobj       GPE
.            .            PUNCT  .      {v}  punct      -
"""


def _praised(at: int) -> str:
    """ "The prime minister praised Australia.", its first word at position `at` (1-based)."""
    return PRAISED.format(m=at + 2, v=at + 3)


# "Helen Clark opened a hospital. The prime minister praised Australia."
NAMED_THEN_BARE = OPENING + _praised(7)

# "Helen Clark opened a hospital. The prime minister praised Australia. The prime minister praised Australia."
NAMED_THEN_BARE_TWICE = OPENING + _praised(7) + _praised(13)

# "Prime Minister Helen Clark opened a hospital. The prime minister praised Australia."
TITLED_THEN_BARE = (
    """
Prime        Prime        PROPN  NNP    2   compound   -
Minister     Minister     PROPN  NNP    4   compound   -
Helen        Helen        PROPN  NNP    4   compound   PERSON
Clark        Clark        PROPN  NNP    5   nsubj      I-PERSON
opened       open         VERB   VBD    0   ROOT       -
a            a            DET    DT     7   det        -
hospital     hospital     NOUN   NN     5   dobj       -
.            .            PUNCT  .      5   punct      -
"""
    + _praised(9)
)

# "Premier Helen Clark opened a hospital. The prime minister praised Australia."
OTHER_WORDS_THEN_BARE = (
    """
Premier      Premier      PROPN  NNP    3   compound   -
Helen        Helen        PROPN  NNP    3   compound   PERSON
Clark        Clark        PROPN  NNP    4   nsubj      I-PERSON
opened       open         VERB   VBD    0   ROOT       -
a            a            DET    DT     6   det        -
hospital     hospital     NOUN   NN     4   dobj       -
.            .            PUNCT  .      4   punct      -
"""
    + _praised(8)
)

# "New Zealand raised taxes. The prime minister praised Australia."
STATE_THEN_BARE = (
    """
New          New          PROPN  NNP    2   compound   GPE
Zealand      Zealand      PROPN  NNP    3   nsubj      I-GPE
raised       raise        VERB   VBD    0   ROOT       -
taxes        tax          NOUN   NNS    3   dobj       -
.            .            PUNCT  .      3   punct      -
"""
    + _praised(6)
)


def _triples(table: str, day: str | None) -> list[tuple[str, str, str, str]]:
    reading = read(table, day)
    label = {e.id: e.label for e in reading.entities.entities()}
    return [
        (label[r.subject.entity_id], r.predicate, label[r.object.entity_id], r.rule.name)
        for r in reading.relations
    ]


def test_the_bare_office_of_its_one_named_holder_states_his_office() -> None:
    for day in ("2005-03-01", None):
        triples = _triples(NAMED_THEN_BARE, day)
        assert ("Helen Clark", "praise", "Australia", "svo") in triples
        assert ("Helen Clark", "prime minister of", "New Zealand", "title") in triples


def test_the_office_is_stated_once() -> None:
    triples = _triples(NAMED_THEN_BARE_TWICE, "2005-03-01")
    assert triples.count(("Helen Clark", "prime minister of", "New Zealand", "title")) == 1


def test_a_title_by_the_name_already_states_it() -> None:
    triples = _triples(TITLED_THEN_BARE, "2005-03-01")
    assert triples.count(("Helen Clark", "prime minister of", "New Zealand", "title")) == 1


def test_no_office_stated_when_no_holder_is_named() -> None:
    triples = _triples(STATE_THEN_BARE, "2005-03-01")
    assert not [t for t in triples if t[1] == "prime minister of"]


def test_a_title_in_other_words_already_states_it() -> None:
    triples = _triples(OTHER_WORDS_THEN_BARE, "2005-03-01")
    assert ("Helen Clark", "premier of", "New Zealand", "title") in triples
    assert not [t for t in triples if t[1] == "prime minister of"]
