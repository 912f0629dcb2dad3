"""Event codes of arbitration and of questions (sentences of our own, parsed by hand): arbitrating a dispute
mediates it (045), the dispute noun lends no disapproval (11); asking someone whether (if) something holds
is a question, no appeal (02), while asking someone to act stays one."""

from __future__ import annotations

from geokg.extract.lexicon.cameo import event_code
from hand_docs import codes_between

# "Norway arbitrated the dispute with Peru."
ARBITRATED_DISPUTE = """
Norway      Norway      PROPN NNP 2 nsubj    GPE
arbitrated  arbitrate   VERB  VBD 0 ROOT     -
the         the         DET   DT  4 det      -
dispute     dispute     NOUN  NN  2 dobj     -
with        with        ADP   IN  4 prep     -
Peru        Peru        PROPN NNP 5 pobj     GPE
.           .           PUNCT .   2 punct    -
"""

# "Ghana asked Togo whether it would reopen the border."
ASKED_WHETHER = """
Ghana     Ghana     PROPN NNP 2 nsubj  GPE
asked     ask       VERB  VBD 0 ROOT   -
Togo      Togo      PROPN NNP 2 dobj   GPE
whether   whether   SCONJ IN  7 mark   -
it        it        PRON  PRP 7 nsubj  -
would     would     AUX   MD  7 aux    -
reopen    reopen    VERB  VB  2 ccomp  -
the       the       DET   DT  9 det    -
border    border    NOUN  NN  7 dobj   -
.         .         PUNCT .   2 punct  -
"""

# "Ghana asked Togo to reopen the border."
ASKED_TO_ACT = """
Ghana     Ghana     PROPN NNP 2 nsubj  GPE
asked     ask       VERB  VBD 0 ROOT   -
Togo      Togo      PROPN NNP 2 dobj   GPE
to        to        PART  TO  5 aux    -
reopen    reopen    VERB  VB  2 xcomp  -
the       the       DET   DT  7 det    -
border    border    NOUN  NN  5 dobj   -
.         .         PUNCT .   2 punct  -
"""


def test_arbitrating_a_dispute_is_mediation() -> None:
    assert codes_between(ARBITRATED_DISPUTE, "Norway", "Peru") == {"045"}
    assert event_code("arbitration", noun=True) == "045"


def test_asking_whether_is_a_question_not_an_appeal() -> None:
    assert codes_between(ASKED_WHETHER, "Ghana", "Togo") == {None}


def test_asking_someone_to_act_stays_an_appeal() -> None:
    assert codes_between(ASKED_TO_ACT, "Ghana", "Togo") == {"020"}
