"""Ownership set off by commas with no "which is" (wave 67 H): "Y, majority-owned by X, said ..." (the parser
makes the participle Y's adjective) and "Y, 60 pct owned by X, said ..." (the share put beside Y, the
participle hung on the share) are a share held, `X -hold stake in-> Y`; "Y, wholly-owned by X," is
`X -own-> Y`. Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots


def _owned_adjective(degree: str) -> str:
    return f"""
    Zenith   Zenith   PROPN NNP  2  compound ORG
    Bank     Bank     PROPN NNP  11 nsubj    I-ORG
    ,        ,        PUNCT ,    2  punct    -
    {degree} {degree} ADV   RB   6  npadvmod -
    -        -        PUNCT HYPH 6  punct    -
    owned    own      VERB  VBN  2  amod     -
    by       by       ADP   IN   6  agent    -
    Kestrel  Kestrel  PROPN NNP  9  compound ORG
    Bank     Bank     PROPN NNP  7  pobj     I-ORG
    ,        ,        PUNCT ,    2  punct    -
    said     say      VERB  VBD  0  ROOT     -
    profits  profit   NOUN  NNS  13 nsubj    -
    rose     rise     VERB  VBD  11 ccomp    -
    .        .        PUNCT .    11 punct    -
    """


def test_majority_owned_set_off_after_a_name_is_a_stake_held() -> None:
    triples = facts_with_roots(_owned_adjective("majority"))
    assert ("Kestrel Bank", "hold stake in", "Zenith Bank", None) in triples


def test_wholly_owned_set_off_after_a_name_is_owning() -> None:
    triples = facts_with_roots(_owned_adjective("wholly"))
    assert any(t[:3] == ("Kestrel Bank", "own", "Zenith Bank") for t in triples)
    assert not any(t[1] == "hold stake in" for t in triples)


def test_a_share_owned_set_off_after_a_name_is_a_stake_held() -> None:
    triples = facts_with_roots("""
    Zenith   Zenith   PROPN NNP  2  compound ORG
    Bank     Bank     PROPN NNP  11 nsubj    I-ORG
    ,        ,        PUNCT ,    2  punct    -
    60       60       NUM   CD   5  nummod   CARDINAL
    pct      pct      NOUN  NN   2  appos    -
    owned    own      VERB  VBN  5  acl      -
    by       by       ADP   IN   6  agent    -
    Kestrel  Kestrel  PROPN NNP  9  compound ORG
    Bank     Bank     PROPN NNP  7  pobj     I-ORG
    ,        ,        PUNCT ,    2  punct    -
    said     say      VERB  VBD  0  ROOT     -
    profits  profit   NOUN  NNS  13 nsubj    -
    rose     rise     VERB  VBD  11 ccomp    -
    .        .        PUNCT .    11 punct    -
    """)
    assert ("Kestrel Bank", "hold stake in", "Zenith Bank", None) in triples
