"""A bare office of a state ("the foreign minister") whose holder the article names without the title is
that person, where the office table has him in it (lead, stop 53): "Joschka Fischer said Germany would not
pay. The foreign minister criticised France" is Fischer's criticism, not Germany's. On a day outside his
term the office stays the state's. Parses by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read

STORY = """
Joschka    Joschka    PROPN NNP 2  compound PERSON
Fischer    Fischer    PROPN NNP 3  nsubj    I-PERSON
said       say        VERB  VBD 0  ROOT     -
Germany    Germany    PROPN NNP 7  nsubj    GPE
would      would      AUX   MD  7  aux      -
not        not        PART  RB  7  neg      -
pay        pay        VERB  VB  3  ccomp    -
.          .          PUNCT .   3  punct    -
The        the        DET   DT  11 det      -
foreign    foreign    ADJ   JJ  11 amod     -
minister   minister   NOUN  NN  12 nsubj    -
criticised criticise  VERB  VBD 0  ROOT     -
France     France     PROPN NNP 12 dobj     GPE
.          .          PUNCT .   12 punct    -
"""


def _critics(day: str | None) -> set[str]:
    reading = read(STORY, day)
    label = {e.id: e.label for e in reading.entities.entities()}
    return {label[r.subject.entity_id] for r in reading.relations if r.predicate == "criticise"}


def test_the_bare_office_is_its_named_holder() -> None:
    assert _critics(None) == {"Joschka Fischer"}


def test_the_bare_office_is_its_holder_on_a_day_of_his_term() -> None:
    assert _critics("2003-02-10") == {"Joschka Fischer"}


def test_the_bare_office_outside_his_term_stays_the_state() -> None:
    assert _critics("2012-02-10") == {"Germany"}
