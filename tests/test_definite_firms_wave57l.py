"""Wave 57 L: which firm "the bank" and "the company" are. A definite description that speaks or acts goes on
with the topic, the subject of the main clause before ("X Bank acquired Y Bank. The bank said …" is X; "X
said its unit Y earned … The company plans …" is X), not a firm named last as an object or inside what was
said; one inside a prepositional phrase after a firm named as an object is that object ("a stake in the
bank"). Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.pipeline import Reading
from hand_docs import read


def facts(reading: Reading) -> set[tuple[str, str, str]]:
    """(subject label, predicate, object label) of every relation read."""
    label = {e.id: e.label for e in reading.entities.entities()}
    return {(label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in reading.relations}


# "Hokuto Bank acquired Sanwa Trust Bank in March."
_HOKUTO_ACQUIRED = """
    Hokuto         Hokuto         PROPN  NNP     2 compound   ORG
    Bank           Bank           PROPN  NNP     3 nsubj      I-ORG
    acquired       acquire        VERB   VBD     0 ROOT       -
    Sanwa          Sanwa          PROPN  NNP     6 compound   ORG
    Trust          Trust          PROPN  NNP     6 compound   I-ORG
    Bank           Bank           PROPN  NNP     3 dobj       I-ORG
    in             in             ADP    IN      3 prep       -
    March          March          PROPN  NNP     7 pobj       DATE
    .              .              PUNCT  .       3 punct      -
"""


def test_the_bank_that_speaks_is_the_subject_before_not_the_bank_it_acquired() -> None:
    # "... The bank said it would buy a stake in Dravik Capital."
    reading = read(
        _HOKUTO_ACQUIRED
        + """
    The            the            DET    DT     11 det        -
    bank           bank           NOUN   NN     12 nsubj      -
    said           say            VERB   VBD     0 ROOT       -
    it             it             PRON   PRP    15 nsubj      -
    would          would          AUX    MD     15 aux        -
    buy            buy            VERB   VB     12 ccomp      -
    a              a              DET    DT     17 det        -
    stake          stake          NOUN   NN     15 dobj       -
    in             in             ADP    IN     17 prep       -
    Dravik         Dravik         PROPN  NNP    20 compound   ORG
    Capital        Capital        PROPN  NNP    18 pobj       I-ORG
    .              .              PUNCT  .      12 punct      -
    """
    )
    stakes = [f for f in facts(reading) if f[2] == "Dravik Capital"]
    assert stakes
    assert all(f[0] == "Hokuto Bank" for f in stakes)


def test_the_bank_in_a_phrase_after_a_bank_named_as_object_is_that_bank() -> None:
    # "Hokuto Bank bought a stake in Sanwa Trust Bank and will merge with the bank."
    reading = read("""
    Hokuto         Hokuto         PROPN  NNP     2 compound   ORG
    Bank           Bank           PROPN  NNP     3 nsubj      I-ORG
    bought         buy            VERB   VBD     0 ROOT       -
    a              a              DET    DT      5 det        -
    stake          stake          NOUN   NN      3 dobj       -
    in             in             ADP    IN      5 prep       -
    Sanwa          Sanwa          PROPN  NNP     9 compound   ORG
    Trust          Trust          PROPN  NNP     9 compound   I-ORG
    Bank           Bank           PROPN  NNP     6 pobj       I-ORG
    and            and            CCONJ  CC      3 cc         -
    will           will           AUX    MD     12 aux        -
    merge          merge          VERB   VB      3 conj       -
    with           with           ADP    IN     12 prep       -
    the            the            DET    DT     15 det        -
    bank           bank           NOUN   NN     13 pobj       -
    .              .              PUNCT  .       3 punct      -
    """)
    assert ("Hokuto Bank", "merge with", "Sanwa Trust Bank") in facts(reading)


def test_the_company_that_acts_is_the_speaker_not_the_unit_it_spoke_of() -> None:
    # "Corvala Corp said its unit Tessin Inc earned 20 mln dlrs. The company plans to buy Almer Steel."
    reading = read("""
    Corvala        Corvala        PROPN  NNP     2 compound   ORG
    Corp           Corp           PROPN  NNP     3 nsubj      I-ORG
    said           say            VERB   VBD     0 ROOT       -
    its            its            PRON   PRP$    5 poss       -
    unit           unit           NOUN   NN      8 nsubj      -
    Tessin         Tessin         PROPN  NNP     7 compound   ORG
    Inc            Inc            PROPN  NNP     5 appos      I-ORG
    earned         earn           VERB   VBD     3 ccomp      -
    20             20             NUM    CD     11 nummod     CARDINAL
    mln            mln            NOUN   NN     11 amod       -
    dlrs           dlrs           NOUN   NN      8 dobj       -
    .              .              PUNCT  .       3 punct      -
    The            the            DET    DT     14 det        -
    company        company        NOUN   NN     15 nsubj      -
    plans          plan           VERB   VBZ     0 ROOT       -
    to             to             PART   TO     17 aux        -
    buy            buy            VERB   VB     15 xcomp      -
    Almer          Almer          PROPN  NNP    19 compound   ORG
    Steel          Steel          PROPN  NNP    17 dobj       I-ORG
    .              .              PUNCT  .      15 punct      -
    """)
    bought = [f for f in facts(reading) if f[2] == "Almer Steel"]
    assert bought
    assert all(f[0] == "Corvala Corp" for f in bought)


def test_the_bank_that_acts_after_a_clause_of_two_banks_is_that_clauses_subject() -> None:
    # "After Hokuto Bank acquired Sanwa Trust Bank, the bank sued Dravik Capital."
    reading = read("""
    After          after          SCONJ  IN      4 mark       -
    Hokuto         Hokuto         PROPN  NNP     3 compound   ORG
    Bank           Bank           PROPN  NNP     4 nsubj      I-ORG
    acquired       acquire        VERB   VBD    11 advcl      -
    Sanwa          Sanwa          PROPN  NNP     7 compound   ORG
    Trust          Trust          PROPN  NNP     7 compound   I-ORG
    Bank           Bank           PROPN  NNP     4 dobj       I-ORG
    ,              ,              PUNCT  ,      11 punct      -
    the            the            DET    DT     10 det        -
    bank           bank           NOUN   NN     11 nsubj      -
    sued           sue            VERB   VBD     0 ROOT       -
    Dravik         Dravik         PROPN  NNP    13 compound   ORG
    Capital        Capital        PROPN  NNP    11 dobj       I-ORG
    .              .              PUNCT  .      11 punct      -
    """)
    sued = [f for f in facts(reading) if f[2] == "Dravik Capital"]
    assert sued
    assert all(f[0] == "Hokuto Bank" for f in sued)


def test_the_company_in_a_phrase_after_a_firm_named_as_object_is_that_firm() -> None:
    # "Varden Corp bought a stake in Osric Inc and will merge with the company."
    reading = read("""
    Varden         Varden         PROPN  NNP     2 compound   ORG
    Corp           Corp           PROPN  NNP     3 nsubj      I-ORG
    bought         buy            VERB   VBD     0 ROOT       -
    a              a              DET    DT      5 det        -
    stake          stake          NOUN   NN      3 dobj       -
    in             in             ADP    IN      5 prep       -
    Osric          Osric          PROPN  NNP     8 compound   ORG
    Inc            Inc            PROPN  NNP     6 pobj       I-ORG
    and            and            CCONJ  CC      3 cc         -
    will           will           AUX    MD     11 aux        -
    merge          merge          VERB   VB      3 conj       -
    with           with           ADP    IN     11 prep       -
    the            the            DET    DT     14 det        -
    company        company        NOUN   NN     12 pobj       -
    .              .              PUNCT  .       3 punct      -
    """)
    assert ("Varden Corp", "merge with", "Osric Inc") in facts(reading)
