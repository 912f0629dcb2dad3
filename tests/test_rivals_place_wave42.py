"""An "in" phrase right after a noun of rivals places the rivals, not the verb (wave 42 D): "Japan lost
orders to rivals in South Korea" is no loss of Japan's in South Korea, however the parser hangs the
phrase (clauses/objects.py _rivals_place; words.tsv rival_nouns). The sentences are ours."""

from __future__ import annotations

from hand_docs import read


def _pairs(reading) -> set[tuple[str, str, str]]:
    label = {e.id: e.label for e in reading.entities.entities()}
    return {(label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in reading.relations}


def test_a_place_after_rivals_is_theirs_not_the_verbs() -> None:
    """ "Chile lost contracts to rivals in Peru": the parser hangs "in Peru" on "lost"."""
    pairs = _pairs(
        read("""
    Chile      Chile      PROPN NNP 2 nsubj  GPE
    lost       lose       VERB  VBD 0 ROOT   -
    contracts  contract   NOUN  NNS 2 dobj   -
    to         to         ADP   IN  3 prep   -
    rivals     rival      NOUN  NNS 4 pobj   -
    in         in         ADP   IN  2 prep   -
    Peru       Peru       PROPN NNP 6 pobj   GPE
    .          .          PUNCT .   2 punct  -
    """)
    )
    assert not any(s == "Chile" and o == "Peru" for s, p, o in pairs)


def test_a_place_after_another_noun_stays_the_verbs() -> None:
    """ "Chile lost contracts to floods in Peru": the guard, only rivals are placed."""
    pairs = _pairs(
        read("""
    Chile      Chile      PROPN NNP 2 nsubj  GPE
    lost       lose       VERB  VBD 0 ROOT   -
    contracts  contract   NOUN  NNS 2 dobj   -
    to         to         ADP   IN  3 prep   -
    floods     flood      NOUN  NNS 4 pobj   -
    in         in         ADP   IN  2 prep   -
    Peru       Peru       PROPN NNP 6 pobj   GPE
    .          .          PUNCT .   2 punct  -
    """)
    )
    assert any(s == "Chile" and o == "Peru" for s, p, o in pairs)
