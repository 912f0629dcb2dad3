"""Bare forces in a state's report that the story already gave another state (wave 91 G, narrowing wave 90 E):
"Iraq sent 5,000 troops into Kuwait. The United States said troops were massing on the Saudi border." The
troops are the ones Iraq sent, not the reporter's: the noun takes no state, as before wave 90. Only a state's
government or military speaks for its own bare forces ("Chad said", "the Chadian high command said"); its
police, courts or media do not. Forces the story already gave the speaker's own state stay its own.
Parses are built by hand as the parser gave them (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

SENT_THEN_REPORTED = """
Iraq      Iraq      PROPN NNP  2  nsubj    GPE
sent      send      VERB  VBD  0  ROOT     -
5,000     5,000     NUM   CD   4  nummod   CARDINAL
troops    troop     NOUN  NNS  2  dobj     -
into      into      ADP   IN   2  prep     -
Kuwait    Kuwait    PROPN NNP  5  pobj     GPE
.         .         PUNCT .    2  punct    -
The       the       DET   DT   10 det      GPE
United    United    PROPN NNP  10 compound I-GPE
States    States    PROPN NNP  11 nsubj    I-GPE
said      say       VERB  VBD  11 ROOT     -
troops    troop     NOUN  NNS  14 nsubj    -
were      be        AUX   VBD  14 aux      -
massing   mass      VERB  VBG  11 ccomp    -
on        on        ADP   IN   14 prep     -
the       the       DET   DT   18 det      -
Saudi     saudi     ADJ   JJ   18 amod     NORP
border    border    NOUN  NN   15 pobj     -
.         .         PUNCT .    11 punct    -
"""


def test_troops_another_state_sent_are_not_the_reporters() -> None:
    subjects = {s for s, p, o in read_triples(SENT_THEN_REPORTED) if o == "Saudi Arabia"}
    assert "US military" not in subjects


def test_troops_the_reporters_own_state_sent_stay_its_own() -> None:
    """(a guard: passes with or without the change)"""
    own = SENT_THEN_REPORTED.replace(
        "Iraq      Iraq      PROPN NNP  2  nsubj    GPE", "America   America   PROPN NNP  2  nsubj    GPE"
    )
    assert ("US military", "mass on", "Saudi Arabia") in read_triples(own)


POLICE_REPORT = """
Chadian   chadian   ADJ   JJ   2  amod     NORP
police    police    NOUN  NNS  3  nsubj    -
said      say       VERB  VBD  0  ROOT     -
troops    troop     NOUN  NNS  5  nsubj    -
killed    kill      VERB  VBD  3  ccomp    -
50        50        NUM   CD   8  nummod   CARDINAL
Libyan    libyan    ADJ   JJ   8  amod     NORP
soldiers  soldier   NOUN  NNS  5  dobj     -
.         .         PUNCT .    3  punct    -
"""


def test_a_states_police_do_not_speak_for_its_forces() -> None:
    subjects = {s for s, p, o in read_triples(POLICE_REPORT) if o == "Libyan military"}
    assert "Chadian military" not in subjects
