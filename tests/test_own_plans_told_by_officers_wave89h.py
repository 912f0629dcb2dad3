"""Wave 89 H: an office written with no state of its own ("Treasury Secretary X", "Economy Minister Y") held
by the speaker of a report whose content's subject is a state telling its own plan, expectation or aim
("Argentina will ask ...", "Argentina expects to ...", "Argentina's goal is ...") is that state's, where the
story places it in no state (affiliations/offices.py _told_intent; ministries_spoken_for now reads a bare
"Treasury" too). Not where the text gives the speaker a state, nor where the state is told what it must do
("X said Argentina must pay"). The stories name Canada as well, so no one-state reading places anyone. The
parse is stated by hand (tests/hand_docs.py); the sentences and names are ours."""

from __future__ import annotations

from hand_docs import country_of, read, then_abroad

_WILL_ASK = """
Argentina      Argentina      PROPN  NNP     3 nsubj      GPE
will           will           AUX    MD      3 aux        -
ask            ask            VERB   VB     14 ccomp      -
its            its            PRON   PRP$    5 poss       -
banks          bank           NOUN   NNS     3 dobj       -
for            for            ADP    IN      3 prep       -
new            new            ADJ    JJ      8 amod       -
loans          loan           NOUN   NNS     6 pobj       -
,              ,              PUNCT  ,      14 punct      -
Treasury       Treasury       PROPN  NNP    11 compound   ORG
Secretary      Secretary      PROPN  NNP    13 compound   -
Juan           Juan           PROPN  NNP    13 compound   PERSON
Perez          Perez          PROPN  NNP    14 nsubj      I-PERSON
said           say            VERB   VBD     0 ROOT       -
.              .              PUNCT  .      14 punct      -
"""

_MUST_PAY = """
Treasury       Treasury       PROPN  NNP     2 compound   ORG
Secretary      Secretary      PROPN  NNP     4 compound   -
Juan           Juan           PROPN  NNP     4 compound   PERSON
Perez          Perez          PROPN  NNP     5 nsubj      I-PERSON
said           say            VERB   VBD     0 ROOT       -
Argentina      Argentina      PROPN  NNP     8 nsubj      GPE
must           must           AUX    MD      8 aux        -
pay            pay            VERB   VB      5 ccomp      -
its            its            PRON   PRP$   10 poss       -
banks          bank           NOUN   NNS     8 dobj       -
.              .              PUNCT  .       5 punct      -
"""

_EXPECTS = """
Argentina      Argentina      PROPN  NNP     2 nsubj      GPE
expects        expect         VERB   VBZ    13 ccomp      -
to             to             PART   TO      4 aux        -
sign           sign           VERB   VB      2 xcomp      -
a              a              DET    DT      7 det        -
loan           loan           NOUN   NN      7 compound   -
accord         accord         NOUN   NN      4 dobj       -
,              ,              PUNCT  ,      13 punct      -
Economy        Economy        PROPN  NNP    10 compound   -
Minister       Minister       PROPN  NNP    12 compound   -
Juan           Juan           PROPN  NNP    12 compound   PERSON
Perez          Perez          PROPN  NNP    13 nsubj      I-PERSON
said           say            VERB   VBD     0 ROOT       -
.              .              PUNCT  .      13 punct      -
"""

_GOAL = """
Argentina      Argentina      PROPN  NNP     3 poss       GPE
's             's             PART   POS     1 case       -
goal           goal           NOUN   NN      4 nsubj      -
is             be             AUX    VBZ    13 ccomp      -
to             to             PART   TO      6 aux        -
cut            cut            VERB   VB      4 xcomp      -
inflation      inflation      NOUN   NN      6 dobj       -
,              ,              PUNCT  ,      13 punct      -
Economy        Economy        PROPN  NNP    10 compound   -
Minister       Minister       PROPN  NNP    12 compound   -
Juan           Juan           PROPN  NNP    12 compound   PERSON
Perez          Perez          PROPN  NNP    13 nsubj      I-PERSON
said           say            VERB   VBD     0 ROOT       -
.              .              PUNCT  .      13 punct      -
"""


_US_WILL_ASK = """
U.S.           U.S.           PROPN  NNP     3 compound   ORG
Treasury       Treasury       PROPN  NNP     3 compound   I-ORG
Secretary      Secretary      PROPN  NNP     5 compound   -
Juan           Juan           PROPN  NNP     5 compound   PERSON
Perez          Perez          PROPN  NNP     6 nsubj      I-PERSON
said           say            VERB   VBD     0 ROOT       -
Argentina      Argentina      PROPN  NNP     9 nsubj      GPE
will           will           AUX    MD      9 aux        -
ask            ask            VERB   VB      6 ccomp      -
its            its            PRON   PRP$   11 poss       -
banks          bank           NOUN   NNS     9 dobj       -
.              .              PUNCT  .       6 punct      -
"""


def test_treasury_secretary_telling_a_states_plan_is_its_officer():
    reading = read(then_abroad(_WILL_ASK))
    assert country_of(reading, "Juan Perez") == "ARG"
    assert country_of(reading, "Treasury") == "ARG"
    # "X said Argentina must pay": a demand made of the state, not its plan
    assert country_of(read(then_abroad(_MUST_PAY)), "Juan Perez") is None


def test_economy_minister_telling_a_states_expectation_is_its_officer():
    assert country_of(read(then_abroad(_EXPECTS)), "Juan Perez") == "ARG"
    # "U.S. Treasury Secretary X said Argentina will ask ...": the state written stands, and where the
    # tagger leaves the state's word outside the body's name, the body is no other state's
    assert country_of(read(then_abroad(_US_WILL_ASK)), "Juan Perez") == "USA"
    split = _US_WILL_ASK.replace("3 compound   ORG", "3 compound   GPE").replace("I-ORG", "ORG")
    assert country_of(read(then_abroad(split)), "Juan Perez") != "ARG"


def test_economy_minister_telling_a_states_goal_is_its_officer():
    assert country_of(read(then_abroad(_GOAL)), "Juan Perez") == "ARG"
