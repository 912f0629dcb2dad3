"""What "should" says of a thing ("said Peru's pact should serve as a precedent") is advice on the thing, no
appeal to its owner, who is not the one asked to act; the owner's own acts and conduct ("Peru's raids
should stop", "Peru's policy should change") are asked of the owner (sentences of our own, parsed by
hand)."""

from __future__ import annotations

from hand_docs import facts, read

# "Chile said Peru's pact should serve as a precedent."
PACT_SHOULD_SERVE = """
Chile      Chile      PROPN NNP 2  nsubj  GPE
said       say        VERB  VBD 0  ROOT   -
Peru       Peru       PROPN NNP 5  poss   GPE
's         's         PART  POS 3  case   -
pact       pact       NOUN  NN  7  nsubj  -
should     should     AUX   MD  7  aux    -
serve      serve      VERB  VB  2  ccomp  -
as         as         ADP   IN  7  prep   -
a          a          DET   DT  10 det    -
precedent  precedent  NOUN  NN  8  pobj   -
.          .          PUNCT .   2  punct  -
"""

# "Chile said Peru's policy should change."
POLICY_SHOULD_CHANGE = """
Chile   Chile   PROPN NNP 2  nsubj  GPE
said    say     VERB  VBD 0  ROOT   -
Peru    Peru    PROPN NNP 5  poss   GPE
's      's      PART  POS 3  case   -
policy  policy  NOUN  NN  7  nsubj  -
should  should  AUX   MD  7  aux    -
change  change  VERB  VB  2  ccomp  -
.       .       PUNCT .   2  punct  -
"""


def test_what_a_pact_should_serve_as_is_no_appeal_to_its_party() -> None:
    assert ("Chile", "urge", "Peru") not in facts(read(PACT_SHOULD_SERVE), "speech_content")


def test_a_thing_owned_that_should_do_something_is_no_appeal_to_its_owner() -> None:
    markets = PACT_SHOULD_SERVE.replace("pact       pact       NOUN  NN ", "markets    market     NOUN  NNS")
    assert ("Chile", "urge", "Peru") not in facts(read(markets), "speech_content")


def test_the_owners_conduct_that_should_change_is_asked_of_the_owner() -> None:
    assert facts(read(POLICY_SHOULD_CHANGE), "speech_content") == {("Chile", "urge", "Peru")}
    raids = POLICY_SHOULD_CHANGE.replace("policy  policy  NOUN  NN ", "raids   raid    NOUN  NNS")
    assert facts(read(raids), "speech_content") == {("Chile", "urge", "Peru")}
