"""Wave 102 E, item 3: an international body's short name, then a capitalised field, then a title before a
name ("UN Industrial Policy Director X", "EC Fisheries Policy Chief Y"). The tagger runs the body's name on
over the field; the body is the international one and the field is part of the office. A real body named
with its head noun ("UN Security Council") stays the body. Sentences ours, parses built by hand."""

from __future__ import annotations

from hand_docs import read_triples

# "UN Industrial Policy Director Jan Bolt visited Peru."
_FIELD = """
UN         UN         PROPN NNP 4 compound ORG
Industrial Industrial PROPN NNP 3 compound I-ORG
Policy     Policy     PROPN NNP 4 compound I-ORG
Director   Director   PROPN NNP 6 compound -
Jan        Jan        PROPN NNP 6 compound PERSON
Bolt       Bolt       PROPN NNP 7 nsubj    I-PERSON
visited    visit      VERB  VBD 0 ROOT     -
Peru       Peru       PROPN NNP 7 dobj     GPE
.          .          PUNCT .   7 punct    -
"""

# "UN Security Council President Bo Lund visited Peru."
_BODY = """
UN         UN         PROPN NNP 3 compound ORG
Security   Security   PROPN NNP 3 compound I-ORG
Council    Council    PROPN NNP 4 compound I-ORG
President  President  PROPN NNP 6 compound -
Bo         Bo         PROPN NNP 6 compound PERSON
Lund       Lund       PROPN NNP 7 nsubj    I-PERSON
visited    visit      VERB  VBD 0 ROOT     -
Peru       Peru       PROPN NNP 7 dobj     GPE
.          .          PUNCT .   7 punct    -
"""


def test_a_field_between_an_international_body_and_a_title_is_part_of_the_office() -> None:
    triples = read_triples(_FIELD)
    assert ("Jan Bolt", "industrial policy director of", "United Nations") in triples, triples
    assert not any(o == "UN Industrial Policy" for _, _, o in triples), triples
    # a body named with its head noun stays the body
    assert ("Bo Lund", "president of", "UN Security Council") in read_triples(_BODY)
