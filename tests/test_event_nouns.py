"""Events named by a noun, with who did them (issue 7): by-, from- and of-agents, the clause an event noun
is said to be done to, events seen through a plain noun, and the doer of the event a passive happened in.
Hand-built parses of sentences of our own, then sentences through the model."""

from __future__ import annotations

import pytest
from extraction_helpers import Run, one
from hand_docs import facts_with_roots


def test_an_event_by_someone_on_someone() -> None:
    assert facts_with_roots("""
    The      the      DET   DT  2 det    -
    attack   attack   NOUN  NN  0 ROOT   -
    by       by       ADP   IN  2 prep   -
    Chile    Chile    PROPN NNP 3 pobj   GPE
    on       on       ADP   IN  2 prep   -
    Peru     Peru     PROPN NNP 5 pobj   GPE
    """) == {("Chile", "attack", "Peru", "19")}


def test_the_two_ends_of_a_route_are_no_parties_that_met() -> None:
    route = """
    The      the      DET   DT  2 det      -
    {noun}   {lemma}  NOUN  NN  3 nsubj    -
    took     take     VERB  VBD 0 ROOT     -
    hours    hour     NOUN  NNS 3 dobj     -
    between  between  ADP   IN  2 prep     -
    Lyon     Lyon     PROPN NNP 5 pobj     GPE
    and      and      CCONJ CC  6 cc       -
    Nice     Nice     PROPN NNP 6 conj     GPE
    """
    assert facts_with_roots(route.format(noun="trip", lemma="trip")) == set()
    talks = {f[:3] for f in facts_with_roots(route.format(noun="talks", lemma="talk"))}
    assert talks == {("Lyon", "meet with", "Nice")}  # talks between two parties are a meeting


def test_criticism_that_came_from_someone_is_theirs() -> None:
    assert facts_with_roots("""
    Criticism  criticism  NOUN  NN  4 nsubj  -
    of         of         ADP   IN  1 prep   -
    Peru       Peru       PROPN NNP 2 pobj   GPE
    came       come       VERB  VBD 0 ROOT   -
    from       from       ADP   IN  4 prep   -
    Chile      Chile      PROPN NNP 5 pobj   GPE
    .          .          PUNCT .   4 punct  -
    """) == {("Chile", "criticise", "Peru", "11")}


def test_the_of_of_an_event_without_a_patient_names_who_acts() -> None:
    assert facts_with_roots("""
    the      the      DET   DT  2 det    -
    exit     exit     NOUN  NN  0 ROOT   -
    of       of       ADP   IN  2 prep   -
    Chile    Chile    PROPN NNP 3 pobj   GPE
    from     from     ADP   IN  2 prep   -
    NATO     NATO     PROPN NNP 5 pobj   ORG
    """) == {("Chile", "leave", "NATO", "16")}


def test_a_clause_says_to_whom_an_event_is_done() -> None:
    under = facts_with_roots("""
    Peru      Peru      PROPN NNP 2 nsubj  GPE
    is        be        AUX   VBZ 0 ROOT   -
    under     under     ADP   IN  2 prep   -
    Chilean   Chilean   ADJ   JJ  5 amod   NORP
    sanctions sanction  NOUN  NNS 3 pobj   -
    .         .         PUNCT .   2 punct  -
    """)
    target = facts_with_roots("""
    Peru      Peru      PROPN NNP 2 nsubj  GPE
    was       be        AUX   VBD 0 ROOT   -
    the       the       DET   DT  4 det    -
    target    target    NOUN  NN  2 attr   -
    of        of        ADP   IN  4 prep   -
    Chilean   Chilean   ADJ   JJ  7 amod   NORP
    attacks   attack    NOUN  NNS 5 pobj   -
    .         .         PUNCT .   2 punct  -
    """)
    assert ("Chile", "sanction", "Peru", "16") in under
    assert ("Chile", "attack", "Peru", "19") in target


def test_an_event_is_seen_through_its_plain_object() -> None:
    assert facts_with_roots("""
    Chile       Chile       PROPN NNP 3 poss   GPE
    's          's          PART  POS 1 case   -
    withholding withholding NOUN  NN  0 ROOT   -
    of          of          ADP   IN  3 prep   -
    aid         aid         NOUN  NN  4 pobj   -
    to          to          ADP   IN  5 prep   -
    Peru        Peru        PROPN NNP 6 pobj   GPE
    """) == {("Chile", "withhold", "Peru", "16")}


def test_a_passive_is_done_by_whoever_carries_out_the_event_it_happened_in() -> None:
    assert facts_with_roots("""
    Peru     Peru     PROPN NNP 3 nsubjpass GPE
    was      be       AUX   VBD 3 auxpass   -
    struck   strike   VERB  VBN 0 ROOT      -
    in       in       ADP   IN  3 prep      -
    a        a        DET   DT  7 det       -
    Chilean  Chilean  ADJ   JJ  7 amod      NORP
    raid     raid     NOUN  NN  4 pobj      -
    .        .        PUNCT .   3 punct     -
    """) == {("Chile", "strike", "Peru", "19")}


@pytest.mark.parametrize(
    ("text", "subject", "word", "obj"),
    [
        (
            "Venezuela remains the target of United States sanctions.",
            "United States",
            "sanction",
            "Venezuela",
        ),
        (
            "Protesters opposed the exit of Sweden from the European Union.",
            "Sweden",
            "leave",
            "European Union",
        ),
        (
            "Cuba's call with Venezuelan President Nicolas Maduro lasted an hour.",
            "Cuba",
            "call",
            "Nicolas Maduro",
        ),
        ("Ahmed Salem was killed in a French army raid.", "France", "kill", "Ahmed Salem"),
    ],
)
def test_event_nouns_through_the_model(run: Run, text: str, subject: str, word: str, obj: str) -> None:
    one(run(text), subject, word, obj)
