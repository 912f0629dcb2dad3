"""A deed the speaker concedes ("Peru admitted that Chile had seized two ports") is granted, not laid on
its doer: the speaker's act toward the doer is the admission, never an accusation; a plain report of the
same deed by the doer's foe still accuses. Parses by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read

# "Peru admitted that Chile had seized two ports."
ADMITTED = """
    Peru      Peru      PROPN NNP 2 nsubj  GPE
    admitted  admit     VERB  VBD 0 ROOT   -
    that      that      SCONJ IN  6 mark   -
    Chile     Chile     PROPN NNP 6 nsubj  GPE
    had       have      AUX   VBD 6 aux    -
    seized    seize     VERB  VBN 2 ccomp  -
    two       two       NUM   CD  8 nummod CARDINAL
    ports     port      NOUN  NNS 6 dobj   -
    .         .         PUNCT .   2 punct  -
"""


def _speech(table: str) -> set[str]:
    return {r.predicate for r in read(table).relations if r.rule.name == "speech_content"}


def test_a_conceded_deed_accuses_nobody() -> None:
    assert "accuse" not in _speech(ADMITTED)
    assert _speech(ADMITTED) == {"admit"}


def test_the_same_deed_charged_accuses() -> None:
    charged = ADMITTED.replace("admitted  admit ", "charged   charge")
    assert _speech(charged) == {"accuse"}
