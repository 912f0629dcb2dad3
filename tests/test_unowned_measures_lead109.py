"""A measure no one is named to impose is no actor of itself (lead, stop 48): "before the ban on foreign
dealers in Peru would take effect" gave "ban -ban in-> Peru". Only events that happen with no doer named
(protest, assault, fight, mass violence: lexicon/cameo.OCCURRENCE_ROOTS) stand as their own subject ("a
bombing in Lima"). Each parse is stated by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import by_rule, read


def _subjects(table: str) -> set[str]:
    reading = read(table)
    return {r.subject.entity_id for r in by_rule(reading, "event_noun")}


def test_a_ban_no_one_is_named_to_impose_acts_on_no_one() -> None:
    table = """
    The     the     DET   DT  2  det    -
    ban     ban     NOUN  NN  9  nsubj  -
    on      on      ADP   IN  2  prep   -
    foreign foreign ADJ   JJ  5  amod   -
    dealers dealer  NOUN  NNS 3  pobj   -
    in      in      ADP   IN  2  prep   -
    Peru    Peru    PROPN NNP 6  pobj   GPE
    would   would   AUX   MD  9  aux    -
    take    take    VERB  VB  0  ROOT   -
    effect  effect  NOUN  NN  9  dobj   -
    .       .       PUNCT .   9  punct  -
    """
    assert _subjects(table) == set()


def test_a_bombing_no_one_is_named_for_stays_its_own_subject() -> None:
    table = """
    A       a       DET   DT  2  det    -
    bombing bombing NOUN  NN  5  nsubj  -
    in      in      ADP   IN  2  prep   -
    Lima    Lima    PROPN NNP 3  pobj   GPE
    killed  kill    VERB  VBD 0  ROOT   -
    five    five    NUM   CD  7  nummod CARDINAL
    people  people  NOUN  NNS 5  dobj   -
    .       .       PUNCT .   5  punct  -
    """
    assert any(s.startswith("event:") for s in _subjects(table))
