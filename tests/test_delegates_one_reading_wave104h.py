"""Review mend, wave 104 H: one reading of a body's delegates, in one list. "U.N. delegates" are sent to a
body of member states by its members (words.tsv member_envoy_nouns): no edge to the body. The delegates of
any other body ("Bundesbank delegates") are sent by it, its own staff acting for it as body_staff_nouns
are; the word is no longer listed in both. The parses are stated by hand (tests/hand_docs.py); the
sentences are ours."""

from __future__ import annotations

from geokg.extract.lexicon.words import BODY_STAFF_NOUNS, MEMBER_ENVOY_NOUNS
from hand_docs import read_modal_acts

# "Jan Bolt conferred with U.N. delegates on Monday."
_UN_DELEGATES = """
Jan          Jan          PROPN NNP  2   compound  PERSON
Bolt         Bolt         PROPN NNP  3   nsubj     PERSON
conferred    confer       VERB  VBD  0   ROOT      -
with         with         ADP   IN   3   prep      -
U.N.         U.N.         PROPN NNP  6   compound  ORG
delegates    delegate     NOUN  NNS  4   pobj      -
on           on           ADP   IN   3   prep      -
Monday       Monday       PROPN NNP  7   pobj      DATE
.            .            PUNCT .    3   punct     -
"""

# "Jan Bolt conferred with Bundesbank delegates on Monday."
_BANK_DELEGATES = _UN_DELEGATES.replace("U.N.         U.N.       ", "Bundesbank   Bundesbank ")


def test_delegates_are_listed_once() -> None:
    assert not BODY_STAFF_NOUNS & MEMBER_ENVOY_NOUNS


def test_delegates_to_a_body_of_states_are_its_members() -> None:
    assert not read_modal_acts(_UN_DELEGATES)


def test_delegates_of_another_body_are_its_own() -> None:
    acts = {(s, p, o, r) for s, p, o, r, _, _ in read_modal_acts(_BANK_DELEGATES)}
    assert ("Jan Bolt", "confer with", "Bundesbank", "04") in acts
