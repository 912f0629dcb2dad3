"""A thing given to someone named as the dative ("gave Kenya a loan") is part of the relation, as it is
with "to" ("gave a loan to Kenya"), and its noun chooses the event (sentences of our own, parses by hand)."""

from __future__ import annotations

import pytest
from hand_docs import facts_with_roots

# "Japan gave Kenya a <noun>."
GAVE = """
Japan  Japan  PROPN NNP 2 nsubj  GPE
gave   give   VERB  VBD 0 ROOT   -
Kenya  Kenya  PROPN NNP 2 dative GPE
a      a      DET   DT  5 det    -
{noun} {noun} NOUN  NN  2 dobj   -
.      .      PUNCT .   2 punct  -
"""


@pytest.mark.parametrize(
    ("noun", "root"), [("loan", "07"), ("assurance", "03"), ("response", None)]
)  # fmt: skip
def test_the_thing_given_to_a_dative_is_in_the_predicate_and_picks_the_event(
    noun: str, root: str | None
) -> None:
    assert facts_with_roots(GAVE.format(noun=noun)) == {("Japan", f"give {noun} to", "Kenya", root)}
