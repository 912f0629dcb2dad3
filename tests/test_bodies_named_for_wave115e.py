"""A body named for what it is for ("Commission for Rural Justice", "Office of Fair Rents") before its
officer's title and name is one organisation, and the officer, not the body, speaks and acts (wave 115 E):
the tagger leaves such a name untagged where it opens a sentence (mentions._untagged_bodies_for makes the
whole name one span, before a table's bare "Commission" takes its head), and the parser hangs the titled
name on the body's "for" as the verb's subject (arguments._titled_holder reads through it). Each test
states its parse by hand (tests/hand_docs.py); the sentences and names are ours."""

from __future__ import annotations

from hand_docs import read_triples

# "Commission for Rural Justice chairman Lena Sorensen criticised Norway."
UNTAGGED_BODY = """
Commission Commission PROPN NNP 8 nsubj    -
for        for        ADP   IN  1 prep     -
Rural      Rural      PROPN NNP 4 compound -
Justice    Justice    PROPN NNP 5 compound -
chairman   chairman   NOUN  NN  7 compound -
Lena       Lena       PROPN NNP 7 compound PERSON
Sorensen   Sorensen   PROPN NNP 2 pobj     I-PERSON
criticised criticise  VERB  VBD 0 ROOT     -
Norway     Norway     PROPN NNP 8 dobj     GPE
.          .          PUNCT .   8 punct    -
"""

# "Council for Rural Justice director Lena Sorensen criticised Norway.", the body tagged whole
TAGGED_BODY = """
Council    council    NOUN  NN  8 nsubj    ORG
for        for        ADP   IN  1 prep     I-ORG
Rural      Rural      PROPN NNP 4 compound I-ORG
Justice    Justice    PROPN NNP 5 compound I-ORG
director   director   NOUN  NN  7 compound -
Lena       Lena       PROPN NNP 7 compound PERSON
Sorensen   Sorensen   PROPN NNP 2 pobj     I-PERSON
criticised criticise  VERB  VBD 0 ROOT     -
Norway     Norway     PROPN NNP 8 dobj     GPE
.          .          PUNCT .   8 punct    -
"""

# "The Council for President Lena Sorensen criticised Norway.": no body's words before the title
FOR_A_TITLED_NAME = """
The        the        DET   DT  2 det      -
Council    Council    PROPN NNP 7 nsubj    ORG
for        for        ADP   IN  2 prep     -
President  President  PROPN NNP 6 compound -
Lena       Lena       PROPN NNP 6 compound PERSON
Sorensen   Sorensen   PROPN NNP 3 pobj     I-PERSON
criticised criticise  VERB  VBD 0 ROOT     -
Norway     Norway     PROPN NNP 7 dobj     GPE
.          .          PUNCT .   7 punct    -
"""


def test_an_untagged_body_named_for_something_is_one_name() -> None:
    triples = read_triples(UNTAGGED_BODY)
    assert ("Lena Sorensen", "chairperson of", "Commission for Rural Justice") in triples
    assert not any(t[2] == "Rural Justice" or t[0] == "Commission" for t in triples)


def test_the_titled_name_on_the_bodys_for_is_the_subject() -> None:
    assert ("Lena Sorensen", "criticise", "Norway") in read_triples(UNTAGGED_BODY)


def test_the_titled_name_on_a_tagged_bodys_for_is_the_subject() -> None:
    triples = read_triples(TAGGED_BODY)
    assert ("Lena Sorensen", "criticise", "Norway") in triples
    assert not any(t[0] == "Council for Rural Justice" and t[2] == "Norway" for t in triples)


def test_a_council_for_a_titled_name_stays_the_subject() -> None:
    triples = read_triples(FOR_A_TITLED_NAME)
    assert not any(t[0] == "Lena Sorensen" and t[2] == "Norway" for t in triples)
