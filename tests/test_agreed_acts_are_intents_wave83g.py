"""Wave 83 G: an act of cooperation only agreed to or promised is an intent to cooperate (CAMEO 03, coded by
the kind of act: 031 cooperation, 033 aid, 035 yielding), not the act; the pair's bare "agree with" edge
beside the act's own mutual edge is dropped. Each test states its parse by hand (tests/hand_docs.py); the
sentences are ours."""

from __future__ import annotations

from hand_docs import by_rule, facts_with_roots, read


def test_states_agreeing_to_cooperate_state_an_intent_one_edge_a_pair() -> None:
    """ "Peru and Chile agreed to cooperate": an intent to cooperate (031), not cooperation (06); the
    "agree with" edge says no more than "agree to cooperate with" and goes."""
    table = """
    Peru       Peru       PROPN NNP 4  nsubj  GPE
    and        and        CCONJ CC  1  cc     -
    Chile      Chile      PROPN NNP 1  conj   GPE
    agreed     agree      VERB  VBD 0  ROOT   -
    to         to         PART  TO  6  aux    -
    cooperate  cooperate  VERB  VB  4  xcomp  -
    .          .          PUNCT .   4  punct  -
    """
    assert facts_with_roots(table) == {("Peru", "agree to cooperate with", "Chile", "03")}
    [agreed] = by_rule(read(table), "reciprocal")
    assert agreed.event_code == "031"
    # "Peru and Chile agreed to cut output": cutting is nothing done with each other, so the pair's
    # agreement (030) stays its one edge
    cut = """
    Peru    Peru    PROPN NNP 4  nsubj  GPE
    and     and     CCONJ CC  1  cc     -
    Chile   Chile   PROPN NNP 1  conj   GPE
    agreed  agree   VERB  VBD 0  ROOT   -
    to      to      PART  TO  6  aux    -
    cut     cut     VERB  VB  4  xcomp  -
    output  output  NOUN  NN  6  dobj   -
    .       .       PUNCT .   4  punct  -
    """
    assert ("Peru", "agree with", "Chile", "03") in facts_with_roots(cut)


def test_aid_agreed_to_is_an_intent_to_aid() -> None:
    """ "Peru agreed to provide aid to Chile": no aid given yet (07), an intent to provide it (033)."""
    reading = read("""
    Peru     Peru     PROPN NNP 2  nsubj  GPE
    agreed   agree    VERB  VBD 0  ROOT   -
    to       to       PART  TO  4  aux    -
    provide  provide  VERB  VB  2  xcomp  -
    aid      aid      NOUN  NN  4  dobj   -
    to       to       ADP   IN  4  prep   -
    Chile    Chile    PROPN NNP 6  pobj   GPE
    .        .        PUNCT .   2  punct  -
    """)
    codes = {(r.predicate, r.event_code) for r in reading.relations}
    assert ("agree to provide aid to", "033") in codes, codes


def test_a_promise_to_withdraw_is_an_intent_to_yield() -> None:
    """ "Peru promised to withdraw its troops from Chile": a vow to de-escalate (0356), not the retreat."""
    reading = read("""
    Peru      Peru      PROPN NNP 2  nsubj  GPE
    promised  promise   VERB  VBD 0  ROOT   -
    to        to        PART  TO  4  aux    -
    withdraw  withdraw  VERB  VB  2  xcomp  -
    its       its       PRON  PRP$ 6 poss   -
    troops    troop     NOUN  NNS 4  dobj   -
    from      from      ADP   IN  4  prep   -
    Chile     Chile     PROPN NNP 7  pobj   GPE
    .         .         PUNCT .   2  punct  -
    """)
    codes = {(r.predicate, r.event_code) for r in reading.relations if r.predicate.endswith("from")}
    assert codes and {code for _, code in codes} == {"0356"}, codes
