"""Wave 84 F: offices and titles. A field's common nouns before a role noun a field names ("director",
"manager", "officer", ...) are part of the title, with no "chief" or "deputy" before them: "X, Seawatch
conservation director" is its conservation director, not its director (titles._field_before_role, read from
the tokens' tags by roles/nouns.role_of_noun). The parses are stated by hand (tests/hand_docs.py); the
sentences are ours."""

from __future__ import annotations

from geokg.extract.entities.titles import is_occupation_of_a_place, role_phrase
from hand_docs import read_triples

_APPOSED = """
Nora           Nora           PROPN  NNP      2 compound   PERSON
Pell           Pell           PROPN  NNP      8 nsubj      I-PERSON
,              ,              PUNCT  ,        2 punct      -
Seawatch       Seawatch       PROPN  NNP      6 compound   ORG
conservation   conservation   NOUN   NN       6 compound   -
director       director       NOUN   NN       2 appos      -
,              ,              PUNCT  ,        2 punct      -
warned         warn           VERB   VBD      0 ROOT       -
.              .              PUNCT  .        8 punct      -
"""

_OF_BODY = """
Bob            Bob            PROPN  NNP      2 compound   PERSON
Fane           Fane           PROPN  NNP     12 nsubj      I-PERSON
,              ,              PUNCT  ,        2 punct      -
investor       investor       NOUN   NN       5 compound   -
relations      relation       NOUN   NNS      6 compound   -
officer        officer        NOUN   NN       2 appos      -
of             of             ADP    IN       6 prep       -
the            the            DET    DT      10 det        -
Halvard        Halvard        PROPN  NNP     10 compound   ORG
Institute      Institute      PROPN  NNP      7 pobj       I-ORG
,              ,              PUNCT  ,        2 punct      -
agreed         agree          VERB   VBD      0 ROOT       -
.              .              PUNCT  .       12 punct      -
"""


def test_field_noun_before_director_is_part_of_the_title():
    triples = read_triples(_APPOSED)
    assert ("Nora Pell", "conservation director of", "Seawatch") in triples
    assert not any(predicate == "director of" for _, predicate, _ in triples)


def test_two_field_nouns_before_officer_of_a_body():
    triples = read_triples(_OF_BODY)
    assert ("Bob Fane", "investor relations officer of", "Halvard Institute") in triples
    assert not any(predicate in ("officer of", "relations officer of") for _, predicate, _ in triples)


def test_field_title_of_a_placeless_head_stays_an_occupation():
    # "an Irish film director": a field's word makes no office of the state ("intelligence director" does)
    assert is_occupation_of_a_place("film director")
    assert not is_occupation_of_a_place("intelligence director")
    assert not is_occupation_of_a_place("central bank director")
    # a bare string's sort is unknown: no field is read from it ("a close adviser" stays an adviser)
    assert role_phrase(["close", "adviser"]) == "adviser"
