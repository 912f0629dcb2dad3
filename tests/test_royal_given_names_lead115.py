"""A royal called by title and given name is not a commoner whose full name opens with that given name
(lead, stop 53): after "Mayor Harald Jensen", "King Harald" is someone else, while a regnal name ("Olaf V")
still takes "King Olaf". Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read, read_triples

MAYOR_THEN_KING = """
Mayor    Mayor    PROPN NNP 3  compound -
Harald   Harald   PROPN NNP 3  compound PERSON
Jensen   Jensen   PROPN NNP 4  nsubj    I-PERSON
praised  praise   VERB  VBD 0  ROOT     -
the      the      DET   DT  6  det      -
deal     deal     NOUN  NN  4  dobj     -
.        .        PUNCT .   4  punct    -
King     King     PROPN NNP 9  compound PERSON
Harald   Harald   PROPN NNP 10 nsubj    I-PERSON
visited  visit    VERB  VBD 0  ROOT     -
Sweden   Sweden   PROPN NNP 10 dobj     GPE
.        .        PUNCT .   10 punct    -
"""


def test_a_king_is_not_the_mayor_who_shares_his_given_name() -> None:
    visitors = {s for s, p, o in read_triples(MAYOR_THEN_KING) if p == "visit" and o == "Sweden"}
    assert visitors and "Harald Jensen" not in visitors, visitors


def test_the_king_and_the_mayor_are_two_people() -> None:
    people = {e.label for e in read(MAYOR_THEN_KING).entities.entities() if e.type == "PERSON"}
    assert "Harald Jensen" in people and len(people) == 2, people


def test_a_regnal_name_still_takes_the_titled_given_name() -> None:
    people = {
        e.label
        for e in read("""
        Olaf     Olaf     PROPN NNP 2  compound PERSON
        V        V        PROPN NNP 3  nsubj    I-PERSON
        visited  visit    VERB  VBD 0  ROOT     -
        Sweden   Sweden   PROPN NNP 3  dobj     GPE
        .        .        PUNCT .   3  punct    -
        King     King     PROPN NNP 7  compound -
        Olaf     Olaf     PROPN NNP 8  nsubj    PERSON
        met      meet     VERB  VBD 0  ROOT     -
        Carl     Carl     PROPN NNP 10 compound PERSON
        Bildt    Bildt    PROPN NNP 8  dobj     I-PERSON
        .        .        PUNCT .   8  punct    -
        """).entities.entities()
        if e.type == "PERSON"
    }
    assert people == {"Olaf V", "Carl Bildt"}, people
