"""Statements and what they are made in (audit round 30): agreeing that something is so is a statement,
not a pledge to cooperate; a piece a statement is written in leaves the outlet as its medium; an act
pictured under a modal or "one day" ("we could one day see X suing Y") is a possibility, no fact;
calling an owner's move "a missed opportunity" criticises the owner.

The clause tests state their parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots, read

# "Ana Ruiz agreed that Chile had erred." (what Chile did has no fact of its own, so the statement about Chile
# is an edge: wave 34)
AGREED_THAT = """
    Ana       Ana       PROPN NNP  2  compound PERSON
    Ruiz      Ruiz      PROPN NNP  3  nsubj    I-PERSON
    agreed    agree     VERB  VBD  0  ROOT     -
    that      that      SCONJ IN   7  mark     -
    Chile     Chile     PROPN NNP  7  nsubj    GPE
    had       have      AUX   VBD  7  aux      -
    erred     err       VERB  VBN  3  ccomp    -
    .         .         PUNCT .    3  punct    -
"""

# "Chile agreed to talks with Peru."
AGREED_TO = """
    Chile     Chile     PROPN NNP  2  nsubj    GPE
    agreed    agree     VERB  VBD  0  ROOT     -
    to        to        ADP   IN   2  prep     -
    talks     talk      NOUN  NNS  3  pobj     -
    with      with      ADP   IN   4  prep     -
    Peru      Peru      PROPN NNP  5  pobj     GPE
    .         .         PUNCT .    2  punct    -
"""


def test_agreeing_that_something_is_so_is_a_statement() -> None:
    said = {(s, p, o, root) for s, p, o, root in facts_with_roots(AGREED_THAT) if s == "Ana Ruiz"}
    assert said == {("Ana Ruiz", "agree", "Chile", "01")}


# "Chile agreed that Peru would host the talks."
AGREED_THAT_WOULD = """
    Chile     Chile     PROPN NNP  2  nsubj    GPE
    agreed    agree     VERB  VBD  0  ROOT     -
    that      that      SCONJ IN   6  mark     -
    Peru      Peru      PROPN NNP  6  nsubj    GPE
    would     would     AUX   MD   6  aux      -
    host      host      VERB  VB   2  ccomp    -
    the       the       DET   DT   8  det      -
    talks     talk      NOUN  NNS  6  dobj     -
    .         .         PUNCT .    2  punct    -
"""


def test_agreeing_that_another_will_act_settles_an_arrangement() -> None:
    agreed = {
        (p, root) for s, p, o, root in facts_with_roots(AGREED_THAT_WOULD) if (s, o) == ("Chile", "Peru")
    }
    assert agreed == {("agree", "03")}


def test_agreeing_to_talks_stays_an_intent_to_cooperate() -> None:
    roots = {root for s, _, o, root in facts_with_roots(AGREED_TO) if (s, o) == ("Chile", "Peru")}
    assert roots == {"03"}


# "Ana Ruiz argued in a long column for the Herald that Chile erred."
IN_A_COLUMN = """
    Ana       Ana       PROPN NNP  2  compound PERSON
    Ruiz      Ruiz      PROPN NNP  3  nsubj    I-PERSON
    argued    argue     VERB  VBD  0  ROOT     -
    in        in        ADP   IN   3  prep     -
    a         a         DET   DT   7  det      -
    long      long      ADJ   JJ   7  amod     -
    column    column    NOUN  NN   4  pobj     -
    for       for       ADP   IN   7  prep     -
    the       the       DET   DT   10 det      -
    Herald    Herald    PROPN NNP  8  pobj     ORG
    that      that      SCONJ IN   13 mark     -
    Chile     Chile     PROPN NNP  13 nsubj    GPE
    erred     err       VERB  VBD  3  ccomp    -
    .         .         PUNCT .    3  punct    -
"""


def test_the_piece_a_statement_is_made_in_is_its_outlets_medium() -> None:
    told = {(p, root) for s, p, o, root in facts_with_roots(IN_A_COLUMN) if (s, o) == ("Ana Ruiz", "Herald")}
    assert told == {("argue in", "01")}


# "We might see Chilean firms suing Peru."
MIGHT_SEE = """
    We        we        PRON  PRP  3  nsubj    -
    might     might     AUX   MD   3  aux      -
    see       see       VERB  VB   0  ROOT     -
    Chilean   chilean   ADJ   JJ   5  amod     NORP
    firms     firm      NOUN  NNS  6  nsubj    -
    suing     sue       VERB  VBG  3  ccomp    -
    Peru      Peru      PROPN NNP  6  dobj     GPE
    .         .         PUNCT .    3  punct    -
"""

# "We picture Chilean firms suing Peru one day."
PICTURE_ONE_DAY = """
    We        we        PRON  PRP  2  nsubj    -
    picture   picture   VERB  VBP  0  ROOT     -
    Chilean   chilean   ADJ   JJ   4  amod     NORP
    firms     firm      NOUN  NNS  5  nsubj    -
    suing     sue       VERB  VBG  2  ccomp    -
    Peru      Peru      PROPN NNP  5  dobj     GPE
    one       one       NUM   CD   8  nummod   -
    day       day       NOUN  NN   5  npadvmod -
    .         .         PUNCT .    2  punct    -
"""

# "Peru could one day see Chilean firms suing Bolivia."
COULD_ONE_DAY_SEE = """
    Peru      Peru      PROPN NNP  5  nsubj    GPE
    could     could     AUX   MD   5  aux      -
    one       one       NUM   CD   4  nummod   -
    day       day       NOUN  NN   5  npadvmod -
    see       see       VERB  VB   0  ROOT     -
    Chilean   chilean   ADJ   JJ   7  amod     NORP
    firms     firm      NOUN  NNS  8  nsubj    -
    suing     sue       VERB  VBG  5  ccomp    -
    Bolivia   Bolivia   PROPN NNP  8  dobj     GPE
    .         .         PUNCT .    5  punct    -
"""

# "Residents could see Chilean soldiers shooting Peruvians." (perceived, not pictured)
SAW = """
    Residents resident  NOUN  NNS  3  nsubj    -
    could     could     AUX   MD   3  aux      -
    see       see       VERB  VB   0  ROOT     -
    Chilean   chilean   ADJ   JJ   5  amod     NORP
    soldiers  soldier   NOUN  NNS  6  nsubj    -
    shooting  shoot     VERB  VBG  3  ccomp    -
    Peruvians Peruvians PROPN NNPS 6  dobj     NORP
    .         .         PUNCT .    3  punct    -
"""


def _modality_of(table: str, predicate: str) -> set[str | None]:
    return {r.modality for r in read(table).relations if r.predicate == predicate}


def test_an_act_pictured_under_a_modal_is_a_possibility() -> None:
    assert _modality_of(MIGHT_SEE, "sue") == {"might"}


def test_an_act_pictured_one_day_is_a_possibility() -> None:
    assert _modality_of(PICTURE_ONE_DAY, "sue") == {"may"}


def test_an_act_seen_one_day_is_a_possibility() -> None:
    assert _modality_of(COULD_ONE_DAY_SEE, "sue") == {"could"}


def test_an_act_seen_is_no_possibility() -> None:
    assert _modality_of(SAW, "shoot") == {None}


# "Ana Ruiz described Chile's plan as a huge missed opportunity."
MISSED_OPPORTUNITY = """
    Ana         Ana         PROPN NNP  2  compound PERSON
    Ruiz        Ruiz        PROPN NNP  3  nsubj    I-PERSON
    described   describe    VERB  VBD  0  ROOT     -
    Chile       Chile       PROPN NNP  6  poss     GPE
    's          's          PART  POS  4  case     -
    plan        plan        NOUN  NN   3  dobj     -
    as          as          ADP   IN   6  prep     -
    a           a           DET   DT   11 det      -
    huge        huge        ADJ   JJ   11 amod     -
    missed      miss        VERB  VBN  11 amod     -
    opportunity opportunity NOUN  NN   7  pobj     -
    .           .           PUNCT .    3  punct    -
"""


def test_a_missed_opportunity_criticises_whose_move_it_was() -> None:
    judged = {
        (p, root) for s, p, o, root in facts_with_roots(MISSED_OPPORTUNITY) if (s, o) == ("Ana Ruiz", "Chile")
    }
    assert judged == {("criticise", "11")}
