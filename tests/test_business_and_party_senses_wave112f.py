"""Wave 112 F: CAMEO roots of business and party-politics news (cameo.tsv, wave 112 F block; words.tsv
handing_verbs; frame.Clause.code_of). A deal or contract lost is no cooperation, a right granted no aid, a
defence of one's own handling a statement (01), an attack on someone's failure words (11), strong opposition
provided an opposition (11, not aid), an act of others one wants to see an appeal (02, not one's own intent),
a regulator's fine an administrative sanction (17), refugees accepted or taken in asylum given (07). The
sentences are ours and their parses are written by hand (tests/hand_docs.py)."""

from __future__ import annotations

from hand_docs import codes_between, facts_with_roots, roots_between

# "Nike lost its supply deal with Brill."
LOST_DEAL = """
Nike      Nike      PROPN NNP  2  nsubj     ORG
lost      lose      VERB  VBD  0  ROOT      -
its       its       PRON  PRP$ 5  poss      -
supply    supply    NOUN  NN   5  compound  -
deal      deal      NOUN  NN   2  dobj      -
with      with      ADP   IN   5  prep      -
Brill     Brill     PROPN NNP  6  pobj      ORG
.         .         PUNCT .    2  punct     -
"""

# "Nike signed a supply deal with Brill." (a deal made stays cooperation)
SIGNED_DEAL = """
Nike      Nike      PROPN NNP  2  nsubj     ORG
signed    sign      VERB  VBD  0  ROOT      -
a         a         DET   DT   5  det       -
supply    supply    NOUN  NN   5  compound  -
deal      deal      NOUN  NN   2  dobj      -
with      with      ADP   IN   5  prep      -
Brill     Brill     PROPN NNP  6  pobj      ORG
.         .         PUNCT .    2  punct     -
"""

# "Brill gave Nike the right to sell boots."
GAVE_RIGHT = """
Brill     Brill     PROPN NNP  2  nsubj     ORG
gave      give      VERB  VBD  0  ROOT      -
Nike      Nike      PROPN NNP  2  dative    ORG
the       the       DET   DT   5  det       -
right     right     NOUN  NN   2  dobj      -
to        to        PART  TO   7  aux       -
sell      sell      VERB  VB   5  acl       -
boots     boot      NOUN  NNS  7  dobj      -
.         .         PUNCT .    2  punct     -
"""

# "Senator Ruiz defended his handling of Chile."
DEFENDED_HANDLING = """
Senator   Senator   PROPN NNP  2  compound  -
Ruiz      Ruiz      PROPN NNP  3  nsubj     PERSON
defended  defend    VERB  VBD  0  ROOT      -
his       his       PRON  PRP$ 5  poss      -
handling  handling  NOUN  NN   3  dobj      -
of        of        ADP   IN   5  prep      -
Chile     Chile     PROPN NNP  6  pobj      GPE
.         .         PUNCT .    3  punct     -
"""

# "Senator Ruiz attacked Peru's failure to cut taxes."
ATTACKED_FAILURE = """
Senator   Senator   PROPN NNP  2  compound  -
Ruiz      Ruiz      PROPN NNP  3  nsubj     PERSON
attacked  attack    VERB  VBD  0  ROOT      -
Peru      Peru      PROPN NNP  6  poss      GPE
's        's        PART  POS  4  case      -
failure   failure   NOUN  NN   3  dobj      -
to        to        PART  TO   8  aux       -
cut       cut       VERB  VB   6  acl       -
taxes     tax       NOUN  NNS  8  dobj      -
.         .         PUNCT .    3  punct     -
"""

# "The Greens had provided strong opposition to Chile's plans."
PROVIDED_OPPOSITION = """
The        the        DET   DT   2  det       -
Greens     Greens     PROPN NNP  4  nsubj     NORP
had        have       AUX   VBD  4  aux       -
provided   provide    VERB  VBN  0  ROOT      -
strong     strong     ADJ   JJ   6  amod      -
opposition opposition NOUN  NN   4  dobj      -
to         to         ADP   IN   6  prep      -
Chile      Chile      PROPN NNP  10 poss      GPE
's         's         PART  POS  8  case      -
plans      plan       NOUN  NNS  7  pobj      -
.          .          PUNCT .    4  punct     -
"""

# "Senator Ruiz wants to see a withdrawal of Peruvian troops."
WANTS_WITHDRAWAL = """
Senator    Senator    PROPN NNP  2  compound  -
Ruiz       Ruiz       PROPN NNP  3  nsubj     PERSON
wants      want       VERB  VBZ  0  ROOT      -
to         to         PART  TO   5  aux       -
see        see        VERB  VB   3  xcomp     -
a          a          DET   DT   7  det       -
withdrawal withdrawal NOUN  NN   5  dobj      -
of         of         ADP   IN   7  prep      -
Peruvian   peruvian   ADJ   JJ   10 amod      NORP
troops     troop      NOUN  NNS  8  pobj      -
.          .          PUNCT .    3  punct     -
"""

# "Consob fined Fiat."
FINED = """
Consob    Consob    PROPN NNP  2  nsubj     ORG
fined     fine      VERB  VBD  0  ROOT      -
Fiat      Fiat      PROPN NNP  2  dobj      ORG
.         .         PUNCT .    2  punct     -
"""

# "Consob imposed a fine on Fiat."
IMPOSED_FINE = """
Consob    Consob    PROPN NNP  2  nsubj     ORG
imposed   impose    VERB  VBD  0  ROOT      -
a         a         DET   DT   4  det       -
fine      fine      NOUN  NN   2  dobj      -
on        on        ADP   IN   2  prep      -
Fiat      Fiat      PROPN NNP  5  pobj      ORG
.         .         PUNCT .    2  punct     -
"""

# "Chile will accept refugees."
ACCEPTS_REFUGEES = """
Chile     Chile     PROPN NNP  3  nsubj     GPE
will      will      AUX   MD   3  aux       -
accept    accept    VERB  VB   0  ROOT      -
refugees  refugee   NOUN  NNS  3  dobj      -
.         .         PUNCT .    3  punct     -
"""

# "Chile should take its share of refugees."
SHARE_OF_REFUGEES = """
Chile     Chile     PROPN NNP  3  nsubj     GPE
should    should    AUX   MD   3  aux       -
take      take      VERB  VB   0  ROOT      -
its       its       PRON  PRP$ 5  poss      -
share     share     NOUN  NN   3  dobj      -
of        of        ADP   IN   5  prep      -
refugees  refugee   NOUN  NNS  6  pobj      -
.         .         PUNCT .    3  punct     -
"""


def test_a_deal_lost_is_no_cooperation() -> None:
    assert roots_between(LOST_DEAL, "Nike", "Brill") == {None}
    assert "05" in roots_between(SIGNED_DEAL, "Nike", "Brill")


def test_a_right_granted_is_no_aid() -> None:
    assert roots_between(GAVE_RIGHT, "Brill", "Nike") == {None}


def test_defending_ones_handling_is_a_statement() -> None:
    assert ("Ruiz", "defend handling of", "Chile", "01") in facts_with_roots(DEFENDED_HANDLING)


def test_an_attack_on_a_failure_is_criticism() -> None:
    assert ("Ruiz", "attack", "Peru", "11") in facts_with_roots(ATTACKED_FAILURE)
    assert ("Ruiz", "attack", "Peru", "18") not in facts_with_roots(ATTACKED_FAILURE)


def test_opposition_provided_is_disapproval_not_aid() -> None:
    assert roots_between(PROVIDED_OPPOSITION, "Greens", "Chile") == {"11"}


def test_a_withdrawal_one_wants_to_see_is_an_appeal() -> None:
    assert codes_between(WANTS_WITHDRAWAL, "Ruiz", "Peruvian military") == {"020"}


def test_a_fine_is_an_administrative_sanction() -> None:
    assert codes_between(FINED, "Consob", "Fiat") == {"172"}
    assert codes_between(IMPOSED_FINE, "Consob", "Fiat") == {"172"}


def test_refugees_taken_in_are_given_asylum() -> None:
    assert codes_between(ACCEPTS_REFUGEES, "Chile", "refugees") == {"075"}
    assert codes_between(SHARE_OF_REFUGEES, "Chile", "refugees") == {"075"}


# "Fiat was fined 2m euros by Consob." (the parser hangs "by Consob" on the sum)
FINED_A_SUM_BY = """
Fiat      Fiat      PROPN NNP  3  nsubjpass ORG
was       be        AUX   VBD  3  auxpass   -
fined     fine      VERB  VBN  0  ROOT      -
2         2         NUM   CD   5  nummod    CARDINAL
m         m         NOUN  NN   6  compound  -
euros     euro      NOUN  NNS  3  dobj      -
by        by        ADP   IN   6  prep      -
Consob    Consob    PROPN NNP  7  pobj      ORG
.         .         PUNCT .    3  punct     -
"""


def test_a_by_phrase_hung_on_the_sum_of_a_passive_names_its_doer() -> None:
    assert codes_between(FINED_A_SUM_BY, "Consob", "Fiat") == {"172"}
