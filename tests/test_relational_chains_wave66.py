"""Entities reached through a relational noun (wave 66 G). An entity reached through a noun that names
another actor or thing by its relation to it ("a stake in a partner of Y", "a substitute for Y's proposal")
is no party of the verb; "X is a partner of Y" still says the relation, and a group's supporters acted on
stay its people. Each test states its parse by hand (tests/hand_docs.py); the
sentences are ours."""

from __future__ import annotations

from hand_docs import read_modal_acts


def _between(acts: set, subject: str, obj: str) -> list:
    return [a for a in acts if a[0] == subject and a[2] == obj]


def test_a_firm_reached_through_a_partner_is_no_party() -> None:
    acts = read_modal_acts("""
    Acme      Acme      PROPN NNP 2 nsubj ORG
    acquired  acquire   VERB  VBD 0 ROOT  -
    a         a         DET   DT  4 det   -
    stake     stake     NOUN  NN  2 dobj  -
    in        in        ADP   IN  2 prep  -
    a         a         DET   DT  7 det   -
    partner   partner   NOUN  NN  5 pobj  -
    of        of        ADP   IN  7 prep  -
    Globex    Globex    PROPN NNP 8 pobj  ORG
    .         .         PUNCT .   2 punct -
    """)
    assert not _between(acts, "Acme", "Globex")


def test_a_state_reached_through_a_substitute_is_no_party() -> None:
    acts = read_modal_acts("""
    Chile       Chile       PROPN NNP 2 nsubj GPE
    proposed    propose     VERB  VBD 0 ROOT  -
    a           a           DET   DT  4 det   -
    substitute  substitute  NOUN  NN  2 dobj  -
    for         for         ADP   IN  4 prep  -
    Peru        Peru        PROPN NNP 8 poss  GPE
    's          's          PART  POS 6 case  -
    proposal    proposal    NOUN  NN  5 pobj  -
    .           .           PUNCT .   2 punct -
    """)
    assert not _between(acts, "Chile", "Peru")


def test_a_relation_said_by_a_copula_stays() -> None:
    acts = read_modal_acts("""
    Acme     Acme     PROPN NNP 2 nsubj ORG
    is       be       AUX   VBZ 0 ROOT  -
    a        a        DET   DT  4 det   -
    partner  partner  NOUN  NN  2 attr  -
    of       of       ADP   IN  4 prep  -
    Globex   Globex   PROPN NNP 5 pobj  ORG
    .        .        PUNCT .   2 punct -
    """)
    assert _between(acts, "Acme", "Globex")


def test_a_groups_supporters_acted_on_stay_its_people() -> None:
    acts = read_modal_acts("""
    Chile       Chile       PROPN NNP 2 nsubj GPE
    detained    detain      VERB  VBD 0 ROOT  -
    supporters  supporter   NOUN  NNS 2 dobj  -
    of          of          ADP   IN  3 prep  -
    Hamas       Hamas       PROPN NNP 4 pobj  ORG
    .           .           PUNCT .   2 punct -
    """)
    assert _between(acts, "Chile", "Hamas")
