"""Charges (wave 35): a claim that an actor broke, violated or flouted a norm ("said Chile had violated the
treaty") is the speaker's accusation of that actor (CAMEO 11), with the reported clause as the content of
the accusation and its own fact attributed to the speaker; a denial of the breach accuses nobody. Each test
states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots, read

# "Peru said Chile had violated the fishing treaty."
SAID_VIOLATED = """
    Peru       Peru       PROPN NNP  2  nsubj  GPE
    said       say        VERB  VBD  0  ROOT   -
    Chile      Chile      PROPN NNP  5  nsubj  GPE
    had        have       AUX   VBD  5  aux    -
    violated   violate    VERB  VBN  2  ccomp  -
    the        the        DET   DT   8  det    -
    fishing    fishing    NOUN  NN   8  compound -
    treaty     treaty     NOUN  NN   5  dobj   -
    .          .          PUNCT .    2  punct  -
"""

# "Bolivia claimed Paraguay was flouting the ruling."
CLAIMED_FLOUTING = """
    Bolivia    Bolivia    PROPN NNP  2  nsubj  GPE
    claimed    claim      VERB  VBD  0  ROOT   -
    Paraguay   Paraguay   PROPN NNP  5  nsubj  GPE
    was        be         AUX   VBD  5  aux    -
    flouting   flout      VERB  VBG  2  ccomp  -
    the        the        DET   DT   7  det    -
    ruling     ruling     NOUN  NN   5  dobj   -
    .          .          PUNCT .    2  punct  -
"""

# "Peru said Chile had not violated the fishing treaty."
SAID_NOT_VIOLATED = """
    Peru       Peru       PROPN NNP  2  nsubj  GPE
    said       say        VERB  VBD  0  ROOT   -
    Chile      Chile      PROPN NNP  6  nsubj  GPE
    had        have       AUX   VBD  6  aux    -
    not        not        PART  RB   6  neg    -
    violated   violate    VERB  VBN  2  ccomp  -
    the        the        DET   DT   9  det    -
    fishing    fishing    NOUN  NN   9  compound -
    treaty     treaty     NOUN  NN   6  dobj   -
    .          .          PUNCT .    2  punct  -
"""


def test_a_claimed_breach_of_a_treaty_accuses_the_breaker() -> None:
    found = facts_with_roots(SAID_VIOLATED)
    assert ("Peru", "accuse", "Chile", "11") in found
    assert ("Peru", "say", "Chile", "01") not in found


def test_the_breach_itself_stays_the_speakers_claim() -> None:
    [breach] = [r for r in read(SAID_VIOLATED).relations if r.predicate == "violate"]
    assert breach.attributed_to == "country:PER" and not breach.negated


def test_flouting_a_ruling_is_a_breach_too() -> None:
    assert ("Bolivia", "accuse", "Paraguay", "11") in facts_with_roots(CLAIMED_FLOUTING)


def test_a_breach_denied_accuses_nobody() -> None:
    found = facts_with_roots(SAID_NOT_VIOLATED)
    assert not any(p == "accuse" for _, p, _, _ in found)
    [breach] = [r for r in read(SAID_NOT_VIOLATED).relations if r.predicate.endswith("violate")]
    assert breach.negated
