"""A title word mistyped by two neighbouring letters swapped ("Adivser") before a person's name is no part
of the name. Sentences of our own, parses written by hand."""

from __future__ import annotations

from geokg.extract.entities.titles import is_swapped_role_word
from hand_docs import facts, read

# "Adivser Maria Lopez visited Peru."
_SWAPPED = """
{word}    {word}    PROPN NNP 3 compound PERSON
Maria     Maria     PROPN NNP 3 compound I-PERSON
Lopez     Lopez     PROPN NNP 4 nsubj    I-PERSON
visited   visit     VERB  VBD 0 ROOT     -
Peru      Peru      PROPN NNP 4 dobj     GPE
.         .         PUNCT .   4 punct    -
"""


def test_a_swapped_title_word_before_a_name_is_no_part_of_it() -> None:
    assert facts(read(_SWAPPED.format(word="Adivser")), "svo") == {("Maria Lopez", "visit", "Peru")}


def test_a_given_name_no_title_word_is_kept() -> None:
    assert facts(read(_SWAPPED.format(word="Anna")), "svo") == {("Anna Maria Lopez", "visit", "Peru")}


def test_only_a_swap_of_a_title_word_counts() -> None:
    assert is_swapped_role_word("Adivser") and is_swapped_role_word("Minsiter")
    assert not is_swapped_role_word("Adviser") and not is_swapped_role_word("Andersen")
