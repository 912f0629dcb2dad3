"""Wave 52 D: a person first titled as a named state's officer ("Chile's war spokesman X") holds the state
titles written later with no owner ("X, the parliamentary speaker, said") in that state, not in the state
the story is most about; a bare chamber such a person addresses ("a speech to Parliament") is that state's;
"war" forms a title with a role noun ("Chile's top war spokesman X"). Sentences written for these tests; the
parses are hand-built."""

from __future__ import annotations

from tests.hand_docs import country_of, facts, read

# "Chile's top war spokesman Juan Soto spoke.": the title parsed as words of the name
WAR_SPOKESMAN = """
    Chile        Chile        PROPN NNP   5 poss      GPE
    's           's           PART  POS   1 case      -
    top          top          ADJ   JJ    5 amod      -
    war          war          NOUN  NN    5 compound  -
    spokesman    spokesman    NOUN  NN    7 compound  -
    Juan         Juan         PROPN NNP   7 compound  PERSON
    Soto         Soto         PROPN NNP   8 nsubj     I-PERSON
    spoke        speak        VERB  VBD   0 ROOT      -
    .            .            PUNCT .     8 punct     -
"""

# "... Soto, the parliamentary speaker, said in a speech to Parliament that Peru would regret the raid.
# Peruvian officials in Lima said Peru would stay in Cuzco.": a story most about Peru
LATER_TITLE = (
    WAR_SPOKESMAN.rstrip()
    + """
    Soto         Soto         PROPN NNP  16 nsubj     PERSON
    ,            ,            PUNCT ,    10 punct     -
    the          the          DET   DT   14 det       -
    parliamentary parliamentary ADJ   JJ   14 amod      -
    speaker      speaker      NOUN  NN   10 appos     -
    ,            ,            PUNCT ,    10 punct     -
    said         say          VERB  VBD   0 ROOT      -
    in           in           ADP   IN   16 prep      -
    a            a            DET   DT   19 det       -
    speech       speech       NOUN  NN   17 pobj      -
    to           to           ADP   IN   19 prep      -
    Parliament   Parliament   PROPN NNP  20 pobj      ORG
    that         that         SCONJ IN   25 mark      -
    Peru         Peru         PROPN NNP  25 nsubj     GPE
    would        would        AUX   MD   25 aux       -
    regret       regret       VERB  VB   16 ccomp     -
    the          the          DET   DT   27 det       -
    raid         raid         NOUN  NN   25 dobj      -
    .            .            PUNCT .    16 punct     -
    Peruvian     peruvian     ADJ   JJ   30 amod      NORP
    officials    official     NOUN  NNS  33 nsubj     -
    in           in           ADP   IN   30 prep      -
    Lima         Lima         PROPN NNP  31 pobj      GPE
    said         say          VERB  VBD   0 ROOT      -
    Peru         Peru         PROPN NNP  36 nsubj     GPE
    would        would        AUX   MD   36 aux       -
    stay         stay         VERB  VB   33 ccomp     -
    in           in           ADP   IN   36 prep      -
    Cuzco        Cuzco        PROPN NNP  37 pobj      GPE
    .            .            PUNCT .    33 punct     -
"""
)


def test_war_before_a_role_noun_is_a_word_of_the_title_its_owner_stands_before():
    reading = read(WAR_SPOKESMAN)
    assert ("Juan Soto", "war spokesperson of", "Chile") in facts(reading, "title")
    assert country_of(reading, "Juan Soto") == "CHL"


def test_a_later_unowned_title_of_a_named_states_officer_is_that_states():
    reading = read(LATER_TITLE)
    titles = facts(reading, "title")
    assert ("Juan Soto", "parliamentary speaker of", "Chile") in titles
    assert ("Juan Soto", "parliamentary speaker of", "Peru") not in titles
    assert country_of(reading, "Juan Soto") == "CHL"


def test_a_bare_chamber_a_named_states_officer_speaks_to_is_that_states():
    assert country_of(read(LATER_TITLE), "Parliament") == "CHL"


# "Chilean warships shelled a Peruvian port and the Navy seized a Peruvian ship. Peruvian officials in Lima
# said Peru would stay in Cuzco.": a story most about Peru, whose one state's forces are Chile's
NAVY_BESIDE_FORCES = """
    Chilean      chilean      ADJ   JJ    2 amod      NORP
    warships     warship      NOUN  NNS   3 nsubj     -
    shelled      shell        VERB  VBD   0 ROOT      -
    a            a            DET   DT    6 det       -
    Peruvian     peruvian     ADJ   JJ    6 amod      NORP
    port         port         NOUN  NN    3 dobj      -
    and          and          CCONJ CC    3 cc        -
    the          the          DET   DT    9 det       -
    Navy         Navy         PROPN NNP  10 nsubj     ORG
    seized       seize        VERB  VBD   3 conj      -
    a            a            DET   DT   13 det       -
    Peruvian     peruvian     ADJ   JJ   13 amod      NORP
    ship         ship         NOUN  NN   10 dobj      -
    .            .            PUNCT .    10 punct     -
    Peruvian     peruvian     ADJ   JJ   16 amod      NORP
    officials    official     NOUN  NNS  19 nsubj     -
    in           in           ADP   IN   16 prep      -
    Lima         Lima         PROPN NNP  17 pobj      GPE
    said         say          VERB  VBD   0 ROOT      -
    Peru         Peru         PROPN NNP  22 nsubj     GPE
    would        would        AUX   MD   22 aux       -
    stay         stay         VERB  VB   19 ccomp     -
    in           in           ADP   IN   22 prep      -
    Cuzco        Cuzco        PROPN NNP  23 pobj      GPE
    .            .            PUNCT .    19 punct     -
"""

# "... The Navy seized a Peruvian ship. Peruvian officials in Lima said Peru would stay in Cuzco.": a story
# most about Peru, whose Navy sentence names no forces (after a first sentence of seven tokens)
NAVY_TAIL = """
    The          the          DET   DT    9 det       -
    Navy         Navy         PROPN NNP  10 nsubj     ORG
    seized       seize        VERB  VBD   0 ROOT      -
    a            a            DET   DT   13 det       -
    Peruvian     peruvian     ADJ   JJ   13 amod      NORP
    ship         ship         NOUN  NN   10 dobj      -
    .            .            PUNCT .    10 punct     -
    Peruvian     peruvian     ADJ   JJ   16 amod      NORP
    officials    official     NOUN  NNS  19 nsubj     -
    in           in           ADP   IN   16 prep      -
    Lima         Lima         PROPN NNP  17 pobj      GPE
    said         say          VERB  VBD   0 ROOT      -
    Peru         Peru         PROPN NNP  22 nsubj     GPE
    would        would        AUX   MD   22 aux       -
    stay         stay         VERB  VB   19 ccomp     -
    in           in           ADP   IN   22 prep      -
    Cuzco        Cuzco        PROPN NNP  23 pobj      GPE
    .            .            PUNCT .    19 punct     -
"""

# "Chilean warships sailed from a port. ...": Chile's forces, the story's only ones, fight no other state
NAVY_APART = (
    """
    Chilean      chilean      ADJ   JJ    2 amod      NORP
    warships     warship      NOUN  NNS   3 nsubj     -
    sailed       sail         VERB  VBD   0 ROOT      -
    from         from         ADP   IN    3 prep      -
    a            a            DET   DT    6 det       -
    port         port         NOUN  NN    4 pobj      -
    .            .            PUNCT .     3 punct     -"""
    + NAVY_TAIL
)

# "Chilean warships shelled a Peruvian port. ...": Chile's forces fight Peru; whose the Navy is, is not said
NAVY_APART_AT_WAR = (
    """
    Chilean      chilean      ADJ   JJ    2 amod      NORP
    warships     warship      NOUN  NNS   3 nsubj     -
    shelled      shell        VERB  VBD   0 ROOT      -
    a            a            DET   DT    6 det       -
    Peruvian     peruvian     ADJ   JJ    6 amod      NORP
    port         port         NOUN  NN    3 dobj      -
    .            .            PUNCT .     3 punct     -"""
    + NAVY_TAIL
)

# "Chilean warships sailed from a port. ... Peruvian troops fired back.": the forces of two states
BOTH_FORCES = (
    NAVY_APART.rstrip()
    + """
    Peruvian     peruvian     ADJ   JJ   27 amod      NORP
    troops       troop        NOUN  NNS  28 nsubj     -
    fired        fire         VERB  VBD   0 ROOT      -
    back         back         ADV   RB   28 advmod    -
    .            .            PUNCT .    28 punct     -
"""
)


def test_bare_navy_beside_one_states_forces_is_that_states():
    reading = read(NAVY_BESIDE_FORCES)
    assert country_of(reading, "Navy") == "CHL"
    assert country_of(reading, "Peru") == "PER"


def test_bare_navy_of_a_story_naming_one_states_forces_is_that_states():
    assert country_of(read(NAVY_APART), "Navy") == "CHL"


def test_bare_navy_of_a_story_whose_one_states_forces_fight_another_is_not_taken_from_them():
    assert country_of(read(NAVY_APART_AT_WAR), "Navy") != "CHL"


def test_bare_navy_of_a_story_naming_two_states_forces_is_not_taken_from_them():
    assert country_of(read(BOTH_FORCES), "Navy") != "CHL"


# "Chilean District Judge Juan Soto ruled. Judge Soto left.": the owned title again, shortened
SHORTENED_AGAIN = """
    Chilean      Chilean      PROPN NNP   2 compound  NORP
    District     District     PROPN NNP   3 compound  -
    Judge        Judge        PROPN NNP   5 compound  -
    Juan         Juan         PROPN NNP   5 compound  PERSON
    Soto         Soto         PROPN NNP   6 nsubj     I-PERSON
    ruled        rule         VERB  VBD   0 ROOT      -
    .            .            PUNCT .     6 punct     -
    Judge        Judge        PROPN NNP   9 compound  -
    Soto         Soto         PROPN NNP  10 nsubj     PERSON
    left         leave        VERB  VBD   0 ROOT      -
    .            .            PUNCT .    10 punct     -
"""


def test_an_owned_title_written_again_shortened_is_no_second_title():
    titles = facts(read(SHORTENED_AGAIN), "title")
    assert ("Juan Soto", "district judge of", "Chile") in titles
    assert ("Juan Soto", "judge of", "Chile") not in titles
