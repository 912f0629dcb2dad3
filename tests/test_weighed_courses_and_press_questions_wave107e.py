"""Wave 107 E: a course an extraposed judgement weighs for its doer after "for" ("it would be foolish
(unwise, wrong, a mistake) for X to attack Y") is no act of X's, not even one that would be
(subjects.merely_weighed); and the press putting a question to someone ("asked by reporters if X would
retaliate, Y replied") makes no request of them (frame.ClauseReader._press_question). Each test states its
parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_modal_acts


def test_a_course_judged_foolish_in_reported_speech_is_no_act() -> None:
    acts = read_modal_acts("""
    A         a         DET   DT  3  det    -
    Peruvian  Peruvian  ADJ   JJ  3  amod   NORP
    official  official  NOUN  NN  4  nsubj  -
    said      say       VERB  VBD 0  ROOT   -
    it        it        PRON  PRP 7  nsubj  -
    would     would     AUX   MD  7  aux    -
    be        be        AUX   VB  4  ccomp  -
    foolish   foolish   ADJ   JJ  7  acomp  -
    for       for       SCONJ IN  12 mark   -
    Chile     Chile     PROPN NNP 12 nsubj  GPE
    to        to        PART  TO  12 aux    -
    retaliate retaliate VERB  VB  7  advcl  -
    against   against   ADP   IN  12 prep   -
    Peru      Peru      PROPN NNP 13 pobj   GPE
    .         .         PUNCT .   4  punct  -
    """)
    assert not [a for a in acts if a[0] == "Chile" and a[2] == "Peru"]


def test_a_course_judged_wrong_in_the_present_is_no_act() -> None:
    acts = read_modal_acts("""
    It       it       PRON  PRP 2 nsubj -
    is       be       AUX   VBZ 0 ROOT  -
    wrong    wrong    ADJ   JJ  2 acomp -
    for      for      SCONJ IN  7 mark  -
    Chile    Chile    PROPN NNP 7 nsubj GPE
    to       to       PART  TO  7 aux   -
    sanction sanction VERB  VB  2 advcl -
    Peru     Peru     PROPN NNP 7 dobj  GPE
    .        .        PUNCT .   2 punct -
    """)
    assert not [a for a in acts if a[0] == "Chile" and a[2] == "Peru"]


def test_a_question_asked_by_reporters_is_no_request() -> None:
    acts = read_modal_acts("""
    Asked     ask       VERB  VBN 11 advcl  -
    by        by        ADP   IN  1  agent  -
    reporters reporter  NOUN  NNS 2  pobj   -
    if        if        SCONJ IN  7  mark   -
    Chile     Chile     PROPN NNP 7  nsubj  GPE
    would     would     AUX   MD  7  aux    -
    retaliate retaliate VERB  VB  1  advcl  -
    ,         ,         PUNCT ,   11 punct  -
    Tom       Tom       PROPN NNP 10 compound PERSON
    Diaz      Diaz      PROPN NNP 11 nsubj  I-PERSON
    replied   reply     VERB  VBD 0  ROOT   -
    .         .         PUNCT .   11 punct  -
    """)
    assert not [a for a in acts if a[2] == "Tom Diaz"]
