"""A subject "it" after a thing (wave 96 F): "The Zorvia Trade Committee adopted the measure. The measure is
part of a trade bill that will be considered by the Assembly before it moves on to the Senate": "it" is the
bill, the subject (through the relative "that") of the clause its own clause hangs on, and a bill acts for
no one, so no "Zorvia Trade Committee -move on to-> Senate" (coref.py `_thing_subject_above`). An actor
subject there is still who goes on. Parses are built by hand as the parser gave them (tests/hand_docs.py);
the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

BILL_MOVES_ON = """
The         the         DET   DT   4  det       -
Zorvia      Zorvia      PROPN NNP  4  compound  ORG
Trade       Trade       PROPN NNP  4  compound  I-ORG
Committee   Committee   PROPN NNP  5  nsubj     I-ORG
adopted     adopt       VERB  VBD  0  ROOT      -
the         the         DET   DT   7  det       -
measure     measure     NOUN  NN   5  dobj      -
.           .           PUNCT .    5  punct     -
The         the         DET   DT   10 det       -
measure     measure     NOUN  NN   11 nsubj     -
is          be          AUX   VBZ  0  ROOT      -
part        part        NOUN  NN   11 attr      -
of          of          ADP   IN   12 prep      -
a           a           DET   DT   16 det       -
trade       trade       NOUN  NN   16 compound  -
bill        bill        NOUN  NN   13 pobj      -
that        that        PRON  WDT  20 nsubjpass -
will        will        AUX   MD   20 aux       -
be          be          AUX   VB   20 auxpass   -
considered  consider    VERB  VBN  16 relcl     -
by          by          ADP   IN   20 agent     -
the         the         DET   DT   23 det       -
Assembly    Assembly    PROPN NNP  21 pobj      ORG
before      before      SCONJ IN   26 mark      -
it          it          PRON  PRP  26 nsubj     -
moves       move        VERB  VBZ  20 advcl     -
on          on          ADP   RP   26 prt       -
to          to          ADP   IN   26 prep      -
the         the         DET   DT   30 det       -
Senate      Senate      PROPN NNP  28 pobj      ORG
.           .           PUNCT .    11 punct     -
"""

COMMITTEE_GOES_ON = """
The         the         DET   DT   4  det       -
Zorvia      Zorvia      PROPN NNP  4  compound  ORG
Trade       Trade       PROPN NNP  4  compound  I-ORG
Committee   Committee   PROPN NNP  5  nsubj     I-ORG
approved    approve     VERB  VBD  0  ROOT      -
the         the         DET   DT   7  det       -
bill        bill        NOUN  NN   5  dobj      -
before      before      SCONJ IN   10 mark      -
it          it          PRON  PRP  10 nsubj     -
sent        send        VERB  VBD  5  advcl     -
a           a           DET   DT   12 det       -
letter      letter      NOUN  NN   10 dobj      -
to          to          ADP   IN   10 prep      -
the         the         DET   DT   15 det       -
Senate      Senate      PROPN NNP  13 pobj      ORG
.           .           PUNCT .    5  punct     -
"""


def test_it_after_a_bill_subject_is_no_actor() -> None:
    triples = read_triples(BILL_MOVES_ON)
    assert not [t for t in triples if t[2] == "Senate"], triples


def test_it_after_an_actor_subject_is_that_actor() -> None:
    # a guard: the committee is the subject of the clause "it" hangs on, and the bill only its object
    assert ("Zorvia Trade Committee", "send letter to", "Senate") in read_triples(COMMITTEE_GOES_ON)
