"""Events still to come or only wished (wave 109 E): an event noun a time to come owns ("next week's OAS
meeting in Quito") or dates from today ("Ana Lind's visit to Quito later this month") has not happened
yet ("will"); one that is the object of a noun of wish or need ("an interest in an agreement between X and
Y", "a need for talks") is wanted, not done ("should"). Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_modal_acts

OWNED_BY_NEXT_WEEK = """
Ruiz     Ruiz     PROPN NNP 2  nsubj PERSON
spoke    speak    VERB  VBD 0  ROOT  -
before   before   ADP   IN  2  prep  -
next     next     ADJ   JJ  5  amod  DATE
week     week     NOUN  NN  7  poss  I-DATE
's       's       PART  POS 5  case  I-DATE
meeting  meeting  NOUN  NN  3  pobj  -
between  between  ADP   IN  7  prep  -
Peru     Peru     PROPN NNP 8  pobj  GPE
and      and      CCONJ CC  9  cc    -
Bolivia  Bolivia  PROPN NNP 9  conj  GPE
.        .        PUNCT .   2  punct -
"""

ATTENDS_NEXT_WEEKS = """
Ruiz     Ruiz     PROPN NNP 2  nsubj    PERSON
attends  attend   VERB  VBZ 0  ROOT     -
next     next     ADJ   JJ  4  amod     DATE
week     week     NOUN  NN  7  poss     I-DATE
's       's       PART  POS 4  case     I-DATE
OAS      OAS      PROPN NNP 7  compound ORG
meeting  meeting  NOUN  NN  2  dobj     -
in       in       ADP   IN  7  prep     -
Quito    Quito    PROPN NNP 8  pobj     GPE
.        .        PUNCT .   2  punct    -
"""

LATER_THIS_MONTH = """
Ruiz   Ruiz   PROPN NNP 2  nsubj    PERSON
spoke  speak  VERB  VBD 0  ROOT     -
before before ADP   IN  2  prep     -
Ana    Ana    PROPN NNP 5  compound PERSON
Lind   Lind   PROPN NNP 7  poss     I-PERSON
's     's     PART  POS 5  case     I-PERSON
visit  visit  NOUN  NN  3  pobj     -
to     to     ADP   IN  7  prep     -
Quito  Quito  PROPN NNP 8  pobj     GPE
later  later  ADV   RB  12 advmod   DATE
this   this   DET   DT  12 det      I-DATE
month  month  NOUN  NN  7  npadvmod I-DATE
.      .      PUNCT .   2  punct    -
"""

INTEREST_IN = """
Chile     Chile     PROPN NNP 2  nsubj GPE
has       have      VERB  VBZ 0  ROOT  -
an        an        DET   DT  4  det   -
interest  interest  NOUN  NN  2  dobj  -
in        in        ADP   IN  4  prep  -
an        an        DET   DT  7  det   -
agreement agreement NOUN  NN  5  pobj  -
between   between   ADP   IN  7  prep  -
Peru      Peru      PROPN NNP 8  pobj  GPE
and       and       CCONJ CC  9  cc    -
Bolivia   Bolivia   PROPN NNP 9  conj  GPE
.         .         PUNCT .   2  punct -
"""

A_SHARE_IN = """
Chile     Chile     PROPN NNP 2  nsubj    GPE
holds     hold      VERB  VBZ 0  ROOT     -
a         a         DET   DT  5  det      -
controlling control VERB  VBG 5  amod     -
interest  interest  NOUN  NN  2  dobj     -
in        in        ADP   IN  5  prep     -
the       the       DET   DT  8  det      -
agreement agreement NOUN  NN  6  pobj     -
between   between   ADP   IN  8  prep     -
Peru      Peru      PROPN NNP 9  pobj     GPE
and       and       CCONJ CC  10 cc       -
Bolivia   Bolivia   PROPN NNP 10 conj     GPE
.         .         PUNCT .   2  punct    -
"""

NEED_FOR = """
Chile   Chile   PROPN NNP 2 nsubj GPE
saw     see     VERB  VBD 0 ROOT  -
a       a       DET   DT  4 det   -
need    need    NOUN  NN  2 dobj  -
for     for     ADP   IN  4 prep  -
talks   talk    NOUN  NNS 5 pobj  -
between between ADP   IN  6 prep  -
Peru    Peru    PROPN NNP 7 pobj  GPE
and     and     CCONJ CC  8 cc    -
Bolivia Bolivia PROPN NNP 8 conj  GPE
.       .       PUNCT .   2 punct -
"""


def _modalities(table: str, subject: str, obj: str) -> set[str | None]:
    return {m for s, _, o, _, m, _ in read_modal_acts(table) if s == subject and o == obj}


def test_a_meeting_next_week_owns_is_still_to_come() -> None:
    assert _modalities(OWNED_BY_NEXT_WEEK, "Peru", "Bolivia") == {"will"}


def test_attending_a_meeting_next_week_owns_is_still_to_come() -> None:
    # a present tense whose object a time to come owns is a schedule, as "attends the meeting next week" is
    assert _modalities(ATTENDS_NEXT_WEEKS, "Ruiz", "OAS") == {"will"}


def test_a_visit_later_this_month_is_still_to_come() -> None:
    assert _modalities(LATER_THIS_MONTH, "Ana Lind", "Quito") == {"will"}


def test_an_agreement_a_state_has_an_interest_in_is_wished() -> None:
    assert _modalities(INTEREST_IN, "Peru", "Bolivia") == {"should"}


def test_talks_there_is_a_need_for_are_wished() -> None:
    assert _modalities(NEED_FOR, "Peru", "Bolivia") == {"should"}


def test_a_share_held_in_an_agreement_is_no_wish() -> None:
    # a counted interest is a stake held (words.tsv stake_amount_words), not a wish for the event
    assert _modalities(A_SHARE_IN, "Peru", "Bolivia") == {None}
