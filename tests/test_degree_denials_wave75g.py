"""A denied request whose requested act carries an adverb of degree (wave 75 G): "will not ask Peru to open
fully its market", "did not demand that Peru withdraw completely" deny only the degree (a lesser request
may stand, and often the story says it does): no flat "NOT ask Peru", which would contradict the request
the story reports. A plain "will not ask Peru to open its market" stays denied.

Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_modal_acts

# "Chile will ask Peru to open part of its market. Chile will not ask Peru to open fully its market."
# (the parser hangs "fully" on the act, or on the act's object: both are read)
STORY = """
    Chile   Chile   PROPN NNP 3  nsubj    GPE
    will    will    AUX   MD  3  aux      -
    ask     ask     VERB  VB  0  ROOT     -
    Peru    Peru    PROPN NNP 3  dobj     GPE
    to      to      PART  TO  6  aux      -
    open    open    VERB  VB  3  xcomp    -
    part    part    NOUN  NN  6  dobj     -
    of      of      ADP   IN  7  prep     -
    its     its     PRON  PRP$ 11 poss    -
    grain   grain   NOUN  NN  11 compound -
    market  market  NOUN  NN  8  pobj     -
    .       .       PUNCT .   3  punct    -
    Chile   Chile   PROPN NNP 16 nsubj    GPE
    will    will    AUX   MD  16 aux      -
    not     not     PART  RB  16 neg      -
    ask     ask     VERB  VB  16 ROOT     -
    Peru    Peru    PROPN NNP 16 dobj     GPE
    to      to      PART  TO  19 aux      -
    open    open    VERB  VB  16 xcomp    -
    fully   fully   ADV   RB  {fully} advmod -
    its     its     PRON  PRP$ 23 poss    -
    grain   grain   NOUN  NN  23 compound -
    market  market  NOUN  NN  19 dobj     -
    .       .       PUNCT .   16 punct    -
"""


def _asks(table: str) -> list[tuple]:
    return [a for a in read_modal_acts(table) if a[:3] == ("Chile", "ask", "Peru")]


def test_not_asking_for_a_full_opening_denies_only_the_degree() -> None:
    asks = _asks(STORY.format(fully=19))
    assert asks and not any(a[5] for a in asks)


def test_degree_adverb_hung_on_the_object_of_the_act() -> None:
    asks = _asks(STORY.format(fully=23))
    assert asks and not any(a[5] for a in asks)


def test_not_asking_at_all_stays_denied() -> None:
    """ "Chile will not ask Peru to open its market": denied."""
    asks = _asks("""
    Chile   Chile   PROPN NNP 4  nsubj    GPE
    will    will    AUX   MD  4  aux      -
    not     not     PART  RB  4  neg      -
    ask     ask     VERB  VB  0  ROOT     -
    Peru    Peru    PROPN NNP 4  dobj     GPE
    to      to      PART  TO  7  aux      -
    open    open    VERB  VB  4  xcomp    -
    its     its     PRON  PRP$ 10 poss    -
    grain   grain   NOUN  NN  10 compound -
    market  market  NOUN  NN  7  dobj     -
    .       .       PUNCT .   4  punct    -
    """)
    assert asks and all(a[5] for a in asks)
