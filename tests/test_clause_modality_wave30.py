"""Modality and attribution (wave 30): "has to date sent" is a perfect with a time phrase, no duty; a
speech act keeps no modal of what it reports. Each test states its parse by hand (tests/hand_docs.py);
the sentences are ours."""

from __future__ import annotations

from geokg.extract.clauses.relations import Relation
from hand_docs import read


def _predicated(table: str, predicate: str) -> list[Relation]:
    return [r for r in read(table).relations if r.predicate == predicate]


def test_to_date_in_a_perfect_owes_nothing() -> None:
    """ "Chile has to date sent troops to Peru": the parser takes "to" for the infinitive's marker (with
    "date" as its object), which read "has to" as "must"."""
    sent = _predicated(
        """
    Chile   Chile   PROPN NNP 2 nsubj  GPE
    has     have    VERB  VBZ 0 ROOT   -
    to      to      PART  TO  5 aux    -
    date    date    NOUN  NN  3 pobj   -
    sent    send    VERB  VBN 2 xcomp  -
    troops  troop   NOUN  NNS 5 dobj   -
    to      to      ADP   IN  5 dative -
    Peru    Peru    PROPN NNP 7 pobj   GPE
    .       .       PUNCT .   2 punct  -
    """,
        "send troop to",
    )
    assert sent and all((r.modality, r.negated) == (None, False) for r in sent)

