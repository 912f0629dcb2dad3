"""Two firms' names the tagger ran into one across "and", and a firm's name that ends in "System", "Lines"
or "Works" after a state's adjective and a firm's noun (wave 81 E). Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import country_of, read, read_triples

TWO_FIRMS = """
Pellor         Pellor         PROPN  NNP     3 nsubjpass  ORG
is             be             AUX    VBZ     3 auxpass    -
owned          own            VERB   VBN     0 ROOT       -
by             by             ADP    IN      3 agent      -
Orvan          Orvan          PROPN  NNP     7 compound   ORG
Rail           Rail           PROPN  NNP     7 compound   I-ORG
Service        Service        PROPN  NNP     8 compound   I-ORG
International  International  PROPN  NNP     4 pobj       I-ORG
and            and            CCONJ  CC      8 cc         I-ORG
Delta          Delta          PROPN  NNP    12 compound   I-ORG
Marine         Marine         PROPN  NNP    12 compound   I-ORG
Industries     Industries     PROPN  NNPS    8 conj       I-ORG
.              .              PUNCT  .       3 punct      -
"""


def test_two_firm_names_joined_by_and_in_one_tagged_span_are_two_firms() -> None:
    triples = read_triples(TWO_FIRMS)
    assert ("Orvan Rail Service International", "own", "Pellor") in triples
    assert ("Delta Marine Industries", "own", "Pellor") in triples
    assert not any(" and " in s or " and " in o for s, _, o in triples)


def test_a_firm_of_one_word_founders_joined_by_and_stays_whole() -> None:
    triples = read_triples("""
    Pellor  Pellor  PROPN NNP 3 nsubjpass ORG
    is      be      AUX   VBZ 3 auxpass   -
    owned   own     VERB  VBN 0 ROOT      -
    by      by      ADP   IN  3 agent     -
    Orvan   Orvan   PROPN NNP 8 compound  ORG
    and     and     CCONJ CC  5 cc        I-ORG
    Delta   Delta   PROPN NNP 5 conj      I-ORG
    Holdings Holdings PROPN NNPS 4 pobj   I-ORG
    .       .       PUNCT .   3 punct     -
    """)
    assert ("Orvan and Delta Holdings", "own", "Pellor") in triples


CHILEAN_AIRLINE = """
Chilean        chilean        ADJ    JJ      3 compound   ORG
Airline        Airline        PROPN  NNP     3 compound   I-ORG
System         System         PROPN  NNP     4 nsubj      I-ORG
bought         buy            VERB   VBD     0 ROOT       -
six            six            NUM    CD      6 nummod     CARDINAL
jets           jet            NOUN   NNS     4 dobj       -
from           from           ADP    IN      4 prep       -
Orvan          Orvan          PROPN  NNP     7 pobj       ORG
.              .              PUNCT  .       4 punct      -
"""


def test_a_firm_name_ending_in_system_after_a_demonym_and_a_firm_noun_is_whole() -> None:
    triples = read_triples(CHILEAN_AIRLINE)
    assert ("Chilean Airline System", "buy jet from", "Orvan") in triples
    assert not any("System" in (s, o) for s, _, o in triples)
    assert country_of(read(CHILEAN_AIRLINE), "Chilean Airline System") == "CHL"
