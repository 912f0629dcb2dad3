"""Wave 83 F: people "from" or "of" a plural of states that names none ("officials from major nations",
"ministers of industrial states") are of no particular state, never the story's setting state
(entities/actors._of_states_at_large). The parse is stated by hand (tests/hand_docs.py); the sentences are
ours."""

from __future__ import annotations

from hand_docs import read_triples

_STORY = """
Japan          Japan          PROPN  NNP      3 nsubj      GPE
will           will           AUX    MD       3 aux        -
cut            cut            VERB   VB       0 ROOT       -
tariffs        tariff         NOUN   NNS      3 dobj       -
in             in             ADP    IN       3 prep       -
Tokyo          Tokyo          PROPN  NNP      5 pobj       GPE
.              .              PUNCT  .        3 punct      -
Senior         senior         ADJ    JJ      10 amod       -
government     government     NOUN   NN      10 compound   -
officials      official       NOUN   NNS     15 nsubj      -
from           from           ADP    IN      10 prep       -
major          major          ADJ    JJ      13 amod       -
nations        nation         NOUN   NNS     11 pobj       -
will           will           AUX    MD      15 aux        -
consider       consider       VERB   VB       0 ROOT       -
the            the            DET    DT      18 det        -
Kestrel        Kestrel        PROPN  NNP     18 compound   ORG
proposal       proposal       NOUN   NN      15 dobj       -
.              .              PUNCT  .       15 punct      -
"""


def test_officials_from_major_nations_are_not_the_settings():
    assert not any(s == "Japan" and o == "Kestrel" for s, _, o in read_triples(_STORY))


def test_ministers_of_industrial_states_are_not_the_settings():
    table = _STORY.replace(
        "from           from           ADP    IN      10 prep       -",
        "of             of             ADP    IN      10 prep       -",
    ).replace(
        "major          major          ADJ    JJ      13 amod       -\nnations        nation ",
        "industrial     industrial     ADJ    JJ      13 amod       -\nstates         state  ",
    )
    assert "states" in table
    assert not any(s == "Japan" and o == "Kestrel" for s, _, o in read_triples(table))
