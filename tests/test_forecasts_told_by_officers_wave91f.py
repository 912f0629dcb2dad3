"""Wave 91 F: a state's forecast is no plan of its own. An officer whose title names no state, telling what
a state expects ("X said Argentina expects a trade surplus", "expects inflation to fall"), is as often
another state's officer as its own, so the forecast does not give him the state; a verb of a chain that is
no verb of intention ("expect", "look", "intend") tells a state's own plan only with an infinitive of the
state's own act ("Argentina expects to sign", wave 89 H). Nor does an aim no state owns ("In Argentina, the
goal is to ..."): the aim noun must have a state as its owner ("Argentina's goal", "the Argentine goal").
The stories name Canada as well, so no one-state reading places anyone (affiliations/offices.py
_told_intent). The parse is stated by hand (tests/hand_docs.py); the sentences and names are ours."""

from __future__ import annotations

from hand_docs import country_of, read, then_abroad

_EXPECTS_SURPLUS = """
Argentina      Argentina      PROPN  NNP     2 nsubj      GPE
expects        expect         VERB   VBZ    11 ccomp      -
a              a              DET    DT      5 det        -
trade          trade          NOUN   NN      5 compound   -
surplus        surplus        NOUN   NN      2 dobj       -
,              ,              PUNCT  ,      11 punct      -
Economy        Economy        PROPN  NNP     8 compound   -
Minister       Minister       PROPN  NNP    10 compound   -
Juan           Juan           PROPN  NNP    10 compound   PERSON
Perez          Perez          PROPN  NNP    11 nsubj      I-PERSON
said           say            VERB   VBD     0 ROOT       -
.              .              PUNCT  .      11 punct      -
"""

# "expects inflation to fall" as the parser hangs it when it reads "inflation" as the object
_EXPECTS_PRICES = """
Argentina      Argentina      PROPN  NNP     2 nsubj      GPE
expects        expect         VERB   VBZ    11 ccomp      -
inflation      inflation      NOUN   NN      2 dobj       -
to             to             PART   TO      5 aux        -
fall           fall           VERB   VB      2 xcomp      -
,              ,              PUNCT  ,      11 punct      -
Economy        Economy        PROPN  NNP     8 compound   -
Minister       Minister       PROPN  NNP    10 compound   -
Juan           Juan           PROPN  NNP    10 compound   PERSON
Perez          Perez          PROPN  NNP    11 nsubj      I-PERSON
said           say            VERB   VBD     0 ROOT       -
.              .              PUNCT  .      11 punct      -
"""

_GOAL_IN_THE_STATE = """
In             in             ADP    IN      6 prep       -
Argentina      Argentina      PROPN  NNP     1 pobj       GPE
,              ,              PUNCT  ,       6 punct      -
the            the            DET    DT      5 det        -
goal           goal           NOUN   NN      6 nsubj      -
is             be             AUX    VBZ    15 ccomp      -
to             to             PART   TO      8 aux        -
cut            cut            VERB   VB      6 xcomp      -
inflation      inflation      NOUN   NN      8 dobj       -
,              ,              PUNCT  ,      15 punct      -
Economy        Economy        PROPN  NNP    12 compound   -
Minister       Minister       PROPN  NNP    14 compound   -
Juan           Juan           PROPN  NNP    14 compound   PERSON
Perez          Perez          PROPN  NNP    15 nsubj      I-PERSON
said           say            VERB   VBD     0 ROOT       -
.              .              PUNCT  .      15 punct      -
"""

_ARGENTINE_GOAL = """
The            the            DET    DT      3 det        -
Argentine      Argentine      ADJ    JJ      3 amod       NORP
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


def test_officer_telling_a_states_forecast_is_not_its_officer():
    assert country_of(read(then_abroad(_EXPECTS_SURPLUS)), "Juan Perez") is None
    assert country_of(read(then_abroad(_EXPECTS_PRICES)), "Juan Perez") is None


def test_officer_telling_an_aim_no_state_owns_is_not_its_officer():
    assert country_of(read(then_abroad(_GOAL_IN_THE_STATE)), "Juan Perez") is None
    # an aim a state's adjective owns is the state's own
    assert country_of(read(then_abroad(_ARGENTINE_GOAL)), "Juan Perez") == "ARG"
