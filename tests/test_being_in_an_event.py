"""Hand-built parses: "be" with "in" and an event noun states the subject's part in the event ("Peru is in
talks with Chile": meet with, 04), as "remains in talks with" does; a state's unions are its labour; a
firm's unit unnamed is reached through its owner ("in dispute with a subsidiary of Acme")."""

from __future__ import annotations

from hand_docs import facts_with_roots, read

TALKS = """
Peru      Peru      PROPN NNP 2  nsubj    GPE
is        be        AUX   VBZ 0  ROOT     -
in        in        ADP   IN  2  prep     -
{noun:9}  {lemma:9} NOUN  NNS 3  pobj     -
with      with      ADP   IN  4  prep     -
Chile     Chile     PROPN NNP 5  pobj     GPE
.         .         PUNCT .   2  punct    -
"""

UNIONS = """
South      south      ADJ   JJ  2  amod     NORP
African    african    ADJ   JJ  3  amod     I-NORP
unions     union      NOUN  NNS 4  nsubj    -
are        be         AUX   VBP 0  ROOT     -
in         in         ADP   IN  4  prep     -
dispute    dispute    NOUN  NN  5  pobj     -
with       with       ADP   IN  6  prep     -
a          a          DET   DT  9  det      -
subsidiary subsidiary NOUN  NN  7  pobj     -
of         of         ADP   IN  9  prep     -
Acme       Acme       PROPN NNP 12 compound ORG
Corp.      Corp.      PROPN NNP 10 pobj     I-ORG
"""


def test_being_in_talks_with_a_state_meets_it() -> None:
    # "Peru is in talks with Chile."
    found = facts_with_roots(TALKS.format(noun="talks", lemma="talk"))
    assert ("Peru", "meet with", "Chile", "04") in found


def test_being_in_a_place_is_no_event() -> None:
    # "Peru is in offices with Chile.": no event noun, no fact
    assert not facts_with_roots(TALKS.format(noun="offices", lemma="office"))


def test_a_states_unions_dispute_with_a_firms_unit() -> None:
    # "South African unions are in dispute with a subsidiary of Acme Corp."
    found = facts_with_roots(UNIONS)
    assert ("South African trade unions", "dispute with subsidiary of", "Acme Corp", "11") in found


SPOKE = """
Kerry     Kerry     PROPN NNP 4  nsubj    PERSON
did       do        AUX   VBD 4  aux      -
not       not       PART  RB  4  neg      -
speak     speak     VERB  VB  0  ROOT     -
during    during    ADP   IN  4  prep     -
talks     talk      NOUN  NNS 5  pobj     -
with      with      ADP   IN  6  prep     -
Zebari    Zebari    PROPN NNP 7  pobj     PERSON
.         .         PUNCT .   4  punct    -
"""


NOT_IN = """
Peru      Peru      PROPN NNP 2  nsubj    GPE
is        be        AUX   VBZ 0  ROOT     -
not       not       PART  RB  2  neg      -
in        in        ADP   IN  2  prep     -
talks     talk      NOUN  NNS 4  pobj     -
with      with      ADP   IN  5  prep     -
Chile     Chile     PROPN NNP 6  pobj     GPE
.         .         PUNCT .   2  punct    -
"""


def test_a_negation_denies_the_clause_not_the_event_placing_it() -> None:
    # "Kerry did not speak during talks with Zebari.": the talks were held
    [talks] = [r for r in read(SPOKE).relations if r.rule.name == "circumstance_event"]
    assert (talks.predicate, talks.negated) == ("meet with", False)


def test_not_being_in_an_event_denies_it() -> None:
    # "Peru is not in talks with Chile."
    [talks] = [r for r in read(NOT_IN).relations if r.rule.name == "circumstance_event"]
    assert (talks.predicate, talks.negated) == ("meet with", True)
