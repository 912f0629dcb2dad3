"""Hand-built parse: a state's officer travels abroad, so the state of the place a bare title's holder flies
to, where it is the story's state, says nothing of whose office he holds."""

from __future__ import annotations

from hand_docs import country_of, facts, read

FLIES = """
Economics Economics PROPN NNP 2  compound -
Minister  Minister  PROPN NNP 4  compound -
Hans      Hans      PROPN NNP 4  compound PERSON
Weber     Weber     PROPN NNP 13 nsubj    I-PERSON
,         ,         PUNCT ,   4  punct    -
who       who       PRON  WP  7  nsubj    -
{verb:9} {lemma:9} VERB  VBZ 4  relcl    -
{prep:9} {prep:9} ADP   IN  7  prep     -
Lima      Lima      PROPN NNP 8  pobj     GPE
on        on        ADP   IN  7  prep     -
Friday    Friday    PROPN NNP 10 pobj     DATE
,         ,         PUNCT ,   4  punct    -
spoke     speak     VERB  VBD 0  ROOT     -
.         .         PUNCT .   13 punct    -
Peru      Peru      PROPN NNP 16 nsubj    GPE
grew      grow      VERB  VBD 0  ROOT     -
.         .         PUNCT .   16 punct    -
"""


def test_a_minister_flying_to_a_capital_is_no_officer_of_its_state() -> None:
    # "Economics Minister Hans Weber, who flies to Lima on Friday, spoke. Peru grew."
    reading = read(FLIES.format(verb="flies", lemma="fly", prep="to"))
    assert country_of(reading, "Hans Weber") is None
    assert not any(p.endswith("minister of") for _, p, _ in facts(reading, "title"))


def test_a_minister_speaking_in_the_capital_is_still_its_officer() -> None:
    # "Economics Minister Hans Weber, who lives in Lima on Friday, spoke. Peru grew."
    reading = read(FLIES.format(verb="lives", lemma="live", prep="in"))
    assert country_of(reading, "Hans Weber") == "PER"
