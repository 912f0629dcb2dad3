"""A measure named again with "the" ("these", "such") and no target of its own (wave 62 F): as the object of a
verb that imposes or eases it, it is the measure on the state it was last named with a few sentences before
("Japan announced quotas on Chilean wine. Tokyo will impose the quotas in July" -> impose quota on Chile),
unless another side owned it then, and a general statement about it ("the quotas hurt consumers") reads
nothing new. Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots, read_triples

ANNOUNCED_THEN_IMPOSED = """
Japan      Japan      PROPN  NNP  2 nsubj   GPE
announced  announce   VERB   VBD  0 ROOT    -
quotas     quota      NOUN   NNS  2 dobj    -
on         on         ADP    IN   3 prep    -
Chilean    chilean    ADJ    JJ   6 amod    NORP
wine       wine       NOUN   NN   4 pobj    -
in         in         ADP    IN   2 prep    -
May        May        PROPN  NNP  7 pobj    DATE
.          .          PUNCT  .    2 punct   -
Tokyo      Tokyo      PROPN  NNP 12 nsubj   GPE
will       will       AUX    MD  12 aux     -
impose     impose     VERB   VB   0 ROOT    -
the        the        DET    DT  14 det     -
quotas     quota      NOUN   NNS 12 dobj    -
in         in         ADP    IN  12 prep    -
July       July       PROPN  NNP 15 pobj    DATE
.          .          PUNCT  .   12 punct   -
"""


def _embargo_then_lifted_by(lifter: str) -> str:
    return f"""
    Ecuador   Ecuador   PROPN  NNP  3 poss    GPE
    's        's        PART   POS  1 case    -
    embargo   embargo   NOUN   NN   6 nsubj   -
    on        on        ADP    IN   3 prep    -
    Colombia  Colombia  PROPN  NNP  4 pobj    GPE
    began     begin     VERB   VBD  0 ROOT    -
    in        in        ADP    IN   6 prep    -
    2019      2019      NUM    CD   7 pobj    DATE
    .         .         PUNCT  .    6 punct   -
    {lifter}  {lifter}  PROPN  NNP 12 nsubj   GPE
    will      will      AUX    MD  12 aux     -
    lift      lift      VERB   VB   0 ROOT    -
    the       the       DET    DT  14 det     -
    embargo   embargo   NOUN   NN  12 dobj    -
    soon      soon      ADV    RB  12 advmod  -
    .         .         PUNCT  .   12 punct   -
    """


def test_the_measure_imposed_again_is_the_one_on_its_earlier_target() -> None:
    found = facts_with_roots(ANNOUNCED_THEN_IMPOSED)
    assert ("Japan", "impose quota on", "Chile", "16") in found


def test_the_measure_lifted_by_its_owner_is_the_one_on_its_earlier_target() -> None:
    found = facts_with_roots(_embargo_then_lifted_by("Ecuador"))
    assert ("Ecuador", "lift embargo on", "Colombia", "08") in found


def test_another_sides_measure_lifted_takes_no_target() -> None:
    found = read_triples(_embargo_then_lifted_by("Peru"))
    assert not [f for f in found if f[0] == "Peru" and f[2] == "Colombia"]


def test_a_measure_with_a_target_of_its_own_takes_no_earlier_one() -> None:
    table = ANNOUNCED_THEN_IMPOSED.replace(
        "in         in         ADP    IN  12 prep    -\nJuly       July       PROPN  NNP 15 pobj    DATE",
        "on         on         ADP    IN  14 prep    -\nPeru       Peru       PROPN  NNP 15 pobj    GPE",
    )
    found = read_triples(table)
    assert ("Japan", "impose quota on", "Peru") in found
    assert not [f for f in found if f[1].startswith("impose") and f[2] == "Chile"]


def test_a_general_statement_about_the_measure_reads_nothing_new() -> None:
    found = read_triples("""
    Japan    Japan    PROPN  NNP  2 nsubj  GPE
    imposed  impose   VERB   VBD  0 ROOT   -
    quotas   quota    NOUN   NNS  2 dobj   -
    on       on       ADP    IN   3 prep   -
    Chilean  chilean  ADJ    JJ   6 amod   NORP
    wine     wine     NOUN   NN   4 pobj   -
    in       in       ADP    IN   2 prep   -
    May      May      PROPN  NNP  7 pobj   DATE
    .        .        PUNCT  .    2 punct  -
    The      the      DET    DT  11 det    -
    quotas   quota    NOUN   NNS 12 nsubj  -
    hurt     hurt     VERB   VBP  0 ROOT   -
    consumers consumer NOUN  NNS 12 dobj   -
    .        .        PUNCT  .   12 punct  -
    """)
    assert found == {("Japan", "impose quota on", "Chile")}


def test_the_measure_another_is_urged_to_lift_is_its_own() -> None:
    found = read_triples("""
    Russia    Russia    PROPN  NNP  2 nsubj  GPE
    imposed   impose    VERB   VBD  0 ROOT   -
    a         a         DET    DT   4 det    -
    ban       ban       NOUN   NN   2 dobj   -
    on        on        ADP    IN   4 prep   -
    Georgian  georgian  ADJ    JJ   7 amod   NORP
    wine      wine      NOUN   NN   5 pobj   -
    in        in        ADP    IN   2 prep   -
    2006      2006      NUM    CD   8 pobj   DATE
    .         .         PUNCT  .    2 punct  -
    Georgia   Georgia   PROPN  NNP 12 nsubj  GPE
    urged     urge      VERB   VBD  0 ROOT   -
    Moscow    Moscow    PROPN  NNP 12 dobj   GPE
    to        to        PART   TO  15 aux    -
    lift      lift      VERB   VB  12 xcomp  -
    the       the       DET    DT  17 det    -
    ban       ban       NOUN   NN  15 dobj   -
    .         .         PUNCT  .   12 punct  -
    """)
    assert ("Russia", "lift ban on", "Georgia") in found
