"""Bare forces in a state's own report (wave 90 E): "Chad said troops killed 50 Libyan soldiers", "The Chadian
high command said government forces killed ...". A bare force noun ("troops", "forces", "soldiers",
"government forces", "the army": sectors.tsv actor "military") that does what a state or one of its bodies
reports is the speaker's state's military, attributed to the speaker; "its troops" there too. Not where
the speaker is of no state (an analyst), nor for a force another word makes another's ("rebel troops").
Parses are built by hand as the parser gave them (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_attributed, read_triples

REPORTED = """
Chad      Chad      PROPN NNP  2  nsubj    GPE
said      say       VERB  VBD  0  ROOT     -
troops    troop     NOUN  NNS  4  nsubj    -
killed    kill      VERB  VBD  2  ccomp    -
50        50        NUM   CD   7  nummod   CARDINAL
Libyan    libyan    ADJ   JJ   7  amod     NORP
soldiers  soldier   NOUN  NNS  4  dobj     -
.         .         PUNCT .    2  punct    -
"""

HIGH_COMMAND = """
The         the         DET   DT   4  det      -
Chadian     chadian     ADJ   JJ   4  amod     NORP
high        high        ADJ   JJ   4  amod     -
command     command     NOUN  NN   5  nsubj    -
said        say         VERB  VBD  0  ROOT     -
government  government  NOUN  NN   7  compound -
forces      force       NOUN  NNS  8  nsubj    -
killed      kill        VERB  VBD  5  ccomp    -
50          50          NUM   CD   11 nummod   CARDINAL
Libyan      libyan      ADJ   JJ   11 amod     NORP
soldiers    soldier     NOUN  NNS  8  dobj     -
.           .           PUNCT .    5  punct    -
"""

OWN = """
Chad      Chad      PROPN NNP  2  nsubj    GPE
said      say       VERB  VBD  0  ROOT     -
its       its       PRON  PRP$ 4  poss     -
troops    troop     NOUN  NNS  5  nsubj    -
captured  capture   VERB  VBD  2  ccomp    -
40        40        NUM   CD   8  nummod   CARDINAL
Libyan    libyan    ADJ   JJ   8  amod     NORP
soldiers  soldier   NOUN  NNS  5  dobj     -
.         .         PUNCT .    2  punct    -
"""


def test_bare_troops_in_a_states_report_are_its_military() -> None:
    assert ("Chadian military", "kill", "Libyan military", "Chad") in read_attributed(REPORTED)


def test_a_foreign_speakers_troops_are_its_own() -> None:
    libya = REPORTED.replace("Chad      Chad", "Libya     Libya").replace(
        "Libyan    libyan", "Chadian   chadian"
    )
    assert ("Libyan military", "kill", "Chadian military", "Libya") in read_attributed(libya)


def test_government_forces_reported_by_the_high_command() -> None:
    assert ("Chadian military", "kill", "Libyan military", "Chadian high command") in read_attributed(
        HIGH_COMMAND
    )


def test_its_troops_in_a_states_report_are_its_military() -> None:
    assert ("Chadian military", "capture", "Libyan military") in read_triples(OWN)


REBEL = """
Chad      Chad      PROPN NNP  2  nsubj    GPE
said      say       VERB  VBD  0  ROOT     -
rebel     rebel     NOUN  NN   4  compound -
troops    troop     NOUN  NNS  5  nsubj    -
killed    kill      VERB  VBD  2  ccomp    -
50        50        NUM   CD   8  nummod   CARDINAL
Libyan    libyan    ADJ   JJ   8  amod     NORP
soldiers  soldier   NOUN  NNS  5  dobj     -
.         .         PUNCT .    2  punct    -
"""


def test_an_analysts_troops_and_rebel_troops_are_no_states() -> None:
    """(a guard: passes with or without the change)"""
    analyst = REPORTED.replace(
        "Chad      Chad      PROPN NNP  2  nsubj    GPE", "analyst   analyst   NOUN  NN   2  nsubj    -"
    )
    subjects = {s for s, _, o in read_triples(analyst) | read_triples(REBEL) if o == "Libyan military"}
    assert not subjects & {"Chadian military", "Chad"}
