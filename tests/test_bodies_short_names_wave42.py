"""A body named by a word and its generic last noun ("the Mexican Customs Service", "the Mexican
Immigration Department"), then by that word alone ("Customs", "Immigration"), is that body, with its
state. Sentences of our own, parses written by hand."""

from __future__ import annotations

import pytest
from hand_docs import country_of, facts, read

_ACCUSED = """
The         the         DET   DT  4  det      -
Mexican     Mexican     ADJ   JJ  4  amod     NORP
{word}      {word}      PROPN NNP 4  compound ORG
{head}      {head}      PROPN NNP 5  nsubj    I-ORG
seized      seize       VERB  VBD 0  ROOT     -
a           a           DET   DT  7  det      -
shipment    shipment    NOUN  NN  5  dobj     -
.           .           PUNCT .   5  punct    -
{short}     {short}     PROPN NNP 11 nsubj    {label}
later       later       ADV   RB  11 advmod   -
accused     accuse      VERB  VBD 0  ROOT     -
Japan       Japan       PROPN NNP 11 dobj     GPE
of          of          ADP   IN  11 prep     -
fraud       fraud       NOUN  NN  13 pobj     -
.           .           PUNCT .   11 punct    -
"""


def _accusers(table: str) -> set[tuple[str, str | None]]:
    reading = read(table)
    return {(s, country_of(reading, s)) for s, _, o in facts(reading, "svo") if o == "Japan"}


@pytest.mark.parametrize(("word", "head"), [("Customs", "Service"), ("Immigration", "Department")])
@pytest.mark.parametrize("label", ["ORG", "PERSON"])
def test_a_bodys_own_word_alone_is_the_body_of_its_state(word: str, head: str, label: str) -> None:
    table = _ACCUSED.format(word=word, head=head, short=word, label=label)
    assert _accusers(table) == {(f"{word} {head}", "MEX")}


def test_another_word_is_not_the_body() -> None:
    table = _ACCUSED.format(word="Customs", head="Service", short="Halvorsen", label="PERSON")
    assert ("Customs Service", "MEX") not in _accusers(table)


def test_a_word_after_no_generic_noun_is_no_short_name() -> None:
    # "the Mexican Customs Halvorsen": no body's generic last noun, so "Customs" alone is not taken for it
    table = _ACCUSED.format(word="Customs", head="Halvorsen", short="Customs", label="ORG")
    assert ("Customs Halvorsen", "MEX") not in _accusers(table)
