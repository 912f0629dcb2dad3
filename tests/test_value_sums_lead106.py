"""A measure's value ("tariffs worth 300 mln dlrs on X") does not hide whom the measure is on: the parser may
hang the "on" phrase on the sum "worth" takes, and "worth" on the object or on the verb (objects.py
_value_words) (sentences of our own, parsed by hand)."""

from __future__ import annotations

import pytest
from hand_docs import roots_between

# "Chile imposed tariffs worth 300 mln dlrs on Peruvian shoes."
TARIFFS_WORTH_A_SUM_ON = """
Chile    Chile    PROPN NNP 2  nsubj    GPE
imposed  impose   VERB  VBD 0  ROOT     -
tariffs  tariff   NOUN  NNS 2  dobj     -
worth    worth    ADJ   JJ  3  amod     -
300      300      NUM   CD  7  nummod   QUANTITY
mln      mln      NOUN  NN  7  amod     I-QUANTITY
dlrs     dlrs     NOUN  NN  4  npadvmod -
on       on       ADP   IN  7  prep     -
Peruvian peruvian ADJ   JJ  10 amod     NORP
shoes    shoe     NOUN  NNS 8  pobj     -
.        .        PUNCT .   2  punct    -
"""


@pytest.mark.parametrize(
    "worth",
    [
        "worth    worth    ADJ   JJ  3  amod     -",
        "worth    worth    ADJ   JJ  2  oprd     -",
        "worth    worth    ADJ   JJ  2  prep     -",
    ],
)
def test_tariffs_worth_a_sum_on_a_states_goods_are_on_the_state(worth: str) -> None:
    table = TARIFFS_WORTH_A_SUM_ON.replace("worth    worth    ADJ   JJ  3  amod     -", worth)
    assert roots_between(table, "Chile", "Peru") == {"16"}
