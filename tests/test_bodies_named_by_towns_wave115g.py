"""Bodies named by their town (wave 115 G): a metropolitan area's name ("Greater Lisbon") is its city's,
so a body it names ("the Greater Lisbon Authority") is of the city's country; a town's name before
"Council" ("the Porto Council", "the Greater Lisbon Council") names the town's own government (GOV), of
the town's country. Each test states its parse by hand (tests/hand_docs.py); the sentences and names are
ours."""

from __future__ import annotations

from hand_docs import read, then_abroad

# "Officials of the Greater Lisbon {head} met bankers."
METRO_BODY = """
Officials  official   NOUN  NNS  7  nsubj     -
of         of         ADP   IN   1  prep      -
the        the        DET   DT   6  det       -
Greater    Greater    PROPN NNP  6  compound  ORG
Lisbon     Lisbon     PROPN NNP  6  compound  I-ORG
{head}
met        meet       VERB  VBD  0  ROOT      -
bankers    banker     NOUN  NNS  7  dobj      -
.          .          PUNCT .    7  punct     -
"""
AUTHORITY = "Authority  Authority  PROPN NNP  2  pobj      I-ORG"
COUNCIL = "Council    Council    PROPN NNP  2  pobj      I-ORG"

# "Porto is busy. The {name} Council met bankers."
TOWN_COUNCIL = """
Porto    Porto    PROPN NNP  2  nsubj     GPE
is       be       AUX   VBZ  0  ROOT      -
busy     busy     ADJ   JJ   2  acomp     -
.        .        PUNCT .    2  punct     -
The      the      DET   DT   7  det       -
{name}   {name}   PROPN NNP  7  compound  ORG
Council  Council  PROPN NNP  8  nsubj     I-ORG
met      meet     VERB  VBD  0  ROOT      -
bankers  banker   NOUN  NNS  8  dobj      -
.        .        PUNCT .    8  punct     -
"""


def _body(table: str, label: str) -> tuple[str | None, str | None]:
    reading = read(then_abroad(table))
    [body] = [e for e in reading.entities.entities() if e.label == label]
    return body.country, body.sector


def test_a_body_of_a_metropolitan_area_is_of_its_citys_country() -> None:
    assert _body(METRO_BODY.format(head=AUTHORITY), "Greater Lisbon Authority") == ("PRT", "GOV")


def test_a_council_of_a_metropolitan_area_is_its_government() -> None:
    assert _body(METRO_BODY.format(head=COUNCIL), "Greater Lisbon Council") == ("PRT", "GOV")


def test_a_council_named_by_a_town_of_the_story_is_the_towns_government() -> None:
    assert _body(TOWN_COUNCIL.format(name="Porto"), "Porto Council") == ("PRT", "GOV")


def test_a_council_named_by_no_town_takes_no_state() -> None:
    assert _body(TOWN_COUNCIL.format(name="Arts"), "Arts Council") == (None, None)
