"""Wave 38 B: a meeting's venue is where it is held, not its other side; "the opposition to <a thing>" is the
act of opposing it, not a state's parliamentary opposition. Hand-built Docs of sentences of our own."""

from __future__ import annotations

from hand_docs import facts_with_roots, read

TALKS_IN_CITY = """
Chile   Chile   PROPN NNP 2 nsubj GPE
held    hold    VERB  VBD 0 ROOT  -
talks   talk    NOUN  NNS 2 dobj  -
with    with    ADP   IN  3 prep  -
Brazil  Brazil  PROPN NNP 4 pobj  GPE
in      in      ADP   IN  3 prep  -
Quito   Quito   PROPN NNP 6 pobj  GPE
.       .       PUNCT .   2 punct -
"""

MET_OFFICIALS_IN_CITY = """
Italy     Italy    PROPN NNP 2 nsubj GPE
met       meet     VERB  VBD 0 ROOT  -
ministers minister NOUN  NNS 2 dobj  -
in        in       ADP   IN  3 prep  -
Rome      Rome     PROPN NNP 4 pobj  GPE
.         .        PUNCT .   2 punct -
"""

TWO_MET_IN_A_CITY = """
Iran    Iran    PROPN NNP 4 nsubj GPE
and     and     CCONJ CC  1 cc    -
Iraq    Iraq    PROPN NNP 1 conj  GPE
met     meet    VERB  VBD 0 ROOT  -
in      in      ADP   IN  4 prep  -
Geneva  Geneva  PROPN NNP 5 pobj  GPE
.       .       PUNCT .   4 punct -
"""

OPPOSITION_TO_A_THING = """
Germany     Germany     PROPN NNP 2 nsubj GPE
led         lead        VERB  VBD 0 ROOT  -
the         the         DET   DT  4 det   -
opposition  opposition  NOUN  NN  2 dobj  -
to          to          ADP   IN  4 prep  -
the         the         DET   DT  7 det   -
reform      reform      NOUN  NN  5 pobj  -
.           .           PUNCT .   2 punct -
"""

OPPOSITION_TO_A_NAMED_THING = """
Chile       Chile       PROPN NNP 2 nsubj    GPE
led         lead        VERB  VBD 0 ROOT     -
the         the         DET   DT  4 det      -
opposition  opposition  NOUN  NN  2 dobj     -
to          to          ADP   IN  4 prep     -
the         the         DET   DT  8 det      -
Quito       Quito       PROPN NNP 8 compound EVENT
Accord      Accord      PROPN NNP 5 pobj     I-EVENT
.           .           PUNCT .   2 punct    -
"""

THE_OPPOSITION_ACTS = """
The         the         DET   DT  2 det   -
opposition  opposition  NOUN  NN  3 nsubj -
criticised  criticise   VERB  VBD 0 ROOT  -
Peru        Peru        PROPN NNP 3 dobj  GPE
.           .           PUNCT .   3 punct -
"""


def test_talks_held_in_a_city_meet_the_partner_not_the_city() -> None:
    got = facts_with_roots(TALKS_IN_CITY)
    assert ("Chile", "meet with", "Brazil", "04") in got
    assert not any(obj == "Quito" and root == "04" for _, _, obj, root in got)


def test_officials_met_in_a_city_are_no_meeting_with_the_city() -> None:
    got = facts_with_roots(MET_OFFICIALS_IN_CITY)
    assert not any(obj == "Rome" and root is not None for _, _, obj, root in got)


def test_two_who_met_in_a_city_met_each_other_and_met_there() -> None:
    # wave 92 G: the place edge of the verb of meeting itself is the meeting held there (04), beside the
    # two's meeting with each other (relations._met_at_place)
    got = facts_with_roots(TWO_MET_IN_A_CITY)
    assert ("Iran", "meet with", "Iraq", "04") in got
    assert all(root == "04" for _, _, obj, root in got if obj == "Geneva")


def test_opposition_to_a_thing_is_no_party() -> None:
    reading = read(OPPOSITION_TO_A_THING)
    assert "opposition" not in {e.label for e in reading.entities.entities()}
    assert not any(obj == "opposition" for _, _, obj, _ in facts_with_roots(OPPOSITION_TO_A_THING))


def test_opposition_to_a_named_accord_is_a_stance_toward_it() -> None:
    got = facts_with_roots(OPPOSITION_TO_A_NAMED_THING)
    assert not any(obj == "opposition" for _, _, obj, _ in got)


def test_the_opposition_alone_is_still_an_actor() -> None:
    assert ("opposition", "criticise", "Peru", "11") in facts_with_roots(THE_OPPOSITION_ACTS)
