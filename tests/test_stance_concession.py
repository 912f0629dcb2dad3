"""Words of judgement in what a statement concedes ("despite its failure to ...") blame nobody. Sentences
written for these tests, parses built by hand."""

from __future__ import annotations

from hand_docs import facts, read

# "Sato said Chile was ready to resume talks with Peru despite its failure to win the vote."
CONCEDED = """
Sato       Sato       PROPN NNP  2   nsubj     PERSON
said       say        VERB  VBD  0   ROOT      -
Chile      Chile      PROPN NNP  4   nsubj     GPE
was        be         AUX   VBD  2   ccomp     -
ready      ready      ADJ   JJ   4   acomp     -
to         to         PART  TO   7   aux       -
resume     resume     VERB  VB   5   xcomp     -
talks      talk       NOUN  NNS  7   dobj      -
with       with       ADP   IN   8   prep      -
Peru       Peru       PROPN NNP  9   pobj      GPE
despite    despite    SCONJ IN   7   prep      -
its        its        PRON  PRP$ 13  poss      -
failure    failure    NOUN  NN   11  pobj      -
to         to         PART  TO   15  aux       -
win        win        VERB  VB   13  acl       -
the        the        DET   DT   17  det       -
vote       vote       NOUN  NN   15  dobj      -
.          .          PUNCT .    2   punct     -
"""


def test_a_failure_conceded_with_despite_is_no_criticism_of_the_one_spoken_of() -> None:
    reading = read(CONCEDED)
    assert ("Sato", "criticise", "Chile") not in facts(reading, "speech_content")
    assert ("Chile", "resume talk with", "Peru") in facts(reading, "noun_prep")


def test_the_same_failure_said_of_the_one_spoken_of_still_criticises() -> None:
    # "Sato said Chile's failure to win the vote was a disgrace."
    reading = read("""
    Sato      Sato      PROPN NNP  2  nsubj    PERSON
    said      say       VERB  VBD  0  ROOT     -
    Chile     Chile     PROPN NNP  5  poss     GPE
    's        's        PART  POS  3  case     -
    failure   failure   NOUN  NN   10 nsubj    -
    to        to        PART  TO   7  aux      -
    win       win       VERB  VB   5  acl      -
    the       the       DET   DT   9  det      -
    vote      vote      NOUN  NN   7  dobj     -
    was       be        AUX   VBD  2  ccomp    -
    a         a         DET   DT   12 det      -
    disgrace  disgrace  NOUN  NN   10 attr     -
    .         .         PUNCT .    2  punct    -
    """)
    assert ("Sato", "criticise", "Chile") in facts(reading, "speech_content")
