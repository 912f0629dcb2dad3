"""Fixes after audit round 63, each on a sentence of our own: a ship named after its kind is no place
(mentions._named_as_vessel), sending forces shows force (cameo.tsv send object=@MIL), a compass point alone
is no region of any state (places.py compass_points), a firm's unit bought is no purchase of the firm
(objects._owned_unit)."""

from hand_docs import facts_with_roots, read

SHIP_SENT = """
    Peru       Peru       PROPN NNP  2   nsubj     GPE
    sent       send       VERB  VBD  0   ROOT      -
    the        the        DET   DT   4   det       -
    battleship battleship NOUN  NN   2   dobj      -
    Missouri   Missouri   PROPN NNP  4   appos     GPE
    to         to         ADP   IN   2   prep      -
    Chile      Chile      PROPN NNP  6   pobj      GPE
    .          .          PUNCT .    2   punct     -
"""

SOLD_TO_THE_WEST = """
    Peru       Peru       PROPN NNP  2   nsubj     GPE
    sold       sell       VERB  VBD  0   ROOT      -
    copper     copper     NOUN  NN   2   dobj      -
    to         to         ADP   IN   2   prep      -
    the        the        DET   DT   6   det       -
    West       West       PROPN NNP  4   pobj      LOC
    .          .          PUNCT .    2   punct     -
"""

UNIT_BOUGHT = """
    Acme       Acme       PROPN NNP  2   compound  ORG
    Corp       Corp       PROPN NNP  3   nsubj     I-ORG
    agreed     agree      VERB  VBD  0   ROOT      -
    to         to         PART  TO   5   aux       -
    buy        buy        VERB  VB   3   xcomp     -
    Zenith     Zenith     PROPN NNP  7   compound  ORG
    Inc        Inc        PROPN NNP  10  poss      I-ORG
    's         's         PART  POS  7   case      I-ORG
    tire       tire       NOUN  NN   10  compound  -
    unit       unit       NOUN  NN   5   dobj      -
    .          .          PUNCT .    3   punct     -
"""


def test_a_ship_named_after_its_kind_is_no_place() -> None:
    found = facts_with_roots(SHIP_SENT)
    assert not any("Missouri" in (f[0], f[2]) for f in found)
    assert ("Peru", "send battleship to", "Chile", "15") in found


def test_a_compass_point_is_no_region_of_a_state() -> None:
    reading = read(SOLD_TO_THE_WEST)
    [west] = [e for e in reading.entities.entities() if e.label == "West"]
    assert west.country is None


def test_buying_a_firms_unit_is_not_buying_the_firm() -> None:
    found = {f[:3] for f in facts_with_roots(UNIT_BOUGHT)}
    assert ("Acme Corp", "agree to buy unit of", "Zenith Inc") in found
    assert ("Acme Corp", "agree to buy", "Zenith Inc") not in found
