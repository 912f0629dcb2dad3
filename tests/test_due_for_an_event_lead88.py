"""An event a schedule word with a time to come brings its holder for is itself to come: "Ann Roe, due here
tomorrow for her first official visit to Chile, said ..." gives the visit with "will" (nouns._due_for).
The parse is built by hand as the parser gave it (tests/hand_docs.py); the sentence is ours."""

from __future__ import annotations

from hand_docs import read_modal_acts

DUE = """
Ann       Ann       PROPN NNP  2  compound PERSON
Roe       Roe       PROPN NNP  17 nsubj    I-PERSON
,         ,         PUNCT ,    2  punct    -
due       due       ADJ   JJ   2  amod     -
here      here      ADV   RB   4  advmod   -
tomorrow  tomorrow  NOUN  NN   4  npadvmod DATE
from      from      ADP   IN   4  prep     -
Peru      Peru      PROPN NNP  7  pobj     GPE
for       for       ADP   IN   4  prep     -
her       her       PRON  PRP$ 13 poss     -
first     first     ADJ   JJ   13 amod     ORDINAL
official  official  ADJ   JJ   13 amod     -
visit     visit     NOUN  NN   9  pobj     -
to        to        ADP   IN   13 prep     -
Chile     Chile     PROPN NNP  14 pobj     GPE
,         ,         PUNCT ,    2  punct    -
told      tell      VERB  VBD  0  ROOT     -
reporters reporter  NOUN  NNS  17 dobj     -
she       she       PRON  PRP  21 nsubj    -
was       be        AUX   VBD  17 ccomp    -
confident confident ADJ   JJ   21 acomp    -
.         .         PUNCT .    17 punct    -
"""


def test_a_visit_one_is_due_for_tomorrow_is_still_to_come() -> None:
    visits = {a for a in read_modal_acts(DUE) if a[1] == "visit" and a[2] == "Chile"}
    assert visits and all(a[4] == "will" for a in visits), visits


def test_a_visit_hung_on_the_place_one_comes_from_is_still_to_come() -> None:
    # (the review of wave 88) the parser may hang "for her visit" on "Peru" of "from Peru"
    on_peru = "for       for       ADP   IN   8  prep     -"
    rehung = DUE.replace("for       for       ADP   IN   4  prep     -", on_peru)
    visits = {a for a in read_modal_acts(rehung) if a[1] == "visit" and a[2] == "Chile"}
    assert visits and all(a[4] == "will" for a in visits), visits
