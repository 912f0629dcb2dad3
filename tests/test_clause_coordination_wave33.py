"""Coordination (wave 33): coordinated subjects of a symmetric verb that names a partner of its own act on
that partner, not on each other; a relative or reduced clause on one item of a list says nothing of the
items after it; the items of a list the parser split off it are items still; a verb coordinated with
another that the tagger took for an adjective is a verb.

Every sentence is my own; each parse is stated by hand (tests/hand_docs.py)."""

from __future__ import annotations

from hand_docs import facts, read

# "Peru and Chile pledged to cooperate with Bolivia."
PLEDGED_WITH = """
Peru       Peru       PROPN NNP 4 nsubj  GPE
and        and        CCONJ CC  1 cc     -
Chile      Chile      PROPN NNP 1 conj   GPE
pledged    pledge     VERB  VBD 0 ROOT   -
to         to         PART  TO  6 aux    -
cooperate  cooperate  VERB  VB  4 xcomp  -
with       with       ADP   IN  6 prep   -
Bolivia    Bolivia    PROPN NNP 7 pobj   GPE
.          .          PUNCT .   4 punct  -
"""


def test_subjects_pledging_to_cooperate_with_a_partner_do_not_cooperate_with_each_other() -> None:
    reading = read(PLEDGED_WITH)
    assert facts(reading, "reciprocal") == set()
    assert facts(reading, "prep") == {
        ("Peru", "pledge to cooperate with", "Bolivia"),
        ("Chile", "pledge to cooperate with", "Bolivia"),
    }


# "Peru and Chile met officials on Monday."
MET_OFFICIALS = """
Peru       Peru       PROPN NNP 4 nsubj  GPE
and        and        CCONJ CC  1 cc     -
Chile      Chile      PROPN NNP 1 conj   GPE
met        meet       VERB  VBD 0 ROOT   -
officials  official   NOUN  NNS 4 dobj   -
on         on         ADP   IN  4 prep   -
Monday     Monday     PROPN NNP 6 pobj   DATE
.          .          PUNCT .   4 punct  -
"""


def test_subjects_who_met_officials_did_not_meet_each_other() -> None:
    assert facts(read(MET_OFFICIALS), "reciprocal") == set()


# "Peru and Chile met with each other."
MET_EACH_OTHER = """
Peru       Peru       PROPN NNP 4 nsubj  GPE
and        and        CCONJ CC  1 cc     -
Chile      Chile      PROPN NNP 1 conj   GPE
met        meet       VERB  VBD 0 ROOT   -
with       with       ADP   IN  4 prep   -
each       each       DET   DT  7 det    -
other      other      ADJ   JJ  5 pobj   -
.          .          PUNCT .   4 punct  -
"""

# "Peru and Chile met on Monday."
MET_ALONE = """
Peru       Peru       PROPN NNP 4 nsubj  GPE
and        and        CCONJ CC  1 cc     -
Chile      Chile      PROPN NNP 1 conj   GPE
met        meet       VERB  VBD 0 ROOT   -
on         on         ADP   IN  4 prep   -
Monday     Monday     PROPN NNP 5 pobj   DATE
.          .          PUNCT .   4 punct  -
"""


def test_subjects_who_met_no_one_else_met_each_other() -> None:
    assert facts(read(MET_EACH_OTHER), "reciprocal") == {("Peru", "meet with", "Chile")}
    assert facts(read(MET_ALONE), "reciprocal") == {("Peru", "meet with", "Chile")}


# "Peru and Chile met with Bolivia to discuss trade."
MET_WITH_TO_DISCUSS = """
Peru       Peru       PROPN NNP 4 nsubj  GPE
and        and        CCONJ CC  1 cc     -
Chile      Chile      PROPN NNP 1 conj   GPE
met        meet       VERB  VBD 0 ROOT   -
with       with       ADP   IN  4 prep   -
Bolivia    Bolivia    PROPN NNP 5 pobj   GPE
to         to         PART  TO  8 aux    -
discuss    discuss    VERB  VB  4 advcl  -
trade      trade      NOUN  NN  8 dobj   -
.          .          PUNCT .   4 punct  -
"""


def test_what_subjects_meet_a_partner_to_discuss_they_discuss_with_that_partner() -> None:
    reading = read(MET_WITH_TO_DISCUSS)
    assert facts(reading, "reciprocal") == set()
    assert facts(reading, "prep") == {("Peru", "meet with", "Bolivia"), ("Chile", "meet with", "Bolivia")}


# "Peru and Chile signed an accord with Bolivia."
ACCORD_WITH = """
Peru       Peru       PROPN NNP 4 nsubj  GPE
and        and        CCONJ CC  1 cc     -
Chile      Chile      PROPN NNP 1 conj   GPE
signed     sign       VERB  VBD 0 ROOT   -
an         a          DET   DT  6 det    -
accord     accord     NOUN  NN  4 dobj   -
with       with       ADP   IN  6 prep   -
Bolivia    Bolivia    PROPN NNP 7 pobj   GPE
.          .          PUNCT .   4 punct  -
"""


def test_subjects_signing_an_accord_with_a_partner_did_not_sign_with_each_other() -> None:
    assert facts(read(ACCORD_WITH), "reciprocal") == set()
