"""A bare national title's holder who tells what a state wants, seeks or urges ("Britain wants Japan to open
its markets, Trade Minister X said") holds that state's office, though the story is mostly about the other
state; one who only tells what a state did keeps the story's. Sentences written for this test; the parse
is hand-built (tests/hand_docs.py)."""

from __future__ import annotations

from tests.hand_docs import country_of, read

# "Britain wants Japan to open its markets, Trade Minister Alan Reed said. Reed told a forum on Japanese banks
# that the firms were strong. Japan said Tokyo would cut its tariffs."
TELLS_A_STATES_WILL = """
    Britain        Britain        PROPN  NNP     2 nsubj      GPE
    wants          want           VERB   VBZ    13 ccomp      -
    Japan          Japan          PROPN  NNP     5 nsubj      GPE
    to             to             PART   TO      5 aux        -
    open           open           VERB   VB      2 ccomp      -
    its            its            PRON   PRP$    7 poss       -
    markets        market         NOUN   NNS     5 dobj       -
    ,              ,              PUNCT  ,      13 punct      -
    Trade          Trade          PROPN  NNP    10 compound   ORG
    Minister       Minister       PROPN  NNP    12 compound   -
    Alan           Alan           PROPN  NNP    12 compound   PERSON
    Reed           Reed           PROPN  NNP    13 nsubj      I-PERSON
    said           say            VERB   VBD     0 ROOT       -
    .              .              PUNCT  .      13 punct      -
    Reed           Reed           PROPN  NNP    16 nsubj      PERSON
    told           tell           VERB   VBD     0 ROOT       -
    a              a              DET    DT     18 det        -
    forum          forum          NOUN   NN     16 dobj       -
    on             on             ADP    IN     18 prep       -
    Japanese       japanese       ADJ    JJ     21 amod       NORP
    banks          bank           NOUN   NNS    19 pobj       -
    that           that           PRON   WDT    25 mark       -
    the            the            DET    DT     24 det        -
    firms          firm           NOUN   NNS    25 nsubj      -
    were           be             AUX    VBD    16 ccomp      -
    strong         strong         ADJ    JJ     25 acomp      -
    .              .              PUNCT  .      16 punct      -
    Japan          Japan          PROPN  NNP    29 nsubj      GPE
    said           say            VERB   VBD     0 ROOT       -
    Tokyo          Tokyo          PROPN  NNP    32 nsubj      GPE
    would          would          AUX    MD     32 aux        -
    cut            cut            VERB   VB     29 ccomp      -
    its            its            PRON   PRP$   34 poss       -
    tariffs        tariff         NOUN   NNS    32 dobj       -
    .              .              PUNCT  .      29 punct      -
"""


def test_a_bare_title_telling_what_a_state_wants_is_that_states() -> None:
    assert country_of(read(TELLS_A_STATES_WILL), "Alan Reed") == "GBR"


def test_a_bare_title_telling_what_a_state_did_is_not_made_its() -> None:
    wants = "wants          want           VERB   VBZ"
    did = TELLS_A_STATES_WILL.replace(wants, "opened         open           VERB   VBD")
    assert country_of(read(did), "Alan Reed") != "GBR"
