"""An event a clause comes before only dates it (wave 95 F), as one it follows does: in "Norland and
Estria will meet just before the donors' meeting in Valmont" the meeting in Valmont is another event, which
times theirs; Valmont is not where they meet, nor is either said to attend it (no "Norland -meeting in->
Valmont"). An event the clause happens during still places it ("met Estria during the summit in Corvan"),
and a meeting "before talks with X" is still the subject's own, as "after talks with X" is. The parses are
built by hand as the parser gave them (tests/hand_docs.py); the sentences and the states are ours."""

from __future__ import annotations

from hand_docs import read_triples

BEFORE_MEETING = """
Norland    Norland    PROPN NNP  5  nsubj    GPE
and        and        CCONJ CC   1  cc       -
Estria     Estria     PROPN NNP  1  conj     GPE
will       will       AUX   MD   5  aux      -
meet       meet       VERB  VB   0  ROOT     -
just       just       ADV   RB   7  advmod   -
before     before     ADP   IN   5  prep     -
the        the        DET   DT   10 det      -
donors     donor      NOUN  NNS  10 compound -
meeting    meeting    NOUN  NN   7  pobj     -
in         in         ADP   IN   10 prep     -
Valmont    Valmont    PROPN NNP  11 pobj     GPE
.          .          PUNCT .    5  punct    -
"""

BEFORE_SUMMIT = """
Norland    Norland    PROPN NNP  2  nsubj    GPE
met        meet       VERB  VBD  0  ROOT     -
Estria     Estria     PROPN NNP  2  dobj     GPE
before     before     ADP   IN   2  prep     -
the        the        DET   DT   6  det      -
summit     summit     NOUN  NN   4  pobj     -
in         in         ADP   IN   6  prep     -
Corvan     Corvan     PROPN NNP  7  pobj     GPE
.          .          PUNCT .    2  punct    -
"""

DURING_SUMMIT = BEFORE_SUMMIT.replace("before     before ", "during     during ")

BEFORE_TALKS = """
Before     before     ADP   IN   7  prep     -
talks      talk       NOUN  NNS  1  pobj     -
with       with       ADP   IN   2  prep     -
Estria     Estria     PROPN NNP  3  pobj     GPE
,          ,          PUNCT ,    7  punct    -
Norland    Norland    PROPN NNP  7  nsubj    GPE
said       say        VERB  VBD  0  ROOT     -
it         it         PRON  PRP  10 nsubj    -
would      would      AUX   MD   10 aux      -
cut        cut        VERB  VB   7  ccomp    -
tariffs    tariff     NOUN  NNS  10 dobj     -
.          .          PUNCT .    7  punct    -
"""


def test_a_meeting_another_meeting_only_dates_has_not_its_place() -> None:
    triples = read_triples(BEFORE_MEETING)
    assert ("Norland", "meet with", "Estria") in triples or ("Estria", "meet with", "Norland") in triples
    assert not any(obj == "Valmont" for _, _, obj in triples)


def test_an_event_the_clause_comes_before_is_no_event_the_subject_attends() -> None:
    assert ("Norland", "summit in", "Corvan") not in read_triples(BEFORE_SUMMIT)
    # during the summit, the meeting is part of it; talks before which the subject speaks are its own
    assert ("Norland", "summit in", "Corvan") in read_triples(DURING_SUMMIT)
    assert ("Norland", "meet with", "Estria") in read_triples(BEFORE_TALKS)
