"""A state's goods are no body and no one (sentences of our own, parses written by hand): "U.S. Wheat",
"Thai Rice" tagged as an organisation or a person leave the state's word a mention of the state, and what is
done to the goods is done to the state, as with "U.S. products" in lower case."""

from __future__ import annotations

from hand_docs import facts_with_roots, read

# "Japan imposed tariffs on U.S. Products."
TARIFFS = """
Japan    Japan    PROPN NNP  2 nsubj    GPE
imposed  impose   VERB  VBD  0 ROOT     -
tariffs  tariff   NOUN  NNS  2 dobj     -
on       on       ADP   IN   3 prep     -
U.S.     U.S.     PROPN NNP  6 compound ORG
Products Products PROPN NNPS 4 pobj     I-ORG
.        .        PUNCT .    2 punct    -
"""

# "Thai Rice lost ground to U.S. Rice."
RICE = """
Thai   Thai   PROPN NNP 2 compound PERSON
Rice   Rice   PROPN NNP 3 nsubj    I-PERSON
lost   lose   VERB  VBD 0 ROOT     -
ground ground NOUN  NN  3 dobj     -
to     to     ADP   IN  3 prep     -
U.S.   U.S.   PROPN NNP 7 compound PERSON
Rice   Rice   PROPN NNP 5 pobj     I-PERSON
.      .      PUNCT .   3 punct    -
"""


def test_a_states_goods_tagged_as_a_body_are_no_entity() -> None:
    labels = {e.label for e in read(TARIFFS).entities.entities()}
    assert "U.S. Products" not in labels
    assert "United States" in labels


def test_what_is_done_to_a_states_goods_is_done_to_the_state() -> None:
    facts = {(s, p, o) for s, p, o, _ in facts_with_roots(TARIFFS)}
    assert ("Japan", "impose tariff on products of", "United States") in facts


def test_a_states_goods_tagged_as_people_are_no_actors() -> None:
    reading = read(RICE)
    labels = {e.label for e in reading.entities.entities()}
    assert not labels & {"Thai Rice", "U.S. Rice"}
    assert not reading.relations
