"""A firm named in full with its legal form ("Kestrel River Co"), then by its first word alone ("Kestrel"),
is that firm: never a person or a place, whatever the tagger says. Sentences of our own, parses written
by hand."""

from __future__ import annotations

import pytest
from hand_docs import facts, read

_CRITICISED = """
{first}     {first}     PROPN NNP 3  compound ORG
River       River       PROPN NNP 3  compound I-ORG
Co          Co          PROPN NNP 4  nsubj    I-ORG
agreed      agree       VERB  VBD 0  ROOT     -
on          on          ADP   IN  4  prep     -
a           a           DET   DT  7  det      -
price       price       NOUN  NN  5  pobj     -
.           .           PUNCT .   4  punct    -
Japan       Japan       PROPN NNP 10 nsubj    GPE
criticised  criticise   VERB  VBD 0  ROOT     -
{short}     {short}     PROPN NNP 10 dobj     {label}
on          on          ADP   IN  10 prep     -
Monday      Monday      PROPN NNP 12 pobj     DATE
.           .           PUNCT .   10 punct    -
"""


@pytest.mark.parametrize("label", ["-", "PERSON", "GPE", "ORG"])
def test_a_firms_first_word_after_its_full_name_is_the_firm(label: str) -> None:
    reading = read(_CRITICISED.format(first="Kestrel", short="Kestrel", label=label))
    assert facts(reading, "svo") == {("Japan", "criticise", "Kestrel River Co")}


def test_a_place_that_opens_a_firms_name_stays_the_place() -> None:
    # "Lima River Co", then "Lima": the city, not the firm
    reading = read(_CRITICISED.format(first="Lima", short="Lima", label="GPE"))
    assert ("Japan", "criticise", "Lima River Co") not in facts(reading, "svo")


def test_another_word_is_not_the_firm() -> None:
    reading = read(_CRITICISED.format(first="Kestrel", short="Halvorsen", label="PERSON"))
    assert facts(reading, "svo") == {("Japan", "criticise", "Halvorsen")}
