"""A place's word before a plain noun of a person said of a named person (wave 121 E): "X, the Birmingham
woman who heckled him", "Y is a Leeds teacher" say where the person is from, as "a Turkish national" does
(entity_words.tsv placed_person_nouns); a visitor's noun ("a Birmingham visitor") says no such thing. Each
test states its parse by hand (tests/hand_docs.py); the sentences and names are ours."""

from __future__ import annotations

from hand_docs import country_of, read, then_abroad

# "Karen Dole, the Birmingham woman who heckled him, accused Ross Pike."
HECKLER = """
Karen       Karen       PROPN  NNP     2 compound  PERSON
Dole        Dole        PROPN  NNP    11 nsubj     I-PERSON
,           ,           PUNCT  ,       2 punct     -
the         the         DET    DT      6 det       -
Birmingham  Birmingham  PROPN  NNP     6 compound  GPE
woman       woman       NOUN   NN      2 appos     -
who         who         PRON   WP      8 nsubj     -
heckled     heckle      VERB   VBD     6 relcl     -
him         he          PRON   PRP     8 dobj      -
,           ,           PUNCT  ,      11 punct     -
accused     accuse      VERB   VBD     0 ROOT      -
Ross        Ross        PROPN  NNP    13 compound  PERSON
Pike        Pike        PROPN  NNP    11 dobj      I-PERSON
.           .           PUNCT  .      11 punct     -
"""

# "Tom Vale is a Leeds teacher."
TEACHER = """
Tom      Tom      PROPN  NNP     2 compound  PERSON
Vale     Vale     PROPN  NNP     3 nsubj     I-PERSON
is       be       AUX    VBZ     0 ROOT      -
a        a        DET    DT      6 det       -
Leeds    Leeds    PROPN  NNP     6 compound  GPE
teacher  teacher  NOUN   NN      3 attr      -
.        .        PUNCT  .       3 punct     -
"""


def test_a_city_before_woman_in_apposition_places_the_person() -> None:
    assert country_of(read(then_abroad(HECKLER)), "Karen Dole") == "GBR"


def test_a_city_before_teacher_as_predicate_places_the_person() -> None:
    assert country_of(read(then_abroad(TEACHER)), "Tom Vale") == "GBR"


def test_a_visitors_noun_places_no_one() -> None:
    visitor = HECKLER.replace("woman       woman ", "visitor     visitor")
    assert country_of(read(then_abroad(visitor)), "Karen Dole") is None
