"""An official or a minister sent to a party is a visit by proxy (CAMEO 042, root 04), as an envoy sent
is (cameo.tsv "send object=official"); goods sent are not (sentences of our own, parsed by hand)."""

from __future__ import annotations

from hand_docs import roots_between

# "Chile will send a senior official to Peru."
OFFICIAL_SENT = """
Chile    Chile    PROPN NNP 3 nsubj GPE
will     will     AUX   MD  3 aux   -
send     send     VERB  VB  0 ROOT  -
a        a        DET   DT  6 det   -
senior   senior   ADJ   JJ  6 amod  -
official official NOUN  NN  3 dobj  -
to       to       ADP   IN  3 prep  -
Peru     Peru     PROPN NNP 7 pobj  GPE
.        .        PUNCT .   3 punct -
"""


def test_an_official_sent_to_a_state_is_a_visit_by_proxy() -> None:
    assert roots_between(OFFICIAL_SENT, "Chile", "Peru") == {"04"}


def test_a_minister_sent_is_one_too_and_a_cargo_is_not() -> None:
    minister = OFFICIAL_SENT.replace("official official", "minister minister")
    assert roots_between(minister, "Chile", "Peru") == {"04"}
    cargo = OFFICIAL_SENT.replace("official official", "cargo    cargo   ")
    assert roots_between(cargo, "Chile", "Peru") != {"04"}
