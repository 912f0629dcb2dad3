"""Wave 89 H: a "Reserve Bank" is a state's central bank, a state body (GOV), never a commercial lender
(state_bodies.tsv, as "Central Bank"), so one named bare is the bank of the state whose plans its governor
tells (offices.ministries_spoken_for): "Argentina will ask its banks for loans, Reserve Bank governor X said"
in a story that names Canada too gives the bank and its governor Argentina. The parse is stated by hand
(tests/hand_docs.py); the sentence and names are ours."""

from __future__ import annotations

from hand_docs import country_of, read, then_abroad

_GOVERNOR_SAID = """
Argentina      Argentina      PROPN  NNP     3 nsubj      GPE
will           will           AUX    MD      3 aux        -
ask            ask            VERB   VB     15 ccomp      -
its            its            PRON   PRP$    5 poss       -
banks          bank           NOUN   NNS     3 dobj       -
for            for            ADP    IN      3 prep       -
new            new            ADJ    JJ      8 amod       -
loans          loan           NOUN   NNS     6 pobj       -
,              ,              PUNCT  ,      15 punct      -
Reserve        Reserve        PROPN  NNP    11 compound   ORG
Bank           Bank           PROPN  NNP    12 compound   I-ORG
governor       governor       NOUN   NN     14 compound   -
Carlos         Carlos         PROPN  NNP    14 compound   PERSON
Ruiz           Ruiz           PROPN  NNP    15 nsubj      I-PERSON
said           say            VERB   VBD     0 ROOT       -
.              .              PUNCT  .      15 punct      -
"""


def test_a_reserve_bank_is_the_state_body_of_its_governors_state():
    reading = read(then_abroad(_GOVERNOR_SAID))
    [bank] = [e for e in reading.entities.entities() if e.label == "Reserve Bank"]
    assert bank.sector == "GOV"
    assert bank.country == "ARG"
    assert country_of(reading, "Carlos Ruiz") == "ARG"
