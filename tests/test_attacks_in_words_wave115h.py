"""Wave 115 H: an assault on what someone said, decided or pursues ("assaulted the Greens' record",
"launched an assault on the Greens' plans") and "fired both barrels (a broadside) at" someone are attacks
in words: criticism (CAMEO 111), never force. Missiles fired at a state stay force (sentences of our own,
parses written by hand)."""

from __future__ import annotations

from hand_docs import roots_between

ASSAULT_ON_PLANS = """
Kay      Kay     PROPN NNP  2  compound  PERSON
Lund     Lund    PROPN NNP  3  nsubj     I-PERSON
launched launch  VERB  VBD  0  ROOT      -
an       an      DET   DT   5  det       -
assault  assault NOUN  NN   3  dobj      -
on       on      ADP   IN   5  prep      -
the      the     DET   DT   8  det       -
Greens   Greens  PROPN NNP  10 poss      NORP
'        '       PART  POS  8  case      -
plans    plan    NOUN  NNS  6  pobj      -
.        .       PUNCT .    3  punct     -
"""

ASSAULTED_RECORD = """
Kay       Kay     PROPN NNP  2  compound  PERSON
Lund      Lund    PROPN NNP  3  nsubj     I-PERSON
assaulted assault VERB  VBD  0  ROOT      -
the       the     DET   DT   5  det       -
Greens    Greens  PROPN NNP  7  poss      NORP
'         '       PART  POS  5  case      -
record    record  NOUN  NN   3  dobj      -
.         .       PUNCT .    3  punct     -
"""

BOTH_BARRELS = """
Kay     Kay    PROPN NNP  2  compound  PERSON
Lund    Lund   PROPN NNP  3  nsubj     I-PERSON
fired   fire   VERB  VBD  0  ROOT      -
both    both   DET   DT   5  det       -
barrels barrel NOUN  NNS  3  dobj      -
at      at     ADP   IN   3  prep      -
the     the    DET   DT   8  det       -
Greens  Greens PROPN NNP  6  pobj      NORP
.       .      PUNCT .    3  punct     -
"""

MISSILES = """
Russia   Russia  PROPN NNP  2  nsubj  GPE
fired    fire    VERB  VBD  0  ROOT   -
missiles missile NOUN  NNS  2  dobj   -
at       at      ADP   IN   2  prep   -
Georgia  Georgia PROPN NNP  4  pobj   GPE
.        .       PUNCT .    2  punct  -
"""


def test_assault_on_plans_is_criticism() -> None:
    assert roots_between(ASSAULT_ON_PLANS, "Kay Lund", "Greens") == {"11"}


def test_assaulting_a_record_is_criticism() -> None:
    assert roots_between(ASSAULTED_RECORD, "Kay Lund", "Greens") == {"11"}


def test_both_barrels_fired_at_a_party_are_words() -> None:
    assert roots_between(BOTH_BARRELS, "Kay Lund", "Greens") == {"11"}


def test_missiles_fired_at_a_state_are_force() -> None:
    # guard: passes with or without the change
    assert roots_between(MISSILES, "Russia", "Georgia") == {"19"}
