"""Wave 112 H: a bare title of a head of government ("the prime minister") that no one in the story bears is
the person whose government the story named before it ("Mr Martin's government"); else, as a bare state
office, the office of the state the story is about, where an event the office's clause speaks of ("speak
about the elections") is no other side whose state would rule that state out, and a state named only as
where a thing happens ("the elections in Haiti") is never the office's state (sentences of our own, parses
written by hand)."""

from __future__ import annotations

from hand_docs import read_triples

OPENING = """
Canada       Canada       PROPN  NNP    3  nsubj      GPE
will         will         AUX    MD     3  aux        -
vote         vote         VERB   VB     0  ROOT       -
in           in           ADP    IN     3  prep       -
March        March        PROPN  NNP    4  pobj       DATE
.            .            PUNCT  .      3  punct      -
Canadian     canadian     ADJ    JJ     8  amod       NORP
voters       voter        NOUN   NNS    9  nsubj      -
are          be           AUX    VBP    0  ROOT       -
angry        angry        ADJ    JJ     9  acomp      -
.            .            PUNCT  .      9  punct      -
Mr           Mr           PROPN  NNP    13 compound   -
Duceppe      Duceppe      PROPN  NNP    14 nsubj      PERSON
said         say          VERB   VBD    0  ROOT       -
the          the          DET    DT     17 det        -
prime        prime        ADJ    JJ     17 amod       -
minister     minister     NOUN   NN     19 nsubj      -
should       should       AUX    MD     19 aux        -
"""

# "Canada will vote in March. Canadian voters are angry. Mr Duceppe said the prime minister should speak
# about the elections."
SPEAK_ABOUT_ELECTIONS = (
    OPENING
    + """
speak        speak        VERB   VB     14 ccomp      -
about        about        ADP    IN     19 prep       -
the          the          DET    DT     22 det        -
elections    election     NOUN   NNS    20 pobj       -
.            .            PUNCT  .      14 punct      -
"""
)

# "... Mr Duceppe said the prime minister should meet Canadian officials about the elections in Haiti."
MEET_ABOUT_ELECTIONS_IN_HAITI = (
    OPENING
    + """
meet         meet         VERB   VB     14 ccomp      -
Canadian     canadian     ADJ    JJ     21 amod       NORP
officials    official     NOUN   NNS    19 dobj       -
about        about        ADP    IN     19 prep       -
the          the          DET    DT     24 det        -
elections    election     NOUN   NNS    22 pobj       -
in           in           ADP    IN     24 prep       -
Haiti        Haiti        PROPN  NNP    25 pobj       GPE
.            .            PUNCT  .      14 punct      -
"""
)


def test_an_event_spoken_about_does_not_take_the_office_from_the_storys_state() -> None:
    assert ("Canada", "speak about", "elections") in read_triples(SPEAK_ABOUT_ELECTIONS)


def test_a_state_named_as_where_a_thing_happens_is_never_the_offices_state() -> None:
    triples = read_triples(MEET_ABOUT_ELECTIONS_IN_HAITI)
    assert not {t for t in triples if t[0] == "Haiti" or t[2] == "Haiti"}


# "Duceppe criticised Mr Martin's government. The prime minister should meet Duceppe."
GOVERNMENT_NAMED_FOR_ITS_HEAD = """
Duceppe      Duceppe      PROPN  NNP    2  nsubj      PERSON
criticised   criticise    VERB   VBD    0  ROOT       -
Mr           Mr           PROPN  NNP    4  compound   -
Martin       Martin       PROPN  NNP    6  poss       PERSON
's           's           PART   POS    4  case       -
government   government   NOUN   NN     2  dobj       -
.            .            PUNCT  .      2  punct      -
The          the          DET    DT     10 det        -
prime        prime        ADJ    JJ     10 amod       -
minister     minister     NOUN   NN     12 nsubj      -
should       should       AUX    MD     12 aux        -
meet         meet         VERB   VB     0  ROOT       -
Duceppe      Duceppe      PROPN  NNP    12 dobj       PERSON
.            .            PUNCT  .      12 punct      -
"""

# "Duceppe criticised Mr Martin's government. The foreign minister should meet Duceppe.": no head's title
FOREIGN_MINISTER_AFTER_A_HEADS_GOVERNMENT = GOVERNMENT_NAMED_FOR_ITS_HEAD.replace(
    "prime        prime        ADJ    JJ ", "foreign      foreign      ADJ    JJ "
)


def test_a_heads_title_no_one_bears_is_the_head_whose_government_was_named() -> None:
    assert ("Martin", "meet with", "Duceppe") in read_triples(GOVERNMENT_NAMED_FOR_ITS_HEAD)


def test_another_office_is_not_the_head_whose_government_was_named() -> None:
    # guard: passes with or without the change
    assert not {t for t in read_triples(FOREIGN_MINISTER_AFTER_A_HEADS_GOVERNMENT) if t[0] == "Martin"}
