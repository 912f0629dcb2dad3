"""Products named where goods stand (wave 57 J): a name the tagger took for a body after "production of",
"imports of", "demand for" or as the object of "produce" ("a plant to produce X") is a product, no actor;
a name the article has act ("X said") stays a body. Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read


def _labels(table: str) -> tuple[set[str], set[tuple[str, str, str]]]:
    """The entities' labels and the (subject, predicate, object) of every relation read."""
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    facts = {(label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in reading.relations}
    return set(label.values()), facts


def test_a_name_after_production_of_is_a_product() -> None:
    labels, facts = _labels("""
    Kestrel    Kestrel    PROPN NNP 2 nsubj ORG
    boosted    boost      VERB  VBD 0 ROOT  -
    production production NOUN  NN  2 dobj  -
    of         of         ADP   IN  3 prep  -
    Zylon      Zylon      PROPN NNP 4 pobj  ORG
    .          .          PUNCT .   2 punct -
    """)
    assert "Zylon" not in labels and not any("Zylon" in f for f in facts), facts


def test_a_name_a_plant_produces_is_a_product() -> None:
    labels, _ = _labels("""
    Kestrel Kestrel PROPN NNP 3 nsubj ORG
    will    will    AUX   MD  3 aux   -
    build   build   VERB  VB  0 ROOT  -
    a       a       DET   DT  5 det   -
    plant   plant   NOUN  NN  3 dobj  -
    to      to      PART  TO  7 aux   -
    produce produce VERB  VB  3 advcl -
    Zylon   Zylon   PROPN NNP 7 dobj  ORG
    .       .       PUNCT .   3 punct -
    """)
    assert "Zylon" not in labels and "Kestrel" in labels


def test_a_name_after_demand_for_is_a_product() -> None:
    labels, _ = _labels("""
    Traders trader NOUN  NNS 2 nsubj -
    said    say    VERB  VBD 0 ROOT  -
    demand  demand NOUN  NN  6 nsubj -
    for     for    ADP   IN  3 prep  -
    Corvex  Corvex PROPN NNP 4 pobj  ORG
    rose    rise   VERB  VBD 2 ccomp -
    .       .      PUNCT .   2 punct -
    """)
    assert "Corvex" not in labels


def test_a_name_that_acts_stays_a_body() -> None:
    labels, _ = _labels("""
    Zylon      Zylon      PROPN NNP 2 nsubj ORG
    said       say        VERB  VBD 0 ROOT  -
    production production NOUN  NN  6 nsubj -
    of         of         ADP   IN  3 prep  -
    Zylon      Zylon      PROPN NNP 4 pobj  ORG
    rose       rise       VERB  VBD 2 ccomp -
    .          .          PUNCT .   2 punct -
    """)
    assert "Zylon" in labels
