"""A place phrase set off by a comma after a list of names (wave 121 E): "David Pell and Sami Aziz, from
London, have been held" says each of them is from London, though the parser hangs "from" on the first name
only; a phrase right after the first name ("David Pell, from London, and Sami Aziz") says it of him alone.
Each test states its parse by hand (tests/hand_docs.py); the sentences and names are ours."""

from __future__ import annotations

from hand_docs import country_of, read

# "David Pell and Sami Aziz, from London, have been held by Egypt."
LIST_FROM = """
David   David   PROPN  NNP    2 compound   PERSON
Pell    Pell    PROPN  NNP   12 nsubjpass  I-PERSON
and     and     CCONJ  CC     2 cc         -
Sami    Sami    PROPN  NNP    5 compound   PERSON
Aziz    Aziz    PROPN  NNP    2 conj       I-PERSON
,       ,       PUNCT  ,      2 punct      -
from    from    ADP    IN     2 prep       -
London  London  PROPN  NNP    7 pobj       GPE
,       ,       PUNCT  ,      2 punct      -
have    have    AUX    VBP   12 aux        -
been    be      AUX    VBN   12 auxpass    -
held    hold    VERB   VBN    0 ROOT       -
by      by      ADP    IN    12 agent      -
Egypt   Egypt   PROPN  NNP   13 pobj       GPE
.       .       PUNCT  .     12 punct      -
"""

# "David Pell, from London, and Sami Aziz have been held by Egypt."
FIRST_FROM = """
David   David   PROPN  NNP    2 compound   PERSON
Pell    Pell    PROPN  NNP   12 nsubjpass  I-PERSON
,       ,       PUNCT  ,      2 punct      -
from    from    ADP    IN     2 prep       -
London  London  PROPN  NNP    4 pobj       GPE
,       ,       PUNCT  ,      2 punct      -
and     and     CCONJ  CC     2 cc         -
Sami    Sami    PROPN  NNP    9 compound   PERSON
Aziz    Aziz    PROPN  NNP    2 conj       I-PERSON
have    have    AUX    VBP   12 aux        -
been    be      AUX    VBN   12 auxpass    -
held    hold    VERB   VBN    0 ROOT       -
by      by      ADP    IN    12 agent      -
Egypt   Egypt   PROPN  NNP   13 pobj       GPE
.       .       PUNCT  .     12 punct      -
"""


def test_each_name_of_the_list_is_from_the_place() -> None:
    reading = read(LIST_FROM)
    assert country_of(reading, "David Pell") == "GBR"
    assert country_of(reading, "Sami Aziz") == "GBR"


def test_a_place_after_the_first_name_is_his_alone() -> None:
    reading = read(FIRST_FROM)
    assert country_of(reading, "David Pell") == "GBR"
    assert country_of(reading, "Sami Aziz") is None
