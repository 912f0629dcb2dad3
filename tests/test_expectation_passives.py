"""Lead fixes of stop 40 after round 117: what is expected (feared, hoped) from a state in the passive ("the
main opposition was expected from Japan") is a forecast, no relation of the thing expected to that state.
Parses are built by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

EXPECTED_FROM = """
Officials      official       NOUN   NNS     2 nsubj      -
said           say            VERB   VBD     0 ROOT       -
the            the            DET    DT      5 det        -
main           main           ADJ    JJ      5 amod       -
opposition     opposition     NOUN   NN      7 nsubjpass  -
was            be             AUX    VBD     7 auxpass    -
expected       expect         VERB   VBN     2 ccomp      -
from           from           ADP    IN      7 prep       -
Japan          Japan          PROPN  NNP     8 pobj       GPE
.              .              PUNCT  .       2 punct      -
"""


def test_what_is_expected_from_a_state_is_no_relation_to_it() -> None:
    assert not any(obj == "Japan" for _, _, obj in read_triples(EXPECTED_FROM))
