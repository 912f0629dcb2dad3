"""A state's appeal or words to its own region ("Kenya called on Africa to boycott the games") are made to the
region's states: they stay, though a region that contains the subject's state is otherwise no party of it
(pipeline._own_region). Sentences written for this test; the parse is hand-built (tests/hand_docs.py)."""

from __future__ import annotations

from tests.hand_docs import read_triples

# "Kenya called on Africa to boycott the games."
APPEAL_TO_ITS_REGION = """
    Kenya          Kenya          PROPN  NNP     2 nsubj      GPE
    called         call           VERB   VBD     0 ROOT       -
    on             on             ADP    IN      2 prep       -
    Africa         Africa         PROPN  NNP     3 pobj       LOC
    to             to             PART   TO      6 aux        -
    boycott        boycott        VERB   VB      2 xcomp      -
    the            the            DET    DT      8 det        -
    games          game           NOUN   NNS     6 dobj       -
    .              .              PUNCT  .       2 punct      -
"""


def test_an_appeal_to_the_subjects_own_region_stays() -> None:
    assert ("Kenya", "call on", "Africa") in read_triples(APPEAL_TO_ITS_REGION)
