"""Wave 98 G: regret expressed over another party's act ("expressed regret over Peru's decision to impose
duties") disapproves of it (CAMEO 11), where a bare expression is a statement (01). Regret expressed to a
party, for one's own act (an apology, 055) or for a loss is no disapproval (cameo.tsv regret rows read the
owner of the act regretted: @possessor). The parses are stated by hand (tests/hand_docs.py); the sentences
are ours."""

from __future__ import annotations

from hand_docs import roots_between

_OVER_A_DECISION = """
Chile        Chile        PROPN NNP   2  nsubj     GPE
expressed    express      VERB  VBD   0  ROOT      -
regret       regret       NOUN  NN    2  dobj      -
over         over         ADP   IN    3  prep      -
Peru         Peru         PROPN NNP   7  poss      GPE
's           's           PART  POS   5  case      -
decision     decision     NOUN  NN    4  pobj      -
to           to           PART  TO    9  aux       -
impose       impose       VERB  VB    7  acl       -
duties       duty         NOUN  NNS   9  dobj      -
.            .            PUNCT .     2  punct     -
"""

_WHILE_EXPRESSING = """
While        while        SCONJ IN   13  prep      -
expressing   express      VERB  VBG   1  pcomp     -
regret       regret       NOUN  NN    2  dobj      -
over         over         ADP   IN    3  prep      -
Peru         Peru         PROPN NNP   7  poss      GPE
's           's           PART  POS   5  case      -
decision     decision     NOUN  NN    4  pobj      -
to           to           PART  TO    9  aux       -
impose       impose       VERB  VB    7  acl       -
duties       duty         NOUN  NNS   9  dobj      -
,            ,            PUNCT ,    13  punct     -
Chile        Chile        PROPN NNP  13  nsubj     GPE
said         say          VERB  VBD   0  ROOT      -
the          the          DET   DT   15  det       -
talks        talk         NOUN  NNS  17  nsubj     -
would        would        AUX   MD   17  aux       -
go           go           VERB  VB   13  ccomp     -
on           on           ADP   RP   17  prt       -
.            .            PUNCT .    13  punct     -
"""

_TO_A_PARTY = """
Chile        Chile        PROPN NNP   2  nsubj     GPE
expressed    express      VERB  VBD   0  ROOT      -
regret       regret       NOUN  NN    2  dobj      -
to           to           ADP   IN    3  prep      -
Peru         Peru         PROPN NNP   4  pobj      GPE
over         over         ADP   IN    2  prep      -
the          the          DET   DT    8  det       -
incident     incident     NOUN  NN    6  pobj      -
.            .            PUNCT .     2  punct     -
"""


def test_regret_over_another_partys_act_disapproves_of_it() -> None:
    assert roots_between(_OVER_A_DECISION, "Chile", "Peru") == {"11"}
    assert roots_between(_WHILE_EXPRESSING, "Chile", "Peru") == {"11"}
    # regret told to a party over an incident (one's own, or a loss) is no disapproval of that party
    assert roots_between(_TO_A_PARTY, "Chile", "Peru") == {"01"}
