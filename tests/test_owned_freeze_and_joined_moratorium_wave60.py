"""The second actor of acts a state does toward another (wave 60 X): an event noun "freeze" whose possessive
is its doer and whose "from" or "on" names those it stops dealing with ("Chile's freeze of imports from
Bolivia": Chile reduces relations with Bolivia, 16, as the verb "froze"), and a moratorium another state
declared that a state joins or will not join ("would not join the Chilean moratorium": cooperation with
Chile, 05, negated). A moratorium nobody is named as owning gives no one to relate to. Each test states its
parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_modal_acts


def test_a_states_freeze_of_dealings_from_another_state_reduces_relations() -> None:
    acts = read_modal_acts("""
    Chile    Chile   PROPN NNP 3  poss     GPE
    's       's      PART  POS 1  case     -
    freeze   freeze  NOUN  NN  8  nsubj    -
    of       of      ADP   IN  3  prep     -
    imports  import  NOUN  NNS 4  pobj     -
    from     from    ADP   IN  3  prep     -
    Bolivia  Bolivia PROPN NNP 6  pobj     GPE
    angered  anger   VERB  VBD 0  ROOT     -
    farmers  farmer  NOUN  NNS 8  dobj     -
    .        .       PUNCT .   8  punct    -
    """)
    frozen = [a for a in acts if a[0] == "Chile" and a[2] == "Bolivia"]
    assert frozen and all(a[3] == "16" and not a[5] for a in frozen)


def test_a_state_not_joining_another_states_moratorium_is_negated_cooperation() -> None:
    acts = read_modal_acts("""
    Ecuador    Ecuador    PROPN NNP 4 nsubj    GPE
    would      would      AUX   MD  4 aux      -
    not        not        PART  RB  4 neg      -
    join       join       VERB  VB  0 ROOT     -
    the        the        DET   DT  7 det      -
    Chilean    Chilean    PROPN NNP 7 compound NORP
    moratorium moratorium NOUN  NN  4 dobj     -
    on         on         ADP   IN  4 prep     -
    fishing    fishing    NOUN  NN  8 pobj     -
    .          .          PUNCT .   4 punct    -
    """)
    joined = [a for a in acts if a[0] == "Ecuador" and a[2] == "Chile"]
    assert joined and all(a[3] == "05" and a[5] for a in joined)


def test_a_moratorium_nobody_owns_relates_to_no_one() -> None:
    acts = read_modal_acts("""
    Ecuador    Ecuador    PROPN NNP 4 nsubj GPE
    would      would      AUX   MD  4 aux   -
    not        not        PART  RB  4 neg   -
    join       join       VERB  VB  0 ROOT  -
    the        the        DET   DT  6 det   -
    moratorium moratorium NOUN  NN  4 dobj  -
    on         on         ADP   IN  4 prep  -
    fishing    fishing    NOUN  NN  7 pobj  -
    .          .          PUNCT .   4 punct -
    """)
    assert not [a for a in acts if a[0] == "Ecuador"]
