"""A possessive in a gerund on a verb with an object (wave 36): "Peru accused Chile of moving its troops" -
the object does the gerund, as it does an infinitive ("urged Chile to move its troops"), so "its" is Chile's;
"criticised Chile before moving its troops" is the subject's doing.

Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.entities.coref import resolve_references
from geokg.extract.pipeline import read_doc
from hand_docs import parse

# "Peru {verb} Chile {prep} moving its troops to Bolivia."
_GERUND = """
    Peru         Peru         PROPN NNP  2   nsubj     GPE
    {verb}       {lemma}      VERB  VBD  0   ROOT      -
    Chile        Chile        PROPN NNP  2   dobj      GPE
    {prep}       {prep}       ADP   IN   2   prep      -
    moving       move         VERB  VBG  4   pcomp     -
    its          its          PRON  PRP$ 7   poss      -
    troops       troop        NOUN  NNS  5   dobj      -
    to           to           ADP   IN   5   prep      -
    Bolivia      Bolivia      PROPN NNP  8   pobj      GPE
    .            .            PUNCT .    2   punct     -
"""


def _owner(verb: str, lemma: str, prep: str) -> str | None:
    """The label of the antecedent of "its"."""
    doc = parse(_GERUND.format(verb=verb, lemma=lemma, prep=prep))
    entities = read_doc(doc, scope="hand-built").entities
    label = {e.id: e.label for e in entities.entities()}
    found = resolve_references(doc, entities).get(5)
    return label[found.entity_id] if found is not None else None


def test_the_object_does_a_gerund_of_an_accusation_or_a_warning() -> None:
    assert _owner("accused", "accuse", "of") == "Chile"
    assert _owner("warned", "warn", "against") == "Chile"
    assert _owner("barred", "bar", "from") == "Chile"


def test_the_subject_does_a_gerund_of_time() -> None:
    assert _owner("criticised", "criticise", "before") == "Peru"
