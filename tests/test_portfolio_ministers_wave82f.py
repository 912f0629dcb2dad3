"""Wave 82 F: a bare portfolio minister is never the office of a state whose offices are departments."""

from __future__ import annotations

from tests.hand_docs import country_of, read

PLANNING = """
The            the            DET    DT      3 det        GPE
United         United         PROPN  NNP     3 compound   I-GPE
States         States         PROPN  NNP     5 nsubj      I-GPE
will           will           AUX    MD      5 aux        -
help           help           VERB   VB      0 ROOT       -
Brazil         Brazil         PROPN  NNP     5 dobj       GPE
.              .              PUNCT  .       5 punct      -
U.S.           U.S.           PROPN  NNP     9 compound   GPE
officials      official       NOUN   NNS    10 nsubj      -
fear           fear           VERB   VBP     0 ROOT       -
the            the            DET    DT     12 det        -
ouster         ouster         NOUN   NN     10 dobj       -
of             of             ADP    IN     12 prep       -
Planning       planning       NOUN   NN     15 compound   -
minister       minister       NOUN   NN     17 compound   -
Joao           Joao           PROPN  NNP    17 compound   PERSON
Sayad          Sayad          PROPN  NNP    13 pobj       I-PERSON
.              .              PUNCT  .      10 punct      -
"""


def test_planning_minister_is_the_other_states():
    # "Planning minister X" in a story mostly about the United States, which has no ministers: Brazil's
    assert country_of(read(PLANNING), "Joao Sayad") == "BRA"


def test_finance_minister_is_the_other_states():
    table = PLANNING.replace(
        "Planning       planning       NOUN   NN     15 compound   -",
        "Finance        Finance        PROPN  NNP    15 compound   -",
    ).replace(
        "minister       minister       NOUN   NN     17 compound   -",
        "Minister       Minister       PROPN  NNP    17 compound   -",
    )
    assert country_of(read(table), "Joao Sayad") == "BRA"


def test_no_state_with_ministries_named_gives_none():
    # the same minister in a story naming only the United States is no US minister
    table = PLANNING.replace(
        "Brazil         Brazil         PROPN  NNP     5 dobj       GPE",
        "banks          bank           NOUN   NNS     5 dobj       -",
    )
    assert country_of(read(table), "Joao Sayad") is None
