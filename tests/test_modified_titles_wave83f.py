"""Wave 83 F: a role that may modify another ("chief", "deputy") before a field's words and a role noun heads
one title of them all ("chief debt negotiator", not an office "chief" of the owner: titles.role_phrase,
_field_before_role), and the copula's edge that repeats a title's office in the same sentence cut to its last
word ("be negotiator") is dropped (relations._offices_titles_state). The parse is stated by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.entities.titles import role_phrase
from hand_docs import read_triples

_WHO_IS = """
Tomas          Tomas          PROPN  NNP      2 compound   PERSON
Arvelo         Arvelo         PROPN  NNP     12 nsubj      I-PERSON
,              ,              PUNCT  ,        2 punct      -
who            who            PRON   WP       5 nsubj      -
is             be             AUX    VBZ      2 relcl      -
Peru           Peru           PROPN  NNP     10 poss       GPE
's             's             PART   POS      6 case       -
chief          chief          ADJ    JJ      10 amod       -
debt           debt           NOUN   NN      10 compound   -
negotiator     negotiator     NOUN   NN       5 attr       -
,              ,              PUNCT  ,        2 punct      -
resigned       resign         VERB   VBD      0 ROOT       -
.              .              PUNCT  .       12 punct      -
"""


def test_field_between_chief_and_role_is_one_title():
    assert role_phrase(["chief", "debt", "negotiator"]) == "chief debt negotiator"
    assert role_phrase(["deputy", "loan", "officer"]) == "deputy loan officer"


def test_who_is_owners_modified_title_is_the_whole_office():
    triples = read_triples(_WHO_IS)
    assert ("Tomas Arvelo", "chief debt negotiator of", "Peru") in triples
    assert not any(predicate in ("chief of", "be negotiator") for _, predicate, _ in triples)
