"""A headline's act is no body (wave 57 J): "U.S. Plan Welcomed by Peru", "U.S. Decision Based on False
Data": the tagger runs the state's word and the capitalised act noun (headline_act_nouns) into one
organisation; the state is the act's owner and keeps its own mention, the rest is no entity. Each test
states its parse by hand (tests/hand_docs.py, "¶" the line break after the headline); the sentences are
ours."""

from __future__ import annotations

from geokg.extract.entities.mentions import find_mentions
from hand_docs import with_title_line


def test_a_states_plan_in_a_headline_is_no_body() -> None:
    doc = with_title_line("""
    U.S.     U.S.     PROPN NNP 3 compound ORG
    Plan     Plan     PROPN NNP 3 nsubj    I-ORG
    Welcomed welcome  VERB  VBD 0 ROOT     I-ORG
    by       by       ADP   IN  3 agent    -
    Peru     Peru     PROPN NNP 4 pobj     GPE
    ¶        ¶        SPACE _SP 3 dep      -
    Peru     Peru     PROPN NNP 8 nsubj    GPE
    welcomed welcome  VERB  VBD 0 ROOT     -
    the      the      DET   DT  10 det     -
    plan     plan     NOUN  NN  8 dobj     -
    .        .        PUNCT .   8 punct    -
    """)
    found = {(m.text, m.label) for m in find_mentions(doc)}
    assert not any(label == "ORG" for _, label in found), found
    assert ("U.S.", "GPE") in found


def test_an_unknown_owners_decision_in_a_headline_is_no_body() -> None:
    doc = with_title_line("""
    Kestrel  Kestrel  PROPN NNP 2 compound ORG
    Decision Decision PROPN NNP 3 nsubj    I-ORG
    Angers   anger    VERB  VBZ 0 ROOT     I-ORG
    Peru     Peru     PROPN NNP 3 dobj     GPE
    ¶        ¶        SPACE _SP 3 dep      -
    Peru     Peru     PROPN NNP 7 nsubj    GPE
    protested protest VERB  VBD 0 ROOT     -
    .        .        PUNCT .   7 punct    -
    """)
    found = {m.text for m in find_mentions(doc)}
    assert not any("Decision" in text for text in found), found
