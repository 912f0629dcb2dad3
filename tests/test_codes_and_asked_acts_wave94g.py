"""Wave 94 G: codes and asked acts. A prospect, a hope or a framework provided, given or offered is no aid
(07) and no offer (03): only goods, money, aid, troops or arms handed over are (cameo.tsv rows by object).
Pressure on a state to act is a demand (10); pressure by force or sanctions still coerces (17). A request,
an appeal or a demand named by a noun carries what it asks, its "to" infinitive, on the edge to the one
asked, as "urged X to ..." does (rules._asked_of_noun). An act of cooperation planned keeps its own code
(the development gold's convention; words.tsv wanting_verbs leaves out "plan"). The parses are stated by hand
(tests/hand_docs.py); the sentences and names are ours."""

from __future__ import annotations

from hand_docs import facts_with_content, roots_between

_PROSPECT = """
Peru       Peru       PROPN NNP  2  nsubj    GPE
provides   provide    VERB  VBZ  0  ROOT     -
the        the        DET   DT   5  det      -
best       good       ADJ   JJS  5  amod     -
prospect   prospect   NOUN  NN   2  dobj     -
in         in         ADP   IN   5  prep     -
Bolivia    Bolivia    PROPN NNP  6  pobj     GPE
for        for        ADP   IN   5  prep     -
oil        oil        NOUN  NN  10  compound -
production production NOUN  NN   8  pobj     -
.          .          PUNCT .    2  punct    -
"""

_HOPE = """
Chile      Chile      PROPN NNP  2  nsubj    GPE
gave       give       VERB  VBD  0  ROOT     -
new        new        ADJ   JJ   4  amod     -
hope       hope       NOUN  NN   2  dobj     -
to         to         ADP   IN   2  dative   -
Bolivia    Bolivia    PROPN NNP  5  pobj     GPE
.          .          PUNCT .    2  punct    -
"""

_FOOD = """
Chile      Chile      PROPN NNP  2  nsubj    GPE
gave       give       VERB  VBD  0  ROOT     -
food       food       NOUN  NN   2  dobj     -
to         to         ADP   IN   2  dative   -
Bolivia    Bolivia    PROPN NNP  4  pobj     GPE
.          .          PUNCT .    2  punct    -
"""


def test_a_prospect_or_a_hope_given_is_no_aid_but_food_is() -> None:
    assert roots_between(_PROSPECT, "Peru", "Bolivia") == {None}
    assert roots_between(_HOPE, "Chile", "Bolivia") == {None}
    assert roots_between(_FOOD, "Chile", "Bolivia") == {"07"}


_PRESSURE = """
U.S.       U.S.       PROPN NNP  2  compound GPE
pressure   pressure   NOUN  NN   9  nsubj    -
on         on         ADP   IN   2  prep     -
Japan      Japan      PROPN NNP  3  pobj     GPE
to         to         PART  TO   6  aux      -
open       open       VERB  VB   2  acl      -
farm       farm       NOUN  NN   8  compound -
markets    market     NOUN  NNS  6  dobj     -
angered    anger      VERB  VBD  0  ROOT     -
Canada     Canada     PROPN NNP  9  dobj     GPE
.          .          PUNCT .    9  punct    -
"""

_MILITARY_PRESSURE = """
U.S.       U.S.       PROPN NNP  3  compound GPE
military   military   ADJ   JJ   3  amod     -
pressure   pressure   NOUN  NN   7  nsubj    -
on         on         ADP   IN   3  prep     -
Iran       Iran       PROPN NNP  4  pobj     GPE
has        have       AUX   VBZ  7  aux      -
grown      grow       VERB  VBN  0  ROOT     -
.          .          PUNCT .    7  punct    -
"""


def test_pressure_on_a_state_is_a_demand_and_military_pressure_coerces() -> None:
    assert roots_between(_PRESSURE, "United States", "Japan") == {"10"}
    assert roots_between(_MILITARY_PRESSURE, "United States", "Iran") == {"17"}


_REQUEST = """
The        the        DET   DT   2  det       -
request    request    NOUN  NN  11  nsubjpass -
to         to         ADP   IN   2  prep      -
Peru       Peru       PROPN NNP  3  pobj      GPE
by         by         ADP   IN   2  prep      -
Chile      Chile      PROPN NNP  5  pobj      GPE
to         to         PART  TO   8  aux       -
restrict   restrict   VERB  VB   2  acl       -
fishing    fishing    NOUN  NN   8  dobj      -
was        be         AUX   VBD 11  auxpass   -
ignored    ignore     VERB  VBN  0  ROOT      -
.          .          PUNCT .   11  punct     -
"""


def test_a_request_noun_carries_what_it_asks_to_the_one_asked() -> None:
    asked = {(s, o, c) for s, _, o, c in facts_with_content(_REQUEST)}
    assert ("Chile", "Peru", "restrict fishing") in asked


def test_pressure_on_a_state_carries_what_it_is_pressed_to_do() -> None:
    asked = {(s, o, c) for s, _, o, c in facts_with_content(_PRESSURE)}
    assert ("United States", "Japan", "open farm markets") in asked


_PLANNED = """
Acme       Acme       PROPN NNP  2  nsubj    ORG
plans      plan       VERB  VBZ  0  ROOT     -
to         to         PART  TO   4  aux      -
increase   increase   VERB  VB   2  xcomp    -
copper     copper     NOUN  NN   6  compound -
exports    export     NOUN  NNS  4  dobj     -
to         to         ADP   IN   6  prep     -
Kenya      Kenya      PROPN NNP  7  pobj     GPE
.          .          PUNCT .    2  punct    -
"""


def test_an_act_of_trade_planned_keeps_its_own_code() -> None:
    # lead 96: a plan is the act to come with the act's code, as the development gold codes planned acts
    assert roots_between(_PLANNED, "Acme", "Kenya") == {"06"}
