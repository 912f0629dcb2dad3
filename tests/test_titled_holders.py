"""Hand-built parse: a name the office table knows only with its title ("King Hussein") is that holder,
before the holder of another office known by the bare name in the same years (Iraq's President Hussein in
1987); the bare name alone still reads as the table has it."""

from __future__ import annotations

from hand_docs import country_of, read

MET = """
{title:9} {title:9} PROPN NNP 2  compound -
Hussein   Hussein   PROPN NNP 3  nsubj    PERSON
met       meet      VERB  VBD 0  ROOT     -
Peru      Peru      PROPN NNP 6  poss     GPE
's        's        PART  POS 4  case     -
president president NOUN  NN  3  dobj     -
.         .         PUNCT .   3  punct    -
"""


def test_a_name_known_with_its_title_is_that_holder() -> None:
    # "King Hussein met Peru's president." in June 1987: Jordan's king
    assert country_of(read(MET.format(title="King"), day="1987-06-18"), "Hussein") == "JOR"


def test_the_bare_name_keeps_its_reading() -> None:
    # "President Hussein met Peru's president." in June 1987: Iraq's president
    assert country_of(read(MET.format(title="President"), day="1987-06-18"), "Hussein") == "IRQ"
