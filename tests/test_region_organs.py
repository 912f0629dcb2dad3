"""Hand-built parse: a region named before an organ's noun ("a Gulf envoy", "a unified Gulf force") is what
the organ is for, not its owner, as a state's name or word before it is ("a Kenyan envoy")."""

from __future__ import annotations

from hand_docs import facts, read

SEND = """
Japan     Japan     PROPN NNP 3  nsubj    GPE
will      will      AUX   MD  3  aux      -
send      send      VERB  VB  0  ROOT     -
a         a         DET   DT  6  det      -
{owner:6} {lemma:6} {pos:5} {tag:3} 6 {dep:8} {ent}
envoy     envoy     NOUN  NN  3  dobj     -
.         .         PUNCT .   3  punct    -
"""


def test_a_regions_envoy_is_no_party_of_the_deed() -> None:
    # "Japan will send a Gulf envoy."
    reading = read(SEND.format(owner="Gulf", lemma="Gulf", pos="PROPN", tag="NNP", dep="compound", ent="LOC"))
    assert not facts(reading, "svo")


def test_a_states_envoy_still_acts_for_it() -> None:
    # "Japan will send a Kenyan envoy."
    reading = read(SEND.format(owner="Kenyan", lemma="kenyan", pos="ADJ", tag="JJ", dep="amod", ent="NORP"))
    assert facts(reading, "svo") == {("Japan", "send", "Kenya")}
