"""Hand-built parses: an event noun whose prepositional phrase names an unnamed actor ("airstrikes against
the rebels", "an attack on protesters") is an act on that party, as one on a named party is, so the light
verb's subject carries it out on them; it is no event entity of its own that the subject merely launches."""

from __future__ import annotations

from hand_docs import facts, read

STRIKES = """
Peru       Peru       PROPN NNP 2 nsubj GPE
carried    carry      VERB  VBD 0 ROOT  -
out        out        ADP   RP  2 prt   -
airstrikes airstrike  NOUN  NNS 2 dobj  -
against    against    ADP   IN  4 prep  -
the        the        DET   DT  7 det   -
{group:10} {lemma:10} NOUN  NNS 5 pobj  -
.          .          PUNCT .   2 punct -
"""


def test_strikes_against_rebels_are_the_subject_s_on_them() -> None:
    # "Peru carried out airstrikes against the rebels."
    found = {(s, o) for s, _, o in facts(read(STRIKES.format(group="rebels", lemma="rebel")), "light_verb")}
    assert found == {("Peru", "rebels")}


def test_the_strikes_are_no_actor_of_their_own() -> None:
    # "Peru carried out airstrikes against the protesters."
    reading = read(STRIKES.format(group="protesters", lemma="protester"))
    assert facts(reading, "event_noun") == set()
    assert {(s, o) for s, _, o in facts(reading, "light_verb")} == {("Peru", "protesters")}
