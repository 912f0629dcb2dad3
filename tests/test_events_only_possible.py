"""An event held by a noun of possibility ("the risk of an attack", "in the event of a strike", "no capacity
to carry out attacks") has not happened: no event triple (nouns._only_possible, possibility_heads)."""

from hand_docs import facts_with_roots

RISK_OF_ATTACK = """
    The        the        DET   DT   2   det       -
    risk       risk       NOUN  NN   9   nsubj     -
    of         of         ADP   IN   2   prep      -
    a          a          DET   DT   6   det       -
    Chilean    chilean    ADJ   JJ   6   amod      NORP
    attack     attack     NOUN  NN   3   pobj      -
    on         on         ADP   IN   6   prep      -
    Peru       Peru       PROPN NNP  7   pobj      GPE
    is         be         AUX   VBZ  0   ROOT      -
    low        low        ADJ   JJ   9   acomp     -
    .          .          PUNCT .    9   punct     -
"""

IN_THE_EVENT_OF = """
    Lima       Lima       PROPN NNP  2   nsubj     GPE
    warned     warn       VERB  VBD  0   ROOT      -
    of         of         ADP   IN   2   prep      -
    reprisals  reprisal   NOUN  NNS  3   pobj      -
    in         in         ADP   IN   4   prep      -
    the        the        DET   DT   7   det       -
    event      event      NOUN  NN   5   pobj      -
    of         of         ADP   IN   7   prep      -
    any        any        DET   DT   11  det       -
    Chilean    chilean    ADJ   JJ   11  amod      NORP
    strike     strike     NOUN  NN   8   pobj      -
    against    against    ADP   IN   11  prep      -
    Peru       Peru       PROPN NNP  12  pobj      GPE
    .          .          PUNCT .    2   punct     -
"""

NO_CAPACITY = """
    Peru       Peru       PROPN NNP  2   nsubj     GPE
    has        have       VERB  VBZ  0   ROOT      -
    no         no         DET   DT   4   det       -
    capacity   capacity   NOUN  NN   2   dobj      -
    to         to         PART  TO   6   aux       -
    carry      carry      VERB  VB   4   acl       -
    out        out        ADP   RP   6   prt       -
    attacks    attack     NOUN  NNS  6   dobj      -
    in         in         ADP   IN   8   prep      -
    Chile      Chile      PROPN NNP  9   pobj      GPE
    .          .          PUNCT .    2   punct     -
"""

DONE_ATTACK = """
    The        the        DET   DT   3   det       -
    Chilean    chilean    ADJ   JJ   3   amod      NORP
    attack     attack     NOUN  NN   7   nsubjpass -
    on         on         ADP   IN   3   prep      -
    Peru       Peru       PROPN NNP  4   pobj      GPE
    was        be         AUX   VBD  7   auxpass   -
    condemned  condemn    VERB  VBN  0   ROOT      -
    .          .          PUNCT .    7   punct     -
"""


def _attacks(table: str) -> set[tuple[str, str, str, str | None]]:
    return {f for f in facts_with_roots(table) if f[3] in ("18", "19")}


def test_the_risk_of_an_attack_is_no_attack() -> None:
    assert _attacks(RISK_OF_ATTACK) == set()


def test_in_the_event_of_a_strike_is_no_strike() -> None:
    assert _attacks(IN_THE_EVENT_OF) == set()


def test_no_capacity_to_carry_out_attacks_is_no_attack() -> None:
    assert _attacks(NO_CAPACITY) == set()


def test_an_attack_told_as_done_stays() -> None:
    assert ("Chile", "attack", "Peru", "19") in _attacks(DONE_ATTACK)
