"""Offices held in the past or of a body, not current offices of the story's state (wave 121 F).

- "by then prime minister X": a "then" after a preposition dates the title, so the office is a former one
  ("since then Prime Minister X" is the adverb of a time, and the office is current);
- "the Danish quota, set by Fisheries Minister X": the agent of a participle after a state's act is that
  state's officer, not an officer of the state the story is about;
- "the central bank's vice president X": the office is the bank's, no state's;
- "Former Downing Street media chief X": "media" forms the title ("media chief"), it is no body X heads.

Each test states its parse by hand (tests/hand_docs.py); the sentences and names are ours."""

from __future__ import annotations

from hand_docs import read_triples

# "Denmark kept the quota. Denmark said the quota set by then prime minister Lars Vemmer would stay."
SET_BY_THEN_PM = """
Denmark  Denmark  PROPN NNP  2  nsubj    GPE
kept     keep     VERB  VBD  0  ROOT     -
the      the      DET   DT   4  det      -
quota    quota    NOUN  NN   2  dobj     -
.        .        PUNCT .    2  punct    -
Denmark  Denmark  PROPN NNP  7  nsubj    GPE
said     say      VERB  VBD  0  ROOT     -
the      the      DET   DT   9  det      -
quota    quota    NOUN  NN   18 nsubj    -
set      set      VERB  VBN  9  acl      -
by       by       ADP   IN   10 agent    -
then     then     ADV   RB   14 advmod   -
prime    prime    ADJ   JJ   14 amod     -
minister minister NOUN  NN   16 compound -
Lars     Lars     PROPN NNP  16 compound PERSON
Vemmer   Vemmer   PROPN NNP  11 pobj     I-PERSON
would    would    AUX   MD   18 aux      -
stay     stay     VERB  VB   7  ccomp    -
.        .        PUNCT .    7  punct    -
"""

# "Denmark kept the quota. Since then Prime Minister Lars Vemmer has defended it."
SINCE_THEN_PM = """
Denmark  Denmark  PROPN NNP  2  nsubj    GPE
kept     keep     VERB  VBD  0  ROOT     -
the      the      DET   DT   4  det      -
quota    quota    NOUN  NN   2  dobj     -
.        .        PUNCT .    2  punct    -
Since    since    SCONJ IN   13 prep     -
then     then     ADV   RB   6  pcomp    -
Prime    Prime    PROPN NNP  9  compound -
Minister Minister PROPN NNP  11 compound -
Lars     Lars     PROPN NNP  11 compound PERSON
Vemmer   Vemmer   PROPN NNP  13 nsubj    I-PERSON
has      have     AUX   VBZ  13 aux      -
defended defend   VERB  VBN  0  ROOT     -
it       it       PRON  PRP  13 dobj     -
.        .        PUNCT .    13 punct    -
"""


def test_then_after_a_preposition_dates_the_title() -> None:
    triples = read_triples(SET_BY_THEN_PM)
    assert ("Lars Vemmer", "former prime minister of", "Denmark") in triples
    assert ("Lars Vemmer", "prime minister of", "Denmark") not in triples


def test_since_then_is_a_time_and_the_title_current() -> None:
    triples = read_triples(SINCE_THEN_PM)
    assert ("Lars Vemmer", "prime minister of", "Denmark") in triples


# "Norway welcomed the move. The Danish quota on cod, set by Fisheries Minister Lars Vemmer, was lifted."
DANISH_QUOTA_SET_BY = """
Norway    Norway    PROPN NNP  2  nsubj     GPE
welcomed  welcome   VERB  VBD  0  ROOT      -
the       the       DET   DT   4  det       -
move      move      NOUN  NN   2  dobj      -
.         .         PUNCT .    2  punct     -
The       the       DET   DT   8  det       -
Danish    danish    ADJ   JJ   8  amod      NORP
quota     quota     NOUN  NN   20 nsubjpass -
on        on        ADP   IN   8  prep      -
cod       cod       NOUN  NN   9  pobj      -
,         ,         PUNCT ,    10 punct     -
set       set       VERB  VBN  10 acl       -
by        by        ADP   IN   12 agent     -
Fisheries Fisheries PROPN NNPS 15 compound  -
Minister  Minister  PROPN NNP  17 compound  -
Lars      Lars      PROPN NNP  17 compound  PERSON
Vemmer    Vemmer    PROPN NNP  13 pobj      I-PERSON
,         ,         PUNCT ,    20 punct     -
was       be        AUX   VBD  20 auxpass   -
lifted    lift      VERB  VBN  0  ROOT      -
.         .         PUNCT .    20 punct     -
"""


def test_the_agent_of_a_states_act_is_that_states_officer() -> None:
    triples = read_triples(DANISH_QUOTA_SET_BY)
    assert ("Lars Vemmer", "fisheries minister of", "Denmark") in triples
    assert ("Lars Vemmer", "fisheries minister of", "Norway") not in triples


# "Norway took its funds. The central bank's vice president Ingrid Solheim said the accounts were open."
BANKS_VICE_PRESIDENT_BEFORE = """
Norway    Norway    PROPN NNP  2  nsubj    GPE
took      take      VERB  VBD  0  ROOT     -
its       its       PRON  PRP$ 4  poss     -
funds     fund      NOUN  NNS  2  dobj     -
.         .         PUNCT .    2  punct    -
The       the       DET   DT   8  det      -
central   central   ADJ   JJ   8  amod     -
bank      bank      NOUN  NN   11 poss     -
's        's        PART  POS  8  case     -
vice      vice      NOUN  NN   11 compound -
president president NOUN  NN   14 nsubj    -
Ingrid    Ingrid    PROPN NNP  13 compound PERSON
Solheim   Solheim   PROPN NNP  11 appos    I-PERSON
said      say       VERB  VBD  0  ROOT     -
the       the       DET   DT   16 det      -
accounts  account   NOUN  NNS  17 nsubj    -
were      be        AUX   VBD  14 ccomp    -
open      open      ADJ   JJ   17 acomp    -
.         .         PUNCT .    14 punct    -
"""

# "Norway took its funds. Ingrid Solheim, the central bank's vice president, said the accounts were open."
BANKS_VICE_PRESIDENT_AFTER = """
Norway    Norway    PROPN NNP  2  nsubj    GPE
took      take      VERB  VBD  0  ROOT     -
its       its       PRON  PRP$ 4  poss     -
funds     fund      NOUN  NNS  2  dobj     -
.         .         PUNCT .    2  punct    -
Ingrid    Ingrid    PROPN NNP  7  compound PERSON
Solheim   Solheim   PROPN NNP  16 nsubj    I-PERSON
,         ,         PUNCT ,    7  punct    -
the       the       DET   DT   11 det      -
central   central   ADJ   JJ   11 amod     -
bank      bank      NOUN  NN   14 poss     -
's        's        PART  POS  11 case     -
vice      vice      NOUN  NN   14 compound -
president president NOUN  NN   7  appos    -
,         ,         PUNCT ,    7  punct    -
said      say       VERB  VBD  0  ROOT     -
the       the       DET   DT   18 det      -
accounts  account   NOUN  NNS  19 nsubj    -
were      be        AUX   VBD  16 ccomp    -
open      open      ADJ   JJ   19 acomp    -
.         .         PUNCT .    16 punct    -
"""


def test_a_banks_vice_president_holds_no_office_of_the_state() -> None:
    for table in (BANKS_VICE_PRESIDENT_BEFORE, BANKS_VICE_PRESIDENT_AFTER):
        triples = read_triples(table)
        assert not any(t[0] == "Ingrid Solheim" and "president" in t[1] for t in triples)


# "Former Downing Street media chief Ann Colley called the launch a mistake."
MEDIA_CHIEF = """
Former  former  ADJ   JJ  5  amod     -
Downing Downing PROPN NNP 3  compound -
Street  Street  PROPN NNP 5  compound -
media   medium  NOUN  NNS 5  compound -
chief   chief   NOUN  NN  7  compound -
Ann     Ann     PROPN NNP 7  compound PERSON
Colley  Colley  PROPN NNP 8  nsubj    I-PERSON
called  call    VERB  VBD 0  ROOT     -
the     the     DET   DT  10 det      -
launch  launch  NOUN  NN  8  dobj     -
a       a       DET   DT  12 det      -
mistake mistake NOUN  NN  8  oprd     -
.       .       PUNCT .   8  punct    -
"""


def test_media_forms_the_title_and_is_no_body_headed() -> None:
    triples = read_triples(MEDIA_CHIEF)
    assert ("Ann Colley", "former media chief of", "Downing Street") in triples
    assert not any(t[0] == "Ann Colley" and t[2] == "media" for t in triples)
