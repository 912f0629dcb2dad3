"""Wave 102 G: a person or a government that comes or goes to a state, or a state's official or body that
comes to another state's capital, visits it (042, as "travelled to" and "left for" do; cameo.tsv come to, go
to). What a state owns that one comes or goes to ("came to Peru's aid", "went to Peru's court") is no visit
to it. The parses are stated by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import roots_between

# "In February, Trade Director Jan Bolt came to Peru and said talks would resume."
_CAME_TO_A_STATE = """
In           in           ADP   IN   8   prep      -
February     February     PROPN NNP  1   pobj      DATE
,            ,            PUNCT ,    8   punct     -
Trade        Trade        PROPN NNP  5   compound  -
Director     Director     PROPN NNP  7   compound  -
Jan          Jan          PROPN NNP  7   compound  PERSON
Bolt         Bolt         PROPN NNP  8   nsubj     I-PERSON
came         come         VERB  VBD  0   ROOT      -
to           to           ADP   IN   8   prep      -
Peru         Peru         PROPN NNP  9   pobj      GPE
and          and          CCONJ CC   8   cc        -
said         say          VERB  VBD  8   conj      -
talks        talk         NOUN  NNS  15  nsubj     -
would        would        AUX   MD   15  aux       -
resume       resume       VERB  VB   12  ccomp     -
.            .            PUNCT .    8   punct     -
"""

# "The Chilean government came to Peru."
_GOVERNMENT_CAME = """
The          the          DET   DT   3   det       -
Chilean      chilean      ADJ   JJ   3   amod      NORP
government   government   NOUN  NN   4   nsubj     -
came         come         VERB  VBD  0   ROOT      -
to           to           ADP   IN   4   prep      -
Peru         Peru         PROPN NNP  5   pobj      GPE
.            .            PUNCT .    4   punct     -
"""

# "President Ana Ruiz came to Peru's aid."
_CAME_TO_AID = """
President    President    PROPN NNP  3   compound  -
Ana          Ana          PROPN NNP  3   compound  PERSON
Ruiz         Ruiz         PROPN NNP  4   nsubj     I-PERSON
came         come         VERB  VBD  0   ROOT      -
to           to           ADP   IN   4   prep      -
Peru         Peru         PROPN NNP  8   poss      GPE
's           's           PART  POS  6   case      -
aid          aid          NOUN  NN   5   pobj      -
.            .            PUNCT .    4   punct     -
"""


def test_person_who_came_to_a_state_visits_it() -> None:
    assert roots_between(_CAME_TO_A_STATE, "Jan Bolt", "Peru") == {"04"}


def test_government_that_came_to_a_state_visits_it() -> None:
    assert roots_between(_GOVERNMENT_CAME, "Chile", "Peru") == {"04"}


def test_coming_to_a_states_aid_is_no_visit() -> None:
    assert "04" not in roots_between(_CAME_TO_AID, "Ana Ruiz", "Peru")
