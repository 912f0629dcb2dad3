"""A state's or a city's radio or television that a deed other than speech goes out on ("Jane Doe sang on
Chicago radio", "Tom Roe appeared on Iranian television") is the deed's medium, no party to it, as a
platform is (objects.medium); words said on it are still carried to it (rules._said_on_outlet). The parse
is built by hand as the parser gave it (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

SANG = """
Jane    Jane    PROPN NNP 2 compound PERSON
Doe     Doe     PROPN NNP 3 nsubj    I-PERSON
sang    sing    VERB  VBD 0 ROOT     -
on      on      ADP   IN  3 prep     -
Chicago Chicago PROPN NNP 6 compound GPE
radio   radio   NOUN  NN  4 pobj     -
for     for     ADP   IN  3 prep     -
years   year    NOUN  NNS 7 pobj     DATE
.       .       PUNCT .   3 punct    -
"""

APPEARED = """
Tom        Tom        PROPN NNP 2 compound PERSON
Roe        Roe        PROPN NNP 3 nsubj    I-PERSON
appeared   appear     VERB  VBD 0 ROOT     -
on         on         ADP   IN  3 prep     -
Iranian    iranian    ADJ   JJ  6 amod     NORP
television television NOUN  NN  4 pobj     -
on         on         ADP   IN  3 prep     -
Monday     Monday     PROPN NNP 7 pobj     DATE
.          .          PUNCT .   3 punct    -
"""


def test_a_broadcasters_service_is_no_party_to_a_deed() -> None:
    assert not {t for t in read_triples(SANG) if t[0] == "Jane Doe"}
    assert not {t for t in read_triples(APPEARED) if t[0] == "Tom Roe"}
