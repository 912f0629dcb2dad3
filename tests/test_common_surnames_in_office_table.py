"""The office table names no holder by a common surname alone ("Kim", "Lee", "Park", "Chen", "Singh" ...):
"Kim said" after "Deputy Prime Minister Kim Mahn-je" in a 1987 story is that deputy prime minister, not the
North Korean head of state of the time. Sentences written for this test, parse built by hand."""

from __future__ import annotations

from geokg.extract.entities.offices import is_holder_surname
from hand_docs import country_of, read

DEPUTY_THEN_SURNAME = """
South      South      PROPN NNP  2   compound  GPE
Korea      Korea      PROPN NNP  4   nsubj     I-GPE
will       will       AUX   MD   4   aux       -
cut        cut        VERB  VB   15  ccomp     -
its        its        PRON  PRP$ 6   poss      -
surplus    surplus    NOUN  NN   4   dobj      -
,          ,          PUNCT ,    15  punct     -
Deputy     Deputy     PROPN NNP  10  compound  -
Prime      Prime      PROPN NNP  10  compound  -
Minister   Minister   PROPN NNP  14  compound  -
Kim        Kim        PROPN NNP  14  compound  PERSON
Mahn       Mahn       PROPN NNP  14  compound  I-PERSON
-          -          PUNCT HYPH 14  punct     I-PERSON
je         je         PROPN NNP  15  nsubj     I-PERSON
said       say        VERB  VBD  0   ROOT      -
.          .          PUNCT .    15  punct     -
Kim        Kim        PROPN NNP  18  nsubj     PERSON
said       say        VERB  VBD  0   ROOT      -
imports    import     NOUN  NNS  21  nsubj     -
would      would      AUX   MD   21  aux       -
rise       rise       VERB  VB   18  ccomp     -
.          .          PUNCT .    18  punct     -
"""


def test_a_common_surname_is_the_person_the_story_named_not_a_table_holder() -> None:
    reading = read(DEPUTY_THEN_SURNAME, day="1987-04-17")
    assert country_of(reading, "Kim Mahn-je") != "PRK"
    assert "Kim Il Sung" not in {e.label for e in reading.entities.entities()}


def test_no_common_surname_names_a_holder_alone() -> None:
    for surname in ("Kim", "Lee", "Park", "Chen", "Li", "Singh", "Khan", "Ali"):
        assert not is_holder_surname(surname), surname
