"""A sea crossed is the route, no party to the act (sentences of our own, parses written by hand):
"Japanese negotiators shuttled across the Pacific" relates Japan to no Pacific."""

from __future__ import annotations

from hand_docs import facts_with_roots

# "Japanese negotiators shuttled {prep} the Pacific to meet U.S. officials."
SHUTTLE = """
Japanese    japanese   ADJ   JJ  2  amod     NORP
negotiators negotiator NOUN  NNS 3  nsubj    -
shuttled    shuttle    VERB  VBD 0  ROOT     -
{prep}      {prep}     ADP   IN  3  prep     -
the         the        DET   DT  6  det      -
Pacific     Pacific    PROPN NNP 4  pobj     LOC
to          to         PART  TO  8  aux      -
meet        meet       VERB  VB  3  advcl    -
U.S.        U.S.       PROPN NNP 10 compound GPE
officials   official   NOUN  NNS 8  dobj     -
.           .          PUNCT .   3  punct    -
"""


def _objects(prep: str) -> set[str]:
    return {o for _, _, o, _ in facts_with_roots(SHUTTLE.format(prep=prep))}


def test_a_sea_crossed_is_no_object() -> None:
    assert "Pacific" not in _objects("across")


def test_a_sea_one_goes_to_is_still_a_place_of_the_act() -> None:
    # only a route's prepositions drop it: "shuttled to the Pacific" keeps where they went
    assert "Pacific" in _objects("to")
