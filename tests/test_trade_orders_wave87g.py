"""Trade orders and expected trade (wave 87 G): a purchase order given or placed is trade (06), not aid
(07), and what is given "in return for" a deal is its price, no deed done ("may"); raising imports from a
state, or exports to one, is trade with it (06). Each test states its parse by hand (tests/hand_docs.py);
the sentences are ours."""

from __future__ import annotations

from hand_docs import read_modal_acts

ORDER_IN_RETURN = """
Chile      Chile      PROPN NNP 2 nsubj    GPE
agreed     agree      VERB  VBD 0 ROOT     -
to         to         ADP   IN  2 prep     -
the        the        DET   DT  5 det      -
deal       deal       NOUN  NN  3 pobj     -
in         in         ADP   IN  2 prep     -
return     return     NOUN  NN  6 pobj     -
for        for        ADP   IN  7 prep     -
Peru       Peru       PROPN NNP 10 nsubj   GPE
giving     give       VERB  VBG 8 pcomp    -
Chile      Chile      PROPN NNP 10 dative  GPE
its        its        PRON  PRP$ 15 poss   -
largest    large      ADJ   JJS 15 amod    -
arms       arm        NOUN  NNS 15 compound -
order      order      NOUN  NN  10 dobj    -
.          .          PUNCT .   2 punct    -
"""


def test_an_order_given_in_return_for_a_deal_is_trade_and_only_its_price() -> None:
    acts = {a for a in read_modal_acts(ORDER_IN_RETURN) if a[0] == "Peru" and a[2] == "Chile"}
    assert acts and all(root == "06" and modality == "may" for _, _, _, root, modality, _ in acts), acts


MORE_IMPORTS = """
Chile      Chile      PROPN NNP 3 nsubj    GPE
will       will       AUX   MD  3 aux      -
boost      boost      VERB  VB  0 ROOT     -
farm       farm       NOUN  NN  5 compound -
imports    import     NOUN  NNS 3 dobj     -
from       from       ADP   IN  5 prep     -
Peru       Peru       PROPN NNP 6 pobj     GPE
.          .          PUNCT .   3 punct    -
"""


def test_boosting_imports_from_a_state_is_trade_with_it() -> None:
    roots = {a[3] for a in read_modal_acts(MORE_IMPORTS) if a[0] == "Chile" and a[2] == "Peru"}
    assert roots == {"06"}, roots
