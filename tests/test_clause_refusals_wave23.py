"""Refusals, vows and subjectless infinitives (wave 23): a refusal to speak is no statement made, a vow
of force is a threat, and "it is necessary to X" names nobody who does X.

Each test states its parse by hand (tests/hand_docs.py), so no model update moves it;
the sentences are ours."""

from __future__ import annotations

from hand_docs import facts, read


def test_an_infinitive_after_it_is_necessary_has_no_doer_in_the_sentence() -> None:
    """ "Chile says it is necessary to arm Peru": the "it" stands for "to arm Peru"; nobody is named as
    arming Peru, least of all Chile (whom the "it" would otherwise be taken for)."""
    reading = read("""
    Chile      Chile      PROPN NNP 2  nsubj  GPE
    says       say        VERB  VBZ 0  ROOT   -
    it         it         PRON  PRP 4  nsubj  -
    is         be         AUX   VBZ 2  ccomp  -
    necessary  necessary  ADJ   JJ  4  acomp  -
    to         to         PART  TO  7  aux    -
    arm        arm        VERB  VB  4  xcomp  -
    Peru       Peru       PROPN NNP 7  dobj   GPE
    .          .          PUNCT .   2  punct  -
    """)
    assert not any(r.predicate == "arm" for r in reading.relations)


def test_the_state_of_the_sentence_before_does_not_do_what_it_is_vital_to_do() -> None:
    """ "Bolivia is weak. It is vital to arm Peru": coreference may take the "it" for Bolivia; it is empty."""
    reading = read("""
    Bolivia  Bolivia  PROPN NNP 2  nsubj  GPE
    is       be       AUX   VBZ 0  ROOT   -
    weak     weak     ADJ   JJ  2  acomp  -
    .        .        PUNCT .   2  punct  -
    It       it       PRON  PRP 6  nsubj  -
    is       be       AUX   VBZ 0  ROOT   -
    vital    vital    ADJ   JJ  6  acomp  -
    to       to       PART  TO  9  aux    -
    arm      arm      VERB  VB  6  xcomp  -
    Peru     Peru     PROPN NNP 9  dobj   GPE
    .        .        PUNCT .   6  punct  -
    """)
    assert not any(r.predicate == "arm" for r in reading.relations)


def test_it_without_an_infinitive_still_refers() -> None:
    """ "Chile said it was important to Peru": no infinitive, so "it" is Chile (as before)."""
    reading = read("""
    Chile      Chile      PROPN NNP 2  nsubj  GPE
    said       say        VERB  VBD 0  ROOT   -
    it         it         PRON  PRP 4  nsubj  -
    was        be         AUX   VBD 2  ccomp  -
    important  important  ADJ   JJ  4  acomp  -
    to         to         ADP   IN  5  prep   -
    Peru       Peru       PROPN NNP 6  pobj   GPE
    .          .          PUNCT .   2  punct  -
    """)
    assert ("Chile", "be important to", "Peru") in facts(reading, "copula")
