"""Hand-built parses: coordinated subjects of a verb whose object makes the act mutual ("exchanged fire",
"held talks", "traded accusations") did it with each other, with the object in the phrase and its event."""

from __future__ import annotations

from hand_docs import facts_with_roots

MUTUAL = """
Peru      Peru      PROPN NNP 4 nsubj GPE
and       and       CCONJ CC  1 cc    -
Chile     Chile     PROPN NNP 1 conj  GPE
{verb:9} {lemma:9} VERB  VBD 0 ROOT  -
{noun:9} {nlemma:9} NOUN  {tag} 4 dobj  -
.         .         PUNCT .   4 punct -
"""


def _mutual(verb: str, lemma: str, noun: str, nlemma: str, tag: str = "NNS") -> set:
    return facts_with_roots(MUTUAL.format(verb=verb, lemma=lemma, noun=noun, nlemma=nlemma, tag=tag))


def test_states_that_exchange_fire_fight_each_other() -> None:
    # "Peru and Chile exchanged fire."
    assert _mutual("exchanged", "exchange", "fire", "fire", "NN") == {
        ("Peru", "exchange fire with", "Chile", "19")
    }


def test_states_that_hold_talks_meet_each_other() -> None:
    # "Peru and Chile held talks." (the one predicate of a meeting)
    assert _mutual("held", "hold", "talks", "talk") == {("Peru", "meet with", "Chile", "04")}


def test_states_that_trade_accusations_accuse_each_other() -> None:
    # "Peru and Chile traded accusations."
    assert _mutual("traded", "trade", "accusations", "accusation") == {
        ("Peru", "trade accusation with", "Chile", "11")
    }


def test_an_object_that_makes_nothing_mutual_relates_no_one() -> None:
    # "Peru and Chile held elections.": each held its own
    found = _mutual("held", "hold", "elections", "election")
    assert not {(s, o) for s, _, o, _ in found} & {("Peru", "Chile"), ("Chile", "Peru")}
