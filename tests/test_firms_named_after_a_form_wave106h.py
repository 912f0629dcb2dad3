"""A firm whose name opens with a legal form ("PT Kestrel Machinery Industries", or "Pt ..." as archive
copy writes forms) is a firm (wave 106 H; clusters.is_firm, mentions.is_form_before_name): a state's
possessive before it makes it a firm of the state, no part of the state ("Peru's Pt Kestrel Machinery
Industries", roles/descriptions.described_before), and the name's own first word after the form is the
firm again later ("Kestrel makes trucks": clusters._past_initials), an organisation, whatever the tagger
called it. Sentences written for this test; the parse is hand-built."""

from __future__ import annotations

from tests.hand_docs import read, read_triples

# "Acme Corp sold its stake in Peru's Pt Kestrel Machinery Industries. Kestrel makes trucks."
STAKE = """
    Acme       Acme       PROPN NNP 2  compound ORG
    Corp       Corp       PROPN NNP 3  nsubj    I-ORG
    sold       sell       VERB  VBD 0  ROOT     -
    its        its        PRON  PRP$ 5 poss     -
    stake      stake      NOUN  NN  3  dobj     -
    in         in         ADP   IN  5  prep     -
    Peru       Peru       PROPN NNP 12 poss     GPE
    's         's         PART  POS 7  case     -
    Pt         Pt         PROPN NNP 12 compound ORG
    Kestrel    Kestrel    PROPN NNP 12 compound I-ORG
    Machinery  Machinery  PROPN NNP 12 compound I-ORG
    Industries Industries PROPN NNPS 6 pobj     I-ORG
    .          .          PUNCT .   3  punct    -
    Kestrel    Kestrel    PROPN NNP 15 nsubj    PERSON
    makes      make       VERB  VBZ 0  ROOT     -
    trucks     truck      NOUN  NNS 15 dobj     -
    .          .          PUNCT .   15 punct    -
"""

FIRM = "Pt Kestrel Machinery Industries"


def test_a_states_firm_named_after_a_form_is_no_part_of_the_state() -> None:
    triples = read_triples(STAKE)
    assert (FIRM, "part of", "Peru") not in triples
    # the anchor (review 106, finding 16): the sale of the stake in the firm is still read
    assert ("Acme Corp", "sell stake in", FIRM) in triples


def test_the_firms_own_word_later_is_the_firm_of_the_state() -> None:
    reading = read(STAKE)
    entities = {e.label: e for e in reading.entities.entities()}
    assert "Kestrel" not in entities
    assert (entities[FIRM].type, entities[FIRM].country) == ("ORG", "PER")
