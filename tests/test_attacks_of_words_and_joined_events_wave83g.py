"""Wave 83 G: an attack on what someone said, decided or pursues (policies, plans, a stance, a record) is
criticism (CAMEO 11), not an assault (18/19), whether the attack names it with "on" or the thing faces the
attack; who joins in an event takes that event's code, in the sense what it is on selects (an attack on a
convoy stays force). Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots, then_abroad


def test_policies_facing_attack_face_criticism() -> None:
    """ "Peru's trade policies face fierce attack": the policies are criticised (11), nobody is assaulted."""
    roots = {
        fact[3]
        for fact in facts_with_roots("""
    Peru      Peru      PROPN NNP 4  poss     GPE
    's        's        PART  POS 1  case     -
    trade     trade     NOUN  NN  4  compound -
    policies  policy    NOUN  NNS 5  nsubj    -
    face      face      VERB  VBP 0  ROOT     -
    fierce    fierce    ADJ   JJ  7  amod     -
    attack    attack    NOUN  NN  5  dobj     -
    .         .         PUNCT .   5  punct    -
    """)
        if fact[0] == "Peru"
    }
    assert roots == {"11"}, roots


def test_joining_in_an_attack_on_policies_criticises_and_on_a_convoy_fights() -> None:
    """ "Chile joined in the attack on Peru's policies": Chile criticises (11), as the attack does; "...
    joined in the attack on the convoy": force (19), the event's own code (no root before)."""
    policies = facts_with_roots(
        then_abroad("""
    Chile     Chile     PROPN NNP 2  nsubj  GPE
    joined    join      VERB  VBD 0  ROOT   -
    in        in        ADP   IN  2  prep   -
    the       the       DET   DT  5  det    -
    attack    attack    NOUN  NN  3  pobj   -
    on        on        ADP   IN  5  prep   -
    Peru      Peru      PROPN NNP 9  poss   GPE
    's        's        PART  POS 7  case   -
    policies  policy    NOUN  NNS 6  pobj   -
    .         .         PUNCT .   2  punct  -
    """)
    )
    assert {fact[3] for fact in policies if fact[0] == "Chile" and fact[1] == "join in"} == {"11"}, policies
    convoy = facts_with_roots(
        then_abroad("""
    Chile     Chile     PROPN NNP 2  nsubj  GPE
    joined    join      VERB  VBD 0  ROOT   -
    in        in        ADP   IN  2  prep   -
    the       the       DET   DT  5  det    -
    attack    attack    NOUN  NN  3  pobj   -
    on        on        ADP   IN  5  prep   -
    the       the       DET   DT  8  det    -
    convoy    convoy    NOUN  NN  6  pobj   -
    .         .         PUNCT .   2  punct  -
    """)
    )
    assert {fact[3] for fact in convoy if fact[0] == "Chile" and fact[1] == "join in"} == {"19"}, convoy


def test_the_attack_joined_is_the_one_named_before() -> None:
    """ "Bolivia attacked Peru's policies, and Chile joined in the attack": the attack joined is the
    criticism told before it (11)."""
    facts = facts_with_roots(
        then_abroad("""
    Bolivia   Bolivia   PROPN NNP 2  nsubj  GPE
    attacked  attack    VERB  VBD 0  ROOT   -
    Peru      Peru      PROPN NNP 5  poss   GPE
    's        's        PART  POS 3  case   -
    policies  policy    NOUN  NNS 2  dobj   -
    ,         ,         PUNCT ,   2  punct  -
    and       and       CCONJ CC  2  cc     -
    Chile     Chile     PROPN NNP 9  nsubj  GPE
    joined    join      VERB  VBD 2  conj   -
    in        in        ADP   IN  9  prep   -
    the       the       DET   DT  12 det    -
    attack    attack    NOUN  NN  10 pobj   -
    .         .         PUNCT .   2  punct  -
    """)
    )
    assert {fact[3] for fact in facts if fact[0] == "Chile" and fact[1] == "join in"} == {"11"}, facts
