"""Wave 83 F: a firm nothing else places is of the one state its named owners are all of ("X Corp, which is
owned by A Bank of Chile and B Bank of Chile") and its own production sites are in ("X Corp has not run its
plant in Chile"): affiliations/organisations.firms_of_owners_and_sites. The parse is stated by hand
(tests/hand_docs.py); the sentences and firms are ours."""

from __future__ import annotations

from hand_docs import country_of, read

_OWNED = """
Kestrel        Kestrel        PROPN  NNP      2 compound   ORG
Corp           Corp           PROPN  NNP     21 nsubj      I-ORG
,              ,              PUNCT  ,        2 punct      -
which          which          PRON   WDT      6 nsubjpass  -
is             be             AUX    VBZ      6 auxpass    -
owned          own            VERB   VBN      2 relcl      -
by             by             ADP    IN       6 agent      -
the            the            DET    DT      10 det        -
Tasman         Tasman         PROPN  NNP     10 compound   ORG
Bank           Bank           PROPN  NNP      7 pobj       I-ORG
of             of             ADP    IN      10 prep       I-ORG
Chile          Chile          PROPN  NNP     11 pobj       I-ORG
and            and            CCONJ  CC      10 cc         -
the            the            DET    DT      16 det        -
Alto           Alto           PROPN  NNP     16 compound   ORG
Bank           Bank           PROPN  NNP     10 conj       I-ORG
of             of             ADP    IN      16 prep       I-ORG
Chile          Chile          PROPN  NNP     17 pobj       I-ORG
,              ,              PUNCT  ,        2 punct      -
will           will           AUX    MD      21 aux        -
sell           sell           VERB   VB       0 ROOT       -
copper         copper         NOUN   NN      21 dobj       -
to             to             ADP    IN      21 prep       -
Japan          Japan          PROPN  NNP     23 pobj       GPE
.              .              PUNCT  .       21 punct      -
"""

_PLANT = """
Kestrel        Kestrel        PROPN  NNP      2 compound   ORG
Corp           Corp           PROPN  NNP      5 nsubj      I-ORG
has            have           AUX    VBZ      5 aux        -
not            not            PART   RB       5 neg        -
run            run            VERB   VBN      0 ROOT       -
its            its            PRON   PRP$     7 poss       -
plant          plant          NOUN   NN       5 dobj       -
in             in             ADP    IN       7 prep       -
Chile          Chile          PROPN  NNP      8 pobj       GPE
since          since          SCONJ  IN       5 prep       -
1985           1985           NUM    CD      10 pobj       DATE
.              .              PUNCT  .        5 punct      -
Kestrel        Kestrel        PROPN  NNP      2 compound   ORG
Corp           Corp           PROPN  NNP      4 nsubj      I-ORG
will           will           AUX    MD       4 aux        -
sell           sell           VERB   VB       0 ROOT       -
copper         copper         NOUN   NN       4 dobj       -
to             to             ADP    IN       4 prep       -
Japan          Japan          PROPN  NNP      6 pobj       GPE
.              .              PUNCT  .        4 punct      -
"""


def test_firm_owned_by_one_states_banks_is_that_states():
    assert country_of(read(_OWNED), "Kestrel Corp") == "CHL"


def test_firm_running_its_plant_in_a_state_is_that_states():
    assert country_of(read(_PLANT), "Kestrel Corp") == "CHL"


def test_firm_opening_a_plant_in_a_state_is_not_placed_there():
    # a foreign investor opens or builds a plant abroad: only working a site tells where a firm works
    negation = "not            not            PART   RB       5 neg        -"
    opening = _PLANT.replace(negation, "soon soon ADV RB 5 advmod -")
    opening = opening.replace("run            run            VERB   VBN", "opened open VERB VBN")
    assert country_of(read(opening), "Kestrel Corp") is None
