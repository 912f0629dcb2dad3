"""Unnamed officials who report what named bodies of no state will do (wave 75 H): in a story about Peru,
"The IMF and the World Bank will assist Peru after the quake, officials said" may quote the bodies' own
officials; the officials stand for no state, so Peru is not who the act is attributed to. Each test
states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_attributed

_QUAKE = """
    Peru       Peru       PROPN NNP 3  nsubjpass GPE
    was        be         AUX   VBD 3  auxpass   -
    hit        hit        VERB  VBN 0  ROOT      -
    by         by         ADP   IN  3  agent     -
    a          a          DET   DT  7  det       -
    strong     strong     ADJ   JJ  7  amod      -
    earthquake earthquake NOUN  NN  4  pobj      -
    on         on         ADP   IN  3  prep      -
    Monday     Monday     PROPN NNP 8  pobj      DATE
    .          .          PUNCT .   3  punct     -
"""


def test_officials_reporting_what_bodies_will_do_are_no_state() -> None:
    facts = read_attributed(
        _QUAKE
        + """
    The        the        DET   DT  12 det       -
    IMF        IMF        PROPN NNP 18 nsubj     ORG
    and        and        CCONJ CC  12 cc        -
    the        the        DET   DT  16 det       -
    World      World      PROPN NNP 16 compound  ORG
    Bank       Bank       PROPN NNP 12 conj      I-ORG
    will       will       AUX   MD  18 aux       -
    assist     assist     VERB  VB  25 ccomp     -
    Peru       Peru       PROPN NNP 18 dobj      GPE
    after      after      ADP   IN  18 prep      -
    the        the        DET   DT  22 det       -
    quake      quake      NOUN  NN  20 pobj      -
    ,          ,          PUNCT ,   25 punct     -
    officials  official   NOUN  NNS 25 nsubj     -
    said       say        VERB  VBD 0  ROOT      -
    .          .          PUNCT .   25 punct     -
    """
    )
    assisted = [f for f in facts if f[0] == "IMF" and f[2] == "Peru"]
    assert assisted and all(f[3] != "Peru" for f in assisted)


def test_officials_reporting_what_their_army_will_do_stay_the_state() -> None:
    facts = read_attributed(
        _QUAKE
        + """
    The        the        DET   DT  12 det       -
    army       army       NOUN  NN  14 nsubj     -
    will       will       AUX   MD  14 aux       -
    help       help       VERB  VB  19 ccomp     -
    the        the        DET   DT  16 det       -
    victims    victim     NOUN  NNS 14 dobj      -
    ,          ,          PUNCT ,   19 punct     -
    officials  official   NOUN  NNS 19 nsubj     -
    said       say        VERB  VBD 0  ROOT      -
    .          .          PUNCT .   19 punct     -
    """
    )
    assert any(f[0] == "Peru" and f[1] == "say" for f in facts)
