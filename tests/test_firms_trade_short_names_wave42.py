"""A firm named by its own first word and words of its trade, without a legal form ("Kestrel Securities",
"Kestrel Tobacco"), then by its first word alone ("Kestrel"), is that firm: never a person or a place,
whatever the tagger says. Sentences of our own, parses written by hand."""

from __future__ import annotations

import pytest
from hand_docs import facts, read

_CRITICISED = """
{first}     {first}     PROPN NNP 2  compound ORG
{trade}     {trade}     PROPN NNP 3  nsubj    I-ORG
agreed      agree       VERB  VBD 0  ROOT     -
on          on          ADP   IN  3  prep     -
a           a           DET   DT  6  det      -
price       price       NOUN  NN  4  pobj     -
.           .           PUNCT .   3  punct    -
Japan       Japan       PROPN NNP 9  nsubj    GPE
criticised  criticise   VERB  VBD 0  ROOT     -
{short}     {short}     PROPN NNP 9  dobj     {label}
on          on          ADP   IN  9  prep     -
Monday      Monday      PROPN NNP 11 pobj     DATE
.           .           PUNCT .   9  punct    -
"""


@pytest.mark.parametrize("trade", ["Securities", "Tobacco"])
@pytest.mark.parametrize("label", ["-", "PERSON", "GPE", "ORG"])
def test_a_firms_first_word_after_its_name_of_a_trade_is_the_firm(trade: str, label: str) -> None:
    reading = read(_CRITICISED.format(first="Kestrel", trade=trade, short="Kestrel", label=label))
    assert facts(reading, "svo") == {("Japan", "criticise", f"Kestrel {trade}")}


def test_a_place_that_opens_a_firms_name_of_a_trade_stays_the_place() -> None:
    # "Lima Securities", then "Lima": the city, not the firm
    reading = read(_CRITICISED.format(first="Lima", trade="Securities", short="Lima", label="GPE"))
    assert ("Japan", "criticise", "Lima Securities") not in facts(reading, "svo")


def test_a_name_whose_second_word_is_no_trade_gives_no_short_name() -> None:
    # "Kestrel Halvorsen", then "Kestrel": no trade word, no firm's name; the bare word is not joined to it
    reading = read(_CRITICISED.format(first="Kestrel", trade="Halvorsen", short="Kestrel", label="PERSON"))
    assert ("Japan", "criticise", "Kestrel Halvorsen") not in facts(reading, "svo")


def test_another_word_is_not_the_firm() -> None:
    reading = read(_CRITICISED.format(first="Kestrel", trade="Securities", short="Halvorsen", label="PERSON"))
    assert facts(reading, "svo") == {("Japan", "criticise", "Halvorsen")}
