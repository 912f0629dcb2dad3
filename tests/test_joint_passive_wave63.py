"""Joint acts in the passive and the places they were done in (wave 63 J): an accord signed, concluded or
negotiated by two coordinated by-agents, and talks held by them, are an act between them, as the active
"A and B signed the accord" is (rule reciprocal); a city after "in" of a passive act done on its subject
("the pact was signed by A in Asuncion") is where it was done, no party to it, as in the active. Each test
states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots, read_triples

SIGNED_BY_TWO_IN_A_CITY = """
    The      the      DET   DT  2  det       -
    pact     pact     NOUN  NN  4  nsubjpass -
    was      be       AUX   VBD 4  auxpass   -
    signed   sign     VERB  VBN 0  ROOT      -
    by       by       ADP   IN  4  agent     -
    Bolivia  Bolivia  PROPN NNP 5  pobj      GPE
    and      and      CCONJ CC  6  cc        -
    Paraguay Paraguay PROPN NNP 6  conj      GPE
    in       in       ADP   IN  4  prep      -
    Asuncion Asuncion PROPN NNP 9  pobj      GPE
    on       on       ADP   IN  4  prep      -
    Monday   Monday   PROPN NNP 11 pobj      DATE
    .        .        PUNCT .   4  punct     -
    """


def test_an_accord_signed_by_two_states_is_signed_between_them() -> None:
    acts = facts_with_roots(SIGNED_BY_TWO_IN_A_CITY)
    assert ("Bolivia", "sign pact with", "Paraguay", "05") in acts


def test_the_city_a_passive_accord_was_signed_in_is_no_party() -> None:
    acts = read_triples(SIGNED_BY_TWO_IN_A_CITY)
    assert not [a for a in acts if a[2] == "Asuncion"]


def test_the_city_of_one_agents_passive_act_is_no_party() -> None:
    acts = read_triples("""
    The      the      DET   DT  2  det       -
    pact     pact     NOUN  NN  4  nsubjpass -
    was      be       AUX   VBD 4  auxpass   -
    signed   sign     VERB  VBN 0  ROOT      -
    by       by       ADP   IN  4  agent     -
    Paraguay Paraguay PROPN NNP 5  pobj      GPE
    in       in       ADP   IN  4  prep      -
    Asuncion Asuncion PROPN NNP 7  pobj      GPE
    .        .        PUNCT .   4  punct     -
    """)
    assert not [a for a in acts if a[2] == "Asuncion"]


def test_a_treaty_concluded_by_two_states_is_concluded_between_them() -> None:
    acts = read_triples("""
    The       the       DET   DT  2 det       -
    treaty    treaty    NOUN  NN  4 nsubjpass -
    was       be        AUX   VBD 4 auxpass   -
    concluded conclude  VERB  VBN 0 ROOT      -
    by        by        ADP   IN  4 agent     -
    Ecuador   Ecuador   PROPN NNP 5 pobj      GPE
    and       and       CCONJ CC  6 cc        -
    Colombia  Colombia  PROPN NNP 6 conj      GPE
    .         .         PUNCT .   4 punct     -
    """)
    assert ("Ecuador", "conclude treaty with", "Colombia") in acts
    assert not [a for a in acts if a[2] == "treaty"]  # the fuller edge takes the accord in


def test_consultations_held_by_two_states_are_a_meeting_between_them() -> None:
    acts = facts_with_roots("""
    Consultations consultation NOUN  NNS 3 nsubjpass -
    were          be           AUX   VBD 3 auxpass   -
    held          hold         VERB  VBN 0 ROOT      -
    by            by           ADP   IN  3 agent     -
    Bolivia       Bolivia      PROPN NNP 4 pobj      GPE
    and           and          CCONJ CC  5 cc        -
    Paraguay      Paraguay     PROPN NNP 5 conj      GPE
    .             .            PUNCT .   3 punct     -
    """)
    assert [a for a in acts if a[0] == "Bolivia" and a[2] == "Paraguay" and a[3] == "04"]


def test_a_state_met_by_two_others_is_met_by_each() -> None:
    acts = read_triples("""
    Peru    Peru    PROPN NNP 3 nsubjpass GPE
    was     be      AUX   VBD 3 auxpass   -
    met     meet    VERB  VBN 0 ROOT      -
    by      by      ADP   IN  3 agent     -
    Chile   Chile   PROPN NNP 4 pobj      GPE
    and     and     CCONJ CC  5 cc        -
    Bolivia Bolivia PROPN NNP 5 conj      GPE
    .       .       PUNCT .   3 punct     -
    """)
    assert ("Chile", "meet with", "Peru") in acts
    assert not [a for a in acts if {a[0], a[2]} == {"Chile", "Bolivia"}]


def test_the_city_two_states_signed_in_is_no_partner() -> None:
    acts = facts_with_roots("""
    Bolivia  Bolivia  PROPN NNP 4 nsubj GPE
    and      and      CCONJ CC  1 cc    -
    Paraguay Paraguay PROPN NNP 1 conj  GPE
    signed   sign     VERB  VBD 0 ROOT  -
    in       in       ADP   IN  4 prep  -
    Asuncion Asuncion PROPN NNP 5 pobj  GPE
    .        .        PUNCT .   4 punct -
    """)
    assert ("Bolivia", "sign with", "Paraguay", "05") in acts
    assert not [a for a in acts if a[2] == "Asuncion"]


def test_the_city_of_a_ceremony_an_accord_was_signed_at_is_no_party() -> None:
    acts = read_triples("""
    Bolivia  Bolivia  PROPN NNP 4  nsubj GPE
    and      and      CCONJ CC  1  cc    -
    Paraguay Paraguay PROPN NNP 1  conj  GPE
    signed   sign     VERB  VBD 0  ROOT  -
    the      the      DET   DT  6  det   -
    pact     pact     NOUN  NN  4  dobj  -
    at       at       ADP   IN  4  prep  -
    a        a        DET   DT  9  det   -
    ceremony ceremony NOUN  NN  7  pobj  -
    in       in       ADP   IN  9  prep  -
    Asuncion Asuncion PROPN NNP 10 pobj  GPE
    .        .        PUNCT .   4  punct -
    """)
    assert ("Bolivia", "sign pact with", "Paraguay") in acts
    assert not [a for a in acts if a[2] == "Asuncion"]


def test_the_city_one_state_signed_in_is_where_with_no_code() -> None:
    acts = facts_with_roots("""
    Paraguay Paraguay PROPN NNP 2 nsubj GPE
    signed   sign     VERB  VBD 0 ROOT  -
    in       in       ADP   IN  2 prep  -
    Asuncion Asuncion PROPN NNP 3 pobj  GPE
    .        .        PUNCT .   2 punct -
    """)
    assert ("Paraguay", "sign in", "Asuncion", None) in acts
