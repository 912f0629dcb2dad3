"""Lead, wave 108: a fronted, comma-closed "In <state>," sets the state of the government's own people too
("In Chile, government officials criticised Acme Corp": Chile's officials), as it does the bare
government's, whatever other state the story names before. A seat that stands for an international body
acts for it in a story that names the body ("Brussels rejected the request" after "the EC": the European
Community in 1987), and stays its city elsewhere. The parses are stated by hand (tests/hand_docs.py); the
sentences are ours."""

from __future__ import annotations

from geokg.extract.pipeline import Reading
from hand_docs import country_of, read, read_triples, then_abroad

# "In Chile, government officials criticised Acme Corp."
_FRONTED_OFFICIALS = """
In          in         ADP   IN  6  prep     -
Chile       Chile      PROPN NNP 1  pobj     GPE
,           ,          PUNCT ,   6  punct    -
government  government NOUN  NN  5  compound -
officials   official   NOUN  NNS 6  nsubj    -
criticised  criticise  VERB  VBD 0  ROOT     -
Acme        Acme       PROPN NNP 8  compound ORG
Corp        Corp       PROPN NNP 6  dobj     I-ORG
.           .          PUNCT .   6  punct    -
"""


def test_government_officials_are_the_fronted_states() -> None:
    assert ("Chile", "criticise", "Acme Corp") in read_triples(then_abroad(_FRONTED_OFFICIALS))


# "Peru asked the EC for aid. Brussels rejected the request. A bank in Brussels lent Peru money."
_SEAT_OF_THE_BODY = """
Peru      Peru     PROPN NNP 2  nsubj    GPE
asked     ask      VERB  VBD 0  ROOT     -
the       the      DET   DT  4  det      -
EC        EC       PROPN NNP 2  dobj     ORG
for       for      ADP   IN  2  prep     -
aid       aid      NOUN  NN  5  pobj     -
.         .        PUNCT .   2  punct    -
Brussels  Brussels PROPN NNP 9  nsubj    GPE
rejected  reject   VERB  VBD 0  ROOT     -
the       the      DET   DT  11 det      -
request   request  NOUN  NN  9  dobj     -
.         .        PUNCT .   9  punct    -
"""

# "Brussels protested to Kinshasa. A hospital in Brussels treated the men."
_SEAT_ALONE = """
Brussels   Brussels  PROPN NNP 2  nsubj    GPE
protested  protest   VERB  VBD 0  ROOT     -
to         to        ADP   IN  2  prep     -
Kinshasa   Kinshasa  PROPN NNP 3  pobj     GPE
.          .         PUNCT .   2  punct    -
A          a         DET   DT  7  det      -
hospital   hospital  NOUN  NN  10 nsubj    -
in         in        ADP   IN  7  prep     -
Brussels   Brussels  PROPN NNP 8  pobj     GPE
treated    treat     VERB  VBD 0  ROOT     -
the        the       DET   DT  12 det      -
men        man       NOUN  NNS 10 dobj     -
.          .         PUNCT .   10 punct    -
"""


def _types(reading: Reading) -> dict[str, str]:
    return {e.label: e.type for e in reading.entities.entities()}


def test_a_seat_acting_in_a_story_of_its_body_is_the_body() -> None:
    reading = read(_SEAT_OF_THE_BODY, day="1987-04-01")
    assert _types(reading).get("European Community") == "ORG"
    assert "Brussels" not in _types(reading)
    assert country_of(reading, "European Community") is None


def test_a_seat_in_a_story_of_no_body_is_its_city() -> None:
    reading = read(_SEAT_ALONE, day="1987-04-01")
    assert "European Community" not in _types(reading)
    assert "Brussels" in _types(reading)


# "The EC fined Acme Corp. Jan Bolt visited Brussels."
_SEAT_VISITED = """
The      the      DET   DT  2  det      -
EC       EC       PROPN NNP 3  nsubj    ORG
fined    fine     VERB  VBD 0  ROOT     -
Acme     Acme     PROPN NNP 5  compound ORG
Corp     Corp     PROPN NNP 3  dobj     I-ORG
.        .        PUNCT .   3  punct    -
Jan      Jan      PROPN NNP 8  compound PERSON
Bolt     Bolt     PROPN NNP 9  nsubj    I-PERSON
visited  visit    VERB  VBD 0  ROOT     -
Brussels Brussels PROPN NNP 9  dobj     GPE
.        .        PUNCT .   9  punct    -
"""


def test_a_seat_visited_in_a_story_of_its_body_is_its_city() -> None:
    reading = read(_SEAT_VISITED, day="1987-04-01")
    assert _types(reading).get("Brussels") == "GPE"
    assert ("Jan Bolt", "visit", "Brussels") in read_triples(_SEAT_VISITED)
