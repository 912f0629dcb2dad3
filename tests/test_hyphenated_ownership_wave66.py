"""Ownership written as a hyphenated participle with its by-agent (wave 66 H): "Y is majority-owned by X",
"Y, which is majority-owned by X, …" are a share held, `X -hold stake in-> Y`; "Y, which is wholly-owned by
X" is `X -own-> Y`. The parser reads "majority-owned" as the adjective of "is", and may make the relative
"which" of "is wholly-owned" a subject. Each test states its parse by hand (tests/hand_docs.py); the
sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots


def test_majority_owned_by_a_state_is_a_stake_held() -> None:
    triples = facts_with_roots("""
    Kestrel  Kestrel  PROPN NNP 2 compound ORG
    Air      Air      PROPN NNP 3 nsubj    I-ORG
    is       be       AUX   VBZ 0 ROOT     -
    majority majority NOUN  NN  6 npadvmod -
    -        -        PUNCT HYPH 6 punct   -
    owned    own      VERB  VBN 3 acomp    -
    by       by       ADP   IN  6 agent    -
    Oman     Oman     PROPN NNP 7 pobj     GPE
    .        .        PUNCT .   3 punct    -
    """)
    assert ("Oman", "hold stake in", "Kestrel Air", None) in triples


def test_majority_owned_in_a_relative_clause_is_a_stake_held() -> None:
    triples = facts_with_roots("""
    Zenith   Zenith   PROPN NNP  2  compound ORG
    Bank     Bank     PROPN NNP  13 nsubj    I-ORG
    ,        ,        PUNCT ,    2  punct    -
    which    which    PRON  WDT  5  nsubj    -
    is       be       AUX   VBZ  2  relcl    -
    majority majority NOUN  NN   8  npadvmod -
    -        -        PUNCT HYPH 8  punct    -
    owned    own      VERB  VBN  5  acomp    -
    by       by       ADP   IN   8  agent    -
    Kestrel  Kestrel  PROPN NNP  11 compound ORG
    Bank     Bank     PROPN NNP  9  pobj     I-ORG
    ,        ,        PUNCT ,    2  punct    -
    said     say      VERB  VBD  0  ROOT     -
    profits  profit   NOUN  NNS  15 nsubj    -
    rose     rise     VERB  VBD  13 ccomp    -
    .        .        PUNCT .    13 punct    -
    """)
    assert ("Kestrel Bank", "hold stake in", "Zenith Bank", None) in triples


def test_wholly_owned_in_a_relative_clause_is_owned() -> None:
    triples = facts_with_roots("""
    Zenith   Zenith   PROPN NNP  2  compound ORG
    Bank     Bank     PROPN NNP  13 nsubj    I-ORG
    ,        ,        PUNCT ,    2  punct    -
    which    which    PRON  WDT  5  nsubj    -
    is       be       AUX   VBZ  8  auxpass  -
    wholly   wholly   ADV   RB   8  advmod   -
    -        -        PUNCT HYPH 8  punct    -
    owned    own      VERB  VBN  2  relcl    -
    by       by       ADP   IN   8  agent    -
    Kestrel  Kestrel  PROPN NNP  11 compound ORG
    Bank     Bank     PROPN NNP  9  pobj     I-ORG
    ,        ,        PUNCT ,    2  punct    -
    said     say      VERB  VBD  0  ROOT     -
    profits  profit   NOUN  NNS  15 nsubj    -
    rose     rise     VERB  VBD  13 ccomp    -
    .        .        PUNCT .    13 punct    -
    """)
    assert ("Kestrel Bank", "own", "Zenith Bank", None) in triples
    assert not any(t[0] == "Zenith Bank" and t[2] == "Zenith Bank" for t in triples)
