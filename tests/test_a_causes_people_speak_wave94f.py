"""A cause's people are not the cause speaking (wave 94 F): in "The bill's backers said Canada would impose
tariffs on Chile" (or "proponents have argued", "the plan's sponsors said") the speakers are the bill's
backers, an unnamed group by their words (attributed_to "backers"), never the bill itself, which the story
named before: no "trade bill -say-> Canada" edge, and the tariffs are their claim, not the article's
(words.tsv relational_nouns and source_group_nouns). The parse is built by hand as the parser gave it
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read

BACKERS = """
The        the        DET   DT   2  det      -
Senate     Senate     PROPN NNP  3  nsubj    ORG
debated    debate     VERB  VBD  0  ROOT     -
the        the        DET   DT   6  det      -
trade      trade      NOUN  NN   6  compound -
bill       bill       NOUN  NN   3  dobj     -
.          .          PUNCT .    3  punct    -
The        the        DET   DT   9  det      -
bill       bill       NOUN  NN   11 poss     -
's         's         PART  POS  9  case     -
backers    backer     NOUN  NNS  12 nsubj    -
said       say        VERB  VBD  0  ROOT     -
Canada     Canada     PROPN NNP  15 nsubj    GPE
would      would      AUX   MD   15 aux      -
impose     impose     VERB  VB   12 ccomp    -
tariffs    tariff     NOUN  NNS  15 dobj     -
on         on         ADP   IN   15 prep     -
Chile      Chile      PROPN NNP  17 pobj     GPE
.          .          PUNCT .    12 punct    -
"""


# "The bill's proponents have argued ...": the people of a cause by another of their nouns
PROPONENTS = BACKERS.replace("backers    backer ", "proponents proponent ").replace(
    "said       say        VERB  VBD  0  ROOT", "argued     argue      VERB  VBD  0  ROOT"
)


def _read(rows: str) -> tuple[set[tuple[str, str, str]], str | None]:
    """The edges as (subject, predicate, object) labels, and the attribution of the tariffs."""
    reading = read(rows)
    label = {e.id: e.label for e in reading.entities.entities()}
    edges = {(label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in reading.relations}
    imposed = [r for r in reading.relations if r.predicate == "impose tariff on"]
    return edges, imposed[0].attributed_to if imposed else None


def test_a_bills_backers_are_not_the_bill() -> None:
    for rows in (BACKERS, PROPONENTS):
        edges, attributed = _read(rows)
        assert not any(subject == "trade bill" and obj == "Canada" for subject, _, obj in edges)
        assert attributed != "event:trade_bill@hand_built"


def test_a_bills_backers_speak_as_an_unnamed_group() -> None:
    assert _read(BACKERS)[1] == "source:backers"
    assert _read(PROPONENTS)[1] == "source:proponents"
