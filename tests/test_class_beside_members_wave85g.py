"""A class and its named members (wave 85 G): "Some banks, including A, B and C, are preparing to cut their
loans to X" — the members named in the phrase of examples act; the class noun ("banks") is no actor of its
own beside them (relations._class_beside_members). The parse is stated by hand (tests/hand_docs.py); the
sentence is ours."""

from __future__ import annotations

from hand_docs import read

LISTED = """
Some       some       DET   DT  2  det      -
banks      bank       NOUN  NNS 11 nsubj    -
,          ,          PUNCT ,   2  punct    -
including  include    VERB  VBG 2  prep     -
Acme       Acme       PROPN NNP 6  compound ORG
Bank       Bank       PROPN NNP 4  pobj     I-ORG
and        and        CCONJ CC  6  cc       -
Bantor     Bantor     PROPN NNP 9  compound ORG
Trust      Trust      PROPN NNP 6  conj     I-ORG
,          ,          PUNCT ,   2  punct    -
cut        cut        VERB  VBD 0  ROOT     -
their      their      PRON  PRP$ 13 poss    -
lending    lending    NOUN  NN  11 dobj     -
to         to         ADP   IN  11 prep     -
Zorvania   Zorvania   PROPN NNP 14 pobj     GPE
.          .          PUNCT .   11 punct    -
"""


def test_the_class_whose_members_are_named_is_no_actor_beside_them() -> None:
    reading = read(LISTED)
    label = {e.id: e.label for e in reading.entities.entities()}
    subjects = {
        label[r.subject.entity_id] for r in reading.relations if label[r.object.entity_id] == "Zorvania"
    }
    assert {"Acme Bank", "Bantor Trust"} <= subjects, subjects
    assert subjects <= {"Acme Bank", "Bantor Trust"}, subjects
