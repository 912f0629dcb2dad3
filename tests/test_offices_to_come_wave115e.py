"""An office only to come or imagined is none held (wave 115 E): a title that is the complement of a verb
of becoming under a modal or a condition ("X would become Slovakia's prime minister", "how good a Slovak
prime minister Y will make") gives no title fact; the office become in the past ("X became …", "X, who
would later become …") still does. Each test states its parse by hand (tests/hand_docs.py); the sentences
and names are ours."""

from __future__ import annotations

from hand_docs import read_triples

# "Ana Kovac would become Slovakia's prime minister."
WOULD_BECOME = """
Ana       Ana       PROPN NNP 2 compound PERSON
Kovac     Kovac     PROPN NNP 4 nsubj    I-PERSON
would     would     AUX   MD  4 aux      -
become    become    VERB  VB  0 ROOT     -
Slovakia  Slovakia  PROPN NNP 8 poss     GPE
's        's        PART  POS 5 case     -
prime     prime     ADJ   JJ  8 amod     -
minister  minister  NOUN  NN  4 attr     -
.         .         PUNCT .   4 punct    -
"""

# "Ana Kovac became Slovakia's prime minister."
BECAME = """
Ana       Ana       PROPN NNP 2 compound PERSON
Kovac     Kovac     PROPN NNP 3 nsubj    I-PERSON
became    become    VERB  VBD 0 ROOT     -
Slovakia  Slovakia  PROPN NNP 7 poss     GPE
's        's        PART  POS 4 case     -
prime     prime     ADJ   JJ  7 amod     -
minister  minister  NOUN  NN  3 attr     -
.         .         PUNCT .   3 punct    -
"""

# "Ana Kovac, who would later become Slovakia's prime minister, studied in Vienna."
WOULD_LATER_BECOME = """
Ana       Ana       PROPN NNP 2  compound PERSON
Kovac     Kovac     PROPN NNP 14 nsubj    I-PERSON
,         ,         PUNCT ,   2  punct    -
who       who       PRON  WP  7  nsubj    -
would     would     AUX   MD  7  aux      -
later     later     ADV   RB  7  advmod   -
become    become    VERB  VB  2  relcl    -
Slovakia  Slovakia  PROPN NNP 11 poss     GPE
's        's        PART  POS 8  case     -
prime     prime     ADJ   JJ  11 amod     -
minister  minister  NOUN  NN  7  attr     -
,         ,         PUNCT ,   2  punct    -
studied   study     VERB  VBD 0  ROOT     -
in        in        ADP   IN  14 prep     -
Vienna    Vienna    PROPN NNP 15 pobj     GPE
.         .         PUNCT .   14 punct    -
"""

# "Pundits argue over how good a Slovak prime minister Ana Kovac will make."
HOW_GOOD_A = """
Pundits   pundit    NOUN  NNS 2  nsubj    -
argue     argue     VERB  VBP 0  ROOT     -
over      over      ADP   IN  2  prep     -
how       how       SCONJ WRB 5  advmod   -
good      good      ADJ   JJ  13 dobj     -
a         a         DET   DT  9  det      -
Slovak    slovak    ADJ   JJ  9  amod     NORP
prime     prime     ADJ   JJ  9  amod     -
minister  minister  NOUN  NN  11 compound -
Ana       Ana       PROPN NNP 11 compound PERSON
Kovac     Kovac     PROPN NNP 13 nsubj    I-PERSON
will      will      AUX   MD  13 aux      -
make      make      VERB  VB  3  pcomp    -
.         .         PUNCT .   2  punct    -
"""

# The same sentence, with the name parsed as the title's apposition and the title as the subject.
HOW_GOOD_A_APPOSED = """
Pundits   pundit    NOUN  NNS 2  nsubj    -
argue     argue     VERB  VBP 0  ROOT     -
over      over      ADP   IN  2  prep     -
how       how       SCONJ WRB 5  advmod   -
good      good      ADJ   JJ  13 dobj     -
a         a         DET   DT  9  det      -
Slovak    slovak    ADJ   JJ  9  amod     NORP
prime     prime     ADJ   JJ  9  amod     -
minister  minister  NOUN  NN  13 nsubj    -
Ana       Ana       PROPN NNP 11 compound PERSON
Kovac     Kovac     PROPN NNP 9  appos    I-PERSON
will      will      AUX   MD  13 aux      -
make      make      VERB  VB  3  pcomp    -
.         .         PUNCT .   2  punct    -
"""

# "Slovak Prime Minister Ana Kovac will make a speech."
WILL_MAKE_A_SPEECH = """
Slovak    slovak    ADJ   JJ  3 amod     NORP
Prime     Prime     PROPN NNP 3 compound -
Minister  Minister  PROPN NNP 5 compound -
Ana       Ana       PROPN NNP 5 compound PERSON
Kovac     Kovac     PROPN NNP 7 nsubj    I-PERSON
will      will      AUX   MD  7 aux      -
make      make      VERB  VB  0 ROOT     -
a         a         DET   DT  9 det      -
speech    speech    NOUN  NN  7 dobj     -
.         .         PUNCT .   7 punct    -
"""

# "If Ana Kovac became Slovakia's prime minister, taxes would rise."
IF_BECAME = """
If        if        SCONJ IN  4  mark     -
Ana       Ana       PROPN NNP 3  compound PERSON
Kovac     Kovac     PROPN NNP 4  nsubj    I-PERSON
became    become    VERB  VBD 12 advcl    -
Slovakia  Slovakia  PROPN NNP 8  poss     GPE
's        's        PART  POS 5  case     -
prime     prime     ADJ   JJ  8  amod     -
minister  minister  NOUN  NN  4  attr     -
,         ,         PUNCT ,   12 punct    -
taxes     tax       NOUN  NNS 12 nsubj    -
would     would     AUX   MD  12 aux      -
rise      rise      VERB  VB  0  ROOT     -
.         .         PUNCT .   12 punct    -
"""

HELD = ("Ana Kovac", "prime minister of", "Slovakia")


def test_an_office_one_would_become_is_none_held() -> None:
    assert HELD not in read_triples(WOULD_BECOME)


def test_an_office_become_only_in_a_condition_is_none_held() -> None:
    assert HELD not in read_triples(IF_BECAME)


def test_an_office_become_is_held() -> None:
    assert HELD in read_triples(BECAME)


def test_a_storys_would_later_become_is_an_office_that_came() -> None:
    assert HELD in read_triples(WOULD_LATER_BECOME)


def test_how_good_a_title_a_name_will_make_is_no_office_held() -> None:
    assert HELD not in read_triples(HOW_GOOD_A)


def test_how_good_a_title_will_make_with_the_name_apposed_is_no_office_held() -> None:
    assert HELD not in read_triples(HOW_GOOD_A_APPOSED)


def test_a_title_before_the_subject_of_make_with_its_own_object_is_held() -> None:
    assert HELD in read_triples(WILL_MAKE_A_SPEECH)
