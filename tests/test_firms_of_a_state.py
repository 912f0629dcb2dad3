"""Hand-built parse: a state's possessive before a private firm's name ("Sweden's Kestrel AB") says the firm
is of that state, no part of it; before a body of the state ("Sweden's Trade Office") it is a part."""

from __future__ import annotations

from hand_docs import country_of, facts, read

ROSE = """
Sweden    Sweden    PROPN NNP 4  poss     GPE
's        's        PART  POS 1  case     -
{first:9} {first:9} PROPN NNP 4  compound ORG
{last:9}  {last:9}  PROPN NNP 5  nsubj    I-ORG
rose      rise      VERB  VBD 0  ROOT     -
.         .         PUNCT .   5  punct    -
"""


def test_a_states_private_firm_is_of_it_not_part_of_it() -> None:
    # "Sweden's Kestrel AB rose."
    reading = read(ROSE.format(first="Kestrel", last="AB"))
    assert country_of(reading, "Kestrel AB") == "SWE"
    assert not facts(reading, "title")


def test_a_states_office_is_part_of_it() -> None:
    # "Sweden's Trade Office rose."
    reading = read(ROSE.format(first="Trade", last="Office"))
    assert facts(reading, "title") == {("Trade Office", "part of", "Sweden")}
