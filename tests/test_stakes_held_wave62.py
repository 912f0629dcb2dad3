"""A share of a firm held (wave 62 G): "X owns 45 pct of Y", "X has a 15 pct interest in Y", "Y is 45 pct
owned by X", "X, which owns 45 pct of Y, …" are one standing fact, `X -hold stake in-> Y`, with no CAMEO
event; a share of a market is no ownership of anyone, and buying a stake keeps its own reading (06). Each
test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots, read_triples


def test_owning_a_percentage_of_a_firm_is_a_stake_held() -> None:
    triples = facts_with_roots("""
    Zenith Zenith PROPN NNP 2 compound ORG
    Inc    Inc    PROPN NNP 3 nsubj    I-ORG
    owns   own    VERB  VBZ 0 ROOT     -
    45     45     NUM   CD  5 nummod   CARDINAL
    pct    pct    NOUN  NN  3 dobj     -
    of     of     ADP   IN  5 prep     -
    Orbit  Orbit  PROPN NNP 8 compound ORG
    Co     Co     PROPN NNP 6 pobj     I-ORG
    .      .      PUNCT .   3 punct    -
    """)
    assert ("Zenith Inc", "hold stake in", "Orbit Co", None) in triples


def test_a_counted_interest_in_a_firm_is_a_stake_held() -> None:
    triples = facts_with_roots("""
    Zenith   Zenith   PROPN NNP 2  compound ORG
    Inc      Inc      PROPN NNP 3  nsubj    I-ORG
    has      have     VERB  VBZ 0  ROOT     -
    a        a        DET   DT  7  det      -
    15       15       NUM   CD  6  nummod   CARDINAL
    pct      pct      NOUN  NN  7  compound -
    interest interest NOUN  NN  3  dobj     -
    in       in       ADP   IN  7  prep     -
    Orbit    Orbit    PROPN NNP 10 compound ORG
    Co       Co       PROPN NNP 8  pobj     I-ORG
    .        .        PUNCT .   3  punct    -
    """)
    assert ("Zenith Inc", "hold stake in", "Orbit Co", None) in triples


def test_a_firm_owned_in_part_by_another_is_a_stake_held_not_owned() -> None:
    # the parser hangs "owned" on "pct", the attribute of "is"
    triples = read_triples("""
    Orbit  Orbit  PROPN NNP 2 compound ORG
    Co     Co     PROPN NNP 3 nsubj    I-ORG
    is     be     AUX   VBZ 0 ROOT     -
    45     45     NUM   CD  5 nummod   CARDINAL
    pct    pct    NOUN  NN  3 attr     -
    owned  own    VERB  VBN 5 acl      -
    by     by     ADP   IN  6 agent    -
    Zenith Zenith PROPN NNP 9 compound ORG
    Inc    Inc    PROPN NNP 7 pobj     I-ORG
    .      .      PUNCT .   3 punct    -
    """)
    assert ("Zenith Inc", "hold stake in", "Orbit Co") in triples
    assert ("Zenith Inc", "own", "Orbit Co") not in triples


def test_a_relative_clause_of_a_stake_held() -> None:
    triples = read_triples("""
    Zenith   Zenith   PROPN NNP 2  compound ORG
    Inc      Inc      PROPN NNP 12 nsubj    I-ORG
    ,        ,        PUNCT ,   2  punct    -
    which    which    PRON  WDT 5  nsubj    -
    owns     own      VERB  VBZ 2  relcl    -
    45       45       NUM   CD  7  nummod   CARDINAL
    pct      pct      NOUN  NN  5  dobj     -
    of       of       ADP   IN  7  prep     -
    Orbit    Orbit    PROPN NNP 10 compound ORG
    Co       Co       PROPN NNP 8  pobj     I-ORG
    ,        ,        PUNCT ,   2  punct    -
    reported report   VERB  VBD 0  ROOT     -
    a        a        DET   DT  14 det      -
    loss     loss     NOUN  NN  12 dobj     -
    .        .        PUNCT .   12 punct    -
    """)
    assert ("Zenith Inc", "hold stake in", "Orbit Co") in triples


def test_a_state_owning_a_share_of_a_firm_holds_a_stake() -> None:
    triples = read_triples("""
    Peru   Peru   PROPN NNP 2 nsubj    GPE
    owns   own    VERB  VBZ 0 ROOT     -
    74     74     NUM   CD  4 nummod   CARDINAL
    pct    pct    NOUN  NN  2 dobj     -
    of     of     ADP   IN  4 prep     -
    Orbit  Orbit  PROPN NNP 7 compound ORG
    Co     Co     PROPN NNP 5 pobj     I-ORG
    .      .      PUNCT .   2 punct    -
    """)
    assert ("Peru", "hold stake in", "Orbit Co") in triples


def test_a_share_of_a_market_or_of_a_states_debt_is_no_stake() -> None:
    triples = read_triples("""
    Zenith Zenith PROPN NNP 2  compound ORG
    Inc    Inc    PROPN NNP 3  nsubj    I-ORG
    holds  hold   VERB  VBZ 0  ROOT     -
    35     35     NUM   CD  5  nummod   CARDINAL
    pct    pct    NOUN  NN  3  dobj     -
    of     of     ADP   IN  5  prep     -
    Peru   Peru   PROPN NNP 9  poss     GPE
    's     's     PART  POS 7  case     -
    debt   debt   NOUN  NN  6  pobj     -
    .      .      PUNCT .   3  punct    -
    """)
    assert not any(t[1] == "hold stake in" for t in triples)


def test_buying_a_stake_keeps_its_reading() -> None:
    triples = facts_with_roots("""
    Zenith Zenith PROPN NNP 2  compound ORG
    Inc    Inc    PROPN NNP 3  nsubj    I-ORG
    bought buy    VERB  VBD 0  ROOT     -
    a      a      DET   DT  7  det      -
    15     15     NUM   CD  6  nummod   CARDINAL
    pct    pct    NOUN  NN  7  compound -
    stake  stake  NOUN  NN  3  dobj     -
    in     in     ADP   IN  7  prep     -
    Orbit  Orbit  PROPN NNP 10 compound ORG
    Co     Co     PROPN NNP 8  pobj     I-ORG
    .      .      PUNCT .   3  punct    -
    """)
    assert ("Zenith Inc", "buy stake in", "Orbit Co", "06") in triples
