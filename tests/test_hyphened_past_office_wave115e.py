"""A time qualifier hyphened to a firm's name before a title ("ex-Norvik chief X") qualifies the title, as
"former" written apart does (wave 115 E): the tagger's span "ex-Norvik" is cut to the firm, and the title is
a former one of it, never a current one of a firm called "ex-Norvik". A name the tables know whole with such
a start ("Ex-Im Bank") keeps it. Each test states its parse by hand (tests/hand_docs.py); the sentences and
names are ours."""

from __future__ import annotations

from hand_docs import read_triples

# "Bankers doubted ex-Norvik chief Lena Sorensen."
EX_FIRM = """
Bankers  banker   NOUN  NNS  2 nsubj    -
doubted  doubt    VERB  VBD  0 ROOT     -
ex       ex       ADJ   JJ   6 amod     ORG
-        -        PUNCT HYPH 6 punct    I-ORG
Norvik   Norvik   PROPN NNP  6 compound I-ORG
chief    chief    NOUN  NN   8 compound -
Lena     Lena     PROPN NNP  8 compound PERSON
Sorensen Sorensen PROPN NNP  2 dobj     I-PERSON
.        .        PUNCT .    2 punct    -
"""

# "Bankers doubted former Norvik chief Lena Sorensen."
FORMER_FIRM = """
Bankers  banker   NOUN  NNS 2 nsubj    -
doubted  doubt    VERB  VBD 0 ROOT     -
former   former   ADJ   JJ  5 amod     -
Norvik   Norvik   PROPN NNP 5 compound ORG
chief    chief    NOUN  NN  7 compound -
Lena     Lena     PROPN NNP 7 compound PERSON
Sorensen Sorensen PROPN NNP 2 dobj     I-PERSON
.        .        PUNCT .   2 punct    -
"""

# "Bankers doubted Ex-Im Bank chairman Lena Sorensen."
KNOWN_NAME = """
Bankers  banker   NOUN  NNS  2 nsubj    -
doubted  doubt    VERB  VBD  0 ROOT     -
Ex       Ex       PROPN NNP  6 compound ORG
-        -        PUNCT HYPH 5 punct    I-ORG
Im       Im       PROPN NNP  6 compound I-ORG
Bank     Bank     PROPN NNP  7 compound I-ORG
chairman chairman NOUN  NN   9 compound -
Lena     Lena     PROPN NNP  9 compound PERSON
Sorensen Sorensen PROPN NNP  2 dobj     I-PERSON
.        .        PUNCT .    2 punct    -
"""


def test_ex_hyphened_to_a_firm_makes_its_title_a_former_one() -> None:
    triples = read_triples(EX_FIRM)
    assert ("Lena Sorensen", "former chief of", "Norvik") in triples
    assert not any(t[2] == "ex-Norvik" or t[1] == "chief of" for t in triples)


def test_ex_hyphened_reads_as_former_written_apart() -> None:
    assert read_triples(EX_FIRM) == read_triples(FORMER_FIRM)


def test_a_known_name_opening_with_ex_keeps_it() -> None:
    assert any(t[0] == "Lena Sorensen" and t[2] == "Ex-Im Bank" for t in read_triples(KNOWN_NAME))
