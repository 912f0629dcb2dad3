"""A lone "Leader" opening its sentence (wave 120 E): "The Tories unveiled a river levy. Leader X said ..."
names the leader of the one party the story names before it, who acts for that party's state, as "party
leader X" does; with two parties named before it whose leader is not said. Each test states its parse by
hand (tests/hand_docs.py); the sentences and names are ours."""

from __future__ import annotations

from hand_docs import country_of, read, read_triples, then_abroad

# "The Tories unveiled a river levy. Leader Ann Kerrow said the plan was fair."
LONE_LEADER = """
The       the       DET    DT      2 det       -
Tories    Tories    PROPN  NNPS    3 nsubj     NORP
unveiled  unveil    VERB   VBD     0 ROOT      -
a         a         DET    DT      6 det       -
river     river     NOUN   NN      6 compound  -
levy      levy      NOUN   NN      3 dobj      -
.         .         PUNCT  .       3 punct     -
Leader    leader    NOUN   NN     10 compound  -
Ann       Ann       PROPN  NNP    10 compound  PERSON
Kerrow    Kerrow    PROPN  NNP    11 nsubj     I-PERSON
said      say       VERB   VBD     0 ROOT      -
the       the       DET    DT     13 det       -
plan      plan      NOUN   NN     14 nsubj     -
was       be        AUX    VBD    11 ccomp     -
fair      fair      ADJ    JJ     14 acomp     -
.         .         PUNCT  .      11 punct     -
"""

# "The Tories unveiled a river levy, and Labour attacked it. Leader Ann Kerrow said the plan was fair."
LONE_LEADER_AFTER_TWO = """
The       the       DET    DT      2 det       -
Tories    Tories    PROPN  NNPS    3 nsubj     NORP
unveiled  unveil    VERB   VBD     0 ROOT      -
a         a         DET    DT      6 det       -
river     river     NOUN   NN      6 compound  -
levy      levy      NOUN   NN      3 dobj      -
,         ,         PUNCT  ,       3 punct     -
and       and       CCONJ  CC      3 cc        -
Labour    Labour    PROPN  NNP    10 nsubj     ORG
attacked  attack    VERB   VBD     3 conj      -
it        it        PRON   PRP    10 dobj      -
.         .         PUNCT  .      10 punct     -
Leader    leader    NOUN   NN     15 compound  -
Ann       Ann       PROPN  NNP    15 compound  PERSON
Kerrow    Kerrow    PROPN  NNP    16 nsubj     I-PERSON
said      say       VERB   VBD     0 ROOT      -
the       the       DET    DT     18 det       -
plan      plan      NOUN   NN     19 nsubj     -
was       be        AUX    VBD    16 ccomp     -
fair      fair      ADJ    JJ     19 acomp     -
.         .         PUNCT  .      16 punct     -
"""


def test_a_lone_leader_leads_the_one_party_named_before() -> None:
    triples = read_triples(then_abroad(LONE_LEADER))
    assert ("Ann Kerrow", "leader of", "Conservative Party") in triples


# the same story, then "France objected.": a second state named, none of the party's
THEN_FRANCE = """
France    France    PROPN  NNP    18 nsubj     GPE
objected  object    VERB   VBD     0 ROOT      -
.         .         PUNCT  .      18 punct     -
"""


def test_a_lone_leader_acts_for_the_partys_state() -> None:
    assert country_of(read(LONE_LEADER.rstrip() + THEN_FRANCE), "Ann Kerrow") == "GBR"


def test_a_lone_leader_after_two_parties_is_no_ones_leader() -> None:
    triples = read_triples(then_abroad(LONE_LEADER_AFTER_TWO))
    assert not any(t[0] == "Ann Kerrow" and "leader" in t[1] for t in triples)
