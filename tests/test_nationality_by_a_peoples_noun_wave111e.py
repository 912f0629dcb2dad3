"""A person's nationality said by a noun of a people: "X, a New Zealander,", "X, a Briton,", "the New
Zealander X", "the Briton X", "the Frenchman X" give the person that state, and the noun is no part of the
name; a personal name with a particle ("Jean de Valmont") the tagger calls a body's is a person's where a
title or a verb of speech says so (wave 111 E). Each test states its parse by hand (tests/hand_docs.py);
the sentences and names are ours."""

from __future__ import annotations

from hand_docs import country_of, read, then_abroad

# "Tom Diaz, a New Zealander, said the offer was fair."  (the tagger leaves "New Zealander" untagged)
A_NEW_ZEALANDER = """
Tom        Tom        PROPN NNP  2 compound  PERSON
Diaz       Diaz       PROPN NNP  8 nsubj     I-PERSON
,          ,          PUNCT ,    2 punct     -
a          a          DET   DT   6 det       -
New        New        PROPN NNP  6 compound  -
Zealander  Zealander  PROPN NNP  2 appos     -
,          ,          PUNCT ,    2 punct     -
said       say        VERB  VBD  0 ROOT      -
the        the        DET   DT   10 det      -
offer      offer      NOUN  NN   11 nsubj    -
was        be         AUX   VBD  8 ccomp     -
fair       fair       ADJ   JJ   11 acomp    -
.          .          PUNCT .    8 punct     -
"""

# "Sam Oduya, a Briton, leads the fund."  (the tagger calls "Briton" a place's name)
A_BRITON = """
Sam     Sam     PROPN NNP  2 compound  PERSON
Oduya   Oduya   PROPN NNP  7 nsubj     I-PERSON
,       ,       PUNCT ,    2 punct     -
a       a       DET   DT   5 det       -
Briton  Briton  PROPN NNP  2 appos     GPE
,       ,       PUNCT ,    2 punct     -
leads   lead    VERB  VBZ  0 ROOT      -
the     the     DET   DT   9 det       -
fund    fund    NOUN  NN   7 dobj      -
.       .       PUNCT .    7 punct     -
"""

# "The New Zealander Tom Diaz rejected the plan."  (the name's tag begins at "Tom")
THE_NEW_ZEALANDER = """
The        the        DET   DT   5 det       -
New        New        PROPN NNP  3 compound  -
Zealander  Zealander  PROPN NNP  5 compound  -
Tom        Tom        PROPN NNP  5 compound  PERSON
Diaz       Diaz       PROPN NNP  6 nsubj     I-PERSON
rejected   reject     VERB  VBD  0 ROOT      -
the        the        DET   DT   8 det       -
plan       plan       NOUN  NN   6 dobj      -
.          .          PUNCT .    6 punct     -
"""

# "The Briton Sam Oduya leads the fund."  (the tagger takes the article and the noun into the name)
THE_BRITON = """
The     the     DET   DT   4 det       PERSON
Briton  Briton  PROPN NNP  4 compound  I-PERSON
Sam     Sam     PROPN NNP  4 compound  I-PERSON
Oduya   Oduya   PROPN NNP  5 nsubj     I-PERSON
leads   lead    VERB  VBZ  0 ROOT      -
the     the     DET   DT   7 det       -
fund    fund    NOUN  NN   5 dobj      -
.       .       PUNCT .    5 punct     -
"""

# "The Frenchman Paul Rives said the offer was fair."  (no name tagged; the name hangs on the noun)
THE_FRENCHMAN = """
The        the        DET   DT   2 det       -
Frenchman  Frenchman  PROPN NNP  5 nsubj     -
Paul       Paul       PROPN NNP  4 compound  -
Rives      Rives      PROPN NNP  2 appos     -
said       say        VERB  VBD  0 ROOT      -
the        the        DET   DT   7 det       -
offer      offer      NOUN  NN   8 nsubj     -
was        be         AUX   VBD  5 ccomp     -
fair       fair       ADJ   JJ   8 acomp     -
.          .          PUNCT .    5 punct     -
"""

# "Former banker Jean de Valmont said the bank would grow."  (the particle makes the tagger say ORG)
BANKER_WITH_A_PARTICLE = """
Former   former   ADJ   JJ   2 amod      -
banker   banker   NOUN  NN   5 compound  -
Jean     Jean     PROPN NNP  5 compound  ORG
de       de       PROPN NNP  5 compound  I-ORG
Valmont  Valmont  PROPN NNP  6 nsubj     I-ORG
said     say      VERB  VBD  0 ROOT      -
the      the      DET   DT   8 det       -
bank     bank     NOUN  NN   10 nsubj    -
would    would    AUX   MD   10 aux      -
grow     grow     VERB  VB   6 ccomp     -
.        .        PUNCT .    6 punct     -
"""

# "Herve de Valmont, chairman of Kestrel Bank, said profits rose."
CHAIRMAN_WITH_A_PARTICLE = """
Herve     Herve     PROPN NNP  3 nmod      ORG
de        de        PROPN NNP  3 nmod      I-ORG
Valmont   Valmont   PROPN NNP  10 nsubj    I-ORG
,         ,         PUNCT ,    3 punct     -
chairman  chairman  NOUN  NN   3 appos     -
of        of        ADP   IN   5 prep      -
Kestrel   Kestrel   PROPN NNP  8 compound  ORG
Bank      Bank      PROPN NNP  6 pobj      I-ORG
,         ,         PUNCT ,    3 punct     -
said      say       VERB  VBD  0 ROOT      -
profits   profit    NOUN  NNS  12 nsubj    -
rose      rise      VERB  VBD  10 ccomp    -
.         .         PUNCT .    10 punct    -
"""

# "Banco di Kestra said profits rose."  (a body's name with a particle: stays a body)
BANK_WITH_A_PARTICLE = """
Banco   Banco   PROPN NNP  3 compound  ORG
di      di      PROPN NNP  3 compound  I-ORG
Kestra  Kestra  PROPN NNP  4 nsubj     I-ORG
said    say     VERB  VBD  0 ROOT      -
profits profit  NOUN  NNS  6 nsubj     -
rose    rise    VERB  VBD  4 ccomp     -
.       .       PUNCT .    4 punct     -
"""


def _person(table: str, label: str) -> tuple[str, str | None]:
    [entity] = [e for e in read(table).entities.entities() if e.label == label]
    return entity.type, entity.country


def test_a_new_zealander_in_apposition_gives_the_person_new_zealand() -> None:
    assert country_of(read(then_abroad(A_NEW_ZEALANDER)), "Tom Diaz") == "NZL"


def test_a_briton_in_apposition_tagged_a_place_gives_the_person_britain() -> None:
    assert country_of(read(then_abroad(A_BRITON)), "Sam Oduya") == "GBR"


def test_the_tail_of_a_two_word_peoples_noun_is_no_given_name() -> None:
    labels = {e.label for e in read(then_abroad(THE_NEW_ZEALANDER)).entities.entities()}
    assert "Zealander Tom Diaz" not in labels
    assert country_of(read(then_abroad(THE_NEW_ZEALANDER)), "Tom Diaz") == "NZL"


def test_a_peoples_noun_the_tagger_took_into_the_name_after_the_article_is_cut_off() -> None:
    assert _person(then_abroad(THE_BRITON), "Sam Oduya") == ("PERSON", "GBR")


def test_an_untagged_name_after_a_peoples_noun_is_a_person_of_that_state() -> None:
    assert _person(then_abroad(THE_FRENCHMAN), "Paul Rives") == ("PERSON", "FRA")


def test_a_name_with_a_particle_after_a_title_is_a_person() -> None:
    assert _person(then_abroad(BANKER_WITH_A_PARTICLE), "Jean de Valmont")[0] == "PERSON"


def test_a_name_with_a_particle_before_an_apposed_title_is_a_person() -> None:
    assert _person(then_abroad(CHAIRMAN_WITH_A_PARTICLE), "Herve de Valmont")[0] == "PERSON"


def test_a_bodys_name_with_a_particle_stays_a_body() -> None:
    # positive guard: a body's first word ("Banco") keeps the tagger's type
    assert _person(then_abroad(BANK_WITH_A_PARTICLE), "Banco di Kestra")[0] == "ORG"
