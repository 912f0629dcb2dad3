"""Events denied or only opened the way to (wave 60 V): an event one is said to be "no longer" (or "not")
under, or "not the target of", is denied; an event a modal verb "could pave the way for", "might open the
door to" or "could lead to" keeps that modal; an event only wished for ("wished for talks with X") is none.
Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_modal_acts

_NO_LONGER_UNDER = """
    Bolivia  Bolivia  PROPN NNP 2 nsubj  GPE
    is       be       AUX   VBZ 0 ROOT   -
    no       no       ADV   RB  4 neg    -
    longer   long     ADV   RBR 2 advmod -
    under    under    ADP   IN  2 prep   -
    heavy    heavy    ADJ   JJ  7 amod   -
    pressure pressure NOUN  NN  5 pobj   -
    from     from     ADP   IN  7 prep   -
    Brazil   Brazil   PROPN NNP 8 pobj   GPE
    .        .        PUNCT .   2 punct  -
"""


def test_no_longer_under_pressure_denies_the_pressure() -> None:
    pressed = [a for a in read_modal_acts(_NO_LONGER_UNDER) if a[0] == "Brazil" and a[2] == "Bolivia"]
    assert pressed and all(a[5] for a in pressed)


def test_under_pressure_stays_a_fact() -> None:
    acts = read_modal_acts("""
    Bolivia  Bolivia  PROPN NNP 2 nsubj GPE
    is       be       AUX   VBZ 0 ROOT  -
    under    under    ADP   IN  2 prep  -
    heavy    heavy    ADJ   JJ  5 amod  -
    pressure pressure NOUN  NN  3 pobj  -
    from     from     ADP   IN  5 prep  -
    Brazil   Brazil   PROPN NNP 6 pobj  GPE
    .        .        PUNCT .   2 punct -
    """)
    pressed = [a for a in acts if a[0] == "Brazil" and a[2] == "Bolivia"]
    assert pressed and not any(a[5] for a in pressed)


def test_opened_the_door_without_a_modal_says_nothing_of_it() -> None:
    acts = read_modal_acts("""
    The        the        DET   DT  2  det    -
    talks      talk       NOUN  NNS 3  nsubj  -
    opened     open       VERB  VBD 0  ROOT   -
    the        the        DET   DT  5  det    -
    door       door       NOUN  NN  3  dobj   -
    to         to         ADP   IN  3  prep   -
    Brazilian  brazilian  ADJ   JJ  8  amod   NORP
    investment investment NOUN  NN  6  pobj   -
    in         in         ADP   IN  8  prep   -
    Bolivia    Bolivia    PROPN NNP 9  pobj   GPE
    .          .          PUNCT .   3  punct  -
    """)
    invested = [a for a in acts if a[0] == "Brazil" and a[2] == "Bolivia"]
    assert invested and all(a[4] is None for a in invested)


def test_not_the_target_of_sanctions_denies_them() -> None:
    acts = read_modal_acts("""
    Bolivia   Bolivia   PROPN NNP 2 nsubj GPE
    is        be        AUX   VBZ 0 ROOT  -
    not       not       PART  RB  2 neg   -
    the       the       DET   DT  5 det   -
    target    target    NOUN  NN  2 attr  -
    of        of        ADP   IN  5 prep  -
    sanctions sanction  NOUN  NNS 6 pobj  -
    by        by        ADP   IN  7 prep  -
    Brazil    Brazil    PROPN NNP 8 pobj  GPE
    .         .         PUNCT .   2 punct -
    """)
    sanctioned = [a for a in acts if a[0] == "Brazil" and a[2] == "Bolivia"]
    assert sanctioned and all(a[5] for a in sanctioned)


def test_could_pave_the_way_for_a_withdrawal_keeps_the_modal() -> None:
    acts = read_modal_acts("""
    The        the        DET   DT  2  det    -
    summit     summit     NOUN  NN  4  nsubj  -
    could      could      AUX   MD  4  aux    -
    pave       pave       VERB  VB  0  ROOT   -
    the        the        DET   DT  6  det    -
    way        way        NOUN  NN  4  dobj   -
    for        for        ADP   IN  6  prep   -
    a          a          DET   DT  10 det    -
    Brazilian  brazilian  ADJ   JJ  10 amod   NORP
    withdrawal withdrawal NOUN  NN  7  pobj   -
    from       from       ADP   IN  10 prep   -
    Bolivia    Bolivia    PROPN NNP 11 pobj   GPE
    .          .          PUNCT .   4  punct  -
    """)
    withdrawn = [a for a in acts if a[0] == "Brazil" and a[2] == "Bolivia"]
    assert withdrawn and all(a[4] == "could" for a in withdrawn)


def test_might_open_the_door_to_investment_keeps_the_modal() -> None:
    # the parser hangs "to" on the verb, beside its object "door"
    acts = read_modal_acts("""
    The        the        DET   DT  2  det    -
    talks      talk       NOUN  NNS 4  nsubj  -
    might      might      AUX   MD  4  aux    -
    open       open       VERB  VB  0  ROOT   -
    the        the        DET   DT  6  det    -
    door       door       NOUN  NN  4  dobj   -
    to         to         ADP   IN  4  prep   -
    Brazilian  brazilian  ADJ   JJ  9  amod   NORP
    investment investment NOUN  NN  7  pobj   -
    in         in         ADP   IN  9  prep   -
    Bolivia    Bolivia    PROPN NNP 10 pobj   GPE
    .          .          PUNCT .   4  punct  -
    """)
    invested = [a for a in acts if a[0] == "Brazil" and a[2] == "Bolivia"]
    assert invested and all(a[4] == "might" for a in invested)


def test_talks_only_wished_for_are_no_meeting() -> None:
    acts = read_modal_acts("""
    Argentina Argentina PROPN NNP 2 nsubj GPE
    wished    wish      VERB  VBD 0 ROOT  -
    for       for       ADP   IN  2 prep  -
    Brazilian brazilian ADJ   JJ  5 amod  NORP
    talks     talk      NOUN  NNS 3 pobj  -
    with      with      ADP   IN  5 prep  -
    Bolivia   Bolivia   PROPN NNP 6 pobj  GPE
    .         .         PUNCT .   2 punct -
    """)
    assert not [a for a in acts if a[0] == "Brazil"]
