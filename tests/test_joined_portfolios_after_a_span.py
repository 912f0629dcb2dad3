"""A state's word and two portfolios joined by "and" before a minister's title, where the tagger's span stops
at the "and" ("[Chilean Energy] and Mines Minister Rosa Vidal"), is the state's office: `energy and mines
minister of Chile`, no organisation "Chilean Energy"; a body's head noun ("Energy") joined to another
portfolio is a portfolio too. Sentences written for this test; the parse is hand-built
(tests/hand_docs.py)."""

from __future__ import annotations

from tests.hand_docs import read, read_triples

# "Chilean Energy and Mines Minister Rosa Vidal said her country would sell copper."
JOINED_PORTFOLIOS = """
    Chilean        Chilean        PROPN  NNP     2 compound   ORG
    Energy         Energy         PROPN  NNP     7 nmod       I-ORG
    and            and            CCONJ  CC      2 cc         -
    Mines          Mines          PROPN  NNP     5 compound   -
    Minister       Minister       PROPN  NNP     2 conj       -
    Rosa           Rosa           PROPN  NNP     7 compound   PERSON
    Vidal          Vidal          PROPN  NNP     8 nsubj      I-PERSON
    said           say            VERB   VBD     0 ROOT       -
    her            her            PRON   PRP$   10 poss       -
    country        country        NOUN   NN     12 nsubj      -
    would          would          AUX    MD     12 aux        -
    sell           sell           VERB   VB      8 ccomp      -
    copper         copper         NOUN   NN     12 dobj       -
    .              .              PUNCT  .       8 punct      -
"""


def test_joined_portfolios_after_a_tagged_span_are_the_states_office() -> None:
    assert ("Rosa Vidal", "energy and mines minister of", "Chile") in read_triples(JOINED_PORTFOLIOS)
    labels = {e.label for e in read(JOINED_PORTFOLIOS).entities.entities()}
    assert "Chilean Energy" not in labels
