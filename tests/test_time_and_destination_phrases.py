"""Phrases that say when or where, not whom: "during the rule (government, reign) of X" says when X
governed, and a "to" after a noun of goods moving ("imports to Peru") where they go. Sentences written for
these tests, parses built by hand."""

from __future__ import annotations

from hand_docs import read

DURING_RULE = """
The          the          DET   DT   3   det       -
Dutch        dutch        ADJ   JJ   3   amod      NORP
missionaries missionary   NOUN  NNS  5   nsubj     -
had          have         AUX   VBD  5   aux       -
bought       buy          VERB  VBN  0   ROOT      -
the          the          DET   DT   7   det       -
land         land         NOUN  NN   5   dobj      -
from         from         ADP   IN   5   prep      -
the          the          DET   DT   10  det       -
state        state        NOUN  NN   8   pobj      -
during       during       ADP   IN   5   prep      -
the          the          DET   DT   13  det       -
government   government   NOUN  NN   11  pobj      -
of           of           ADP   IN   13  prep      -
dictator     dictator     NOUN  NN   17  compound  -
Paul         Paul         PROPN NNP  17  compound  PERSON
Ramos        Ramos        PROPN NNP  14  pobj      I-PERSON
.            .            PUNCT .    5   punct     -
"""


def test_the_ruler_of_a_time_is_no_party_to_the_deed() -> None:
    reading = read(DURING_RULE)
    label = {e.id: e.label for e in reading.entities.entities()}
    assert not [r for r in reading.relations if label[r.object.entity_id] == "Paul Ramos"]


def test_a_deed_done_with_a_government_still_has_its_party() -> None:
    # "... bought the land with the government of Paul Ramos": the seller's side is a party
    table = DURING_RULE.replace("during       during ", "with         with   ")
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    assert [r for r in reading.relations if label[r.object.entity_id] == "Paul Ramos"]


# "Chile decided to raise tariffs on Peruvian imports to Bolivia."
FLOW = """
Chile      Chile      PROPN NNP  2   nsubj     GPE
decided    decide     VERB  VBD  0   ROOT      -
to         to         PART  TO   4   aux       -
raise      raise      VERB  VB   2   xcomp     -
tariffs    tariff     NOUN  NNS  4   dobj      -
on         on         ADP   IN   5   prep      -
Peruvian   peruvian   ADJ   JJ   8   amod      NORP
imports    import     NOUN  NNS  6   pobj      -
to         to         ADP   IN   4   prep      -
Bolivia    Bolivia    PROPN NNP  9   pobj      GPE
.          .          PUNCT .    2   punct     -
"""


def test_where_imports_go_is_no_target_of_the_tariff() -> None:
    reading = read(FLOW)
    label = {e.id: e.label for e in reading.entities.entities()}
    objects = {label[r.object.entity_id] for r in reading.relations}
    assert "Peru" in objects
    assert "Bolivia" not in objects
