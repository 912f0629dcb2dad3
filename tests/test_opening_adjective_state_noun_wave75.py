"""A sentence-initial adjective before a state's abbreviation and a wire-capitalised common noun (wave 75
H): "Initial U.S. Reaction to the plan has been cool" has the state and a reaction, no body named "Initial
U.S. Reaction"; the adjective is capitalised only as the sentence's first word. The test states its parse
by hand (tests/hand_docs.py); the sentence is ours."""

from __future__ import annotations

from hand_docs import read


def test_an_opening_adjective_makes_no_name_of_a_state_and_a_common_noun() -> None:
    reading = read("""
    Initial  initial  ADJ   JJ  2  amod     ORG
    U.S.     U.S.     PROPN NNP 2  compound I-ORG
    Reaction reaction NOUN  NN  7  nsubj    I-ORG
    to       to       ADP   IN  2  prep     -
    the      the      DET   DT  5  det      -
    plan     plan     NOUN  NN  3  pobj     -
    has      have     AUX   VBZ 7  aux      -
    been     be       AUX   VBN 11 ccomp    -
    cool     cool     ADJ   JJ  7  acomp    -
    ,        ,        PUNCT ,   11 punct    -
    aides    aide     NOUN  NNS 11 nsubj    -
    said     say      VERB  VBD 0  ROOT     -
    .        .        PUNCT .   11 punct    -
    """)
    labels = {e.label: e.type for e in reading.entities.entities()}
    assert not any("Reaction" in label for label in labels)
    assert labels.get("United States", labels.get("U.S.")) == "GPE"
