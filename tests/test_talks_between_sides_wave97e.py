"""Talks between one side and a list (wave 97 E): in "talks between A and B, C(,) and D" the first item,
joined by "and", is one side and the comma list after it the other, so A meets each of B, C and D and the
listed items do not meet one another; a plain list ("talks between B, C and D") still pairs them all.
The parses are stated by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

ONE_SIDE_AND_A_LIST = """
Progress progress NOUN  NN  3  nsubjpass -
was      be       AUX   VBD 3  auxpass   -
made     make     VERB  VBN 0  ROOT      -
in       in       ADP   IN  3  prep      -
talks    talk     NOUN  NNS 4  pobj      -
between  between  ADP   IN  5  prep      -
Acme     Acme     PROPN NNP 8  compound  ORG
Bank     Bank     PROPN NNP 6  pobj      I-ORG
and      and      CCONJ CC  8  cc        -
Peru     Peru     PROPN NNP 8  conj      GPE
,        ,        PUNCT ,   10 punct     -
Chile    Chile    PROPN NNP 10 conj      GPE
,        ,        PUNCT ,   12 punct     -
and      and      CCONJ CC  12 cc        -
Bolivia  Bolivia  PROPN NNP 12 conj      GPE
.        .        PUNCT .   3  punct     -
"""

ONE_LIST = """
Progress progress NOUN  NN  3  nsubjpass -
was      be       AUX   VBD 3  auxpass   -
made     make     VERB  VBN 0  ROOT      -
in       in       ADP   IN  3  prep      -
talks    talk     NOUN  NNS 4  pobj      -
between  between  ADP   IN  5  prep      -
Peru     Peru     PROPN NNP 6  pobj      GPE
,        ,        PUNCT ,   7  punct     -
Chile    Chile    PROPN NNP 7  conj      GPE
and      and      CCONJ CC  9  cc        -
Bolivia  Bolivia  PROPN NNP 9  conj      GPE
.        .        PUNCT .   3  punct     -
"""


def _meetings(table: str) -> set[frozenset[str]]:
    return {frozenset((s, o)) for s, p, o in read_triples(table) if p == "meet with"}


def test_the_first_side_meets_the_list_whose_items_do_not_meet_each_other() -> None:
    met = _meetings(ONE_SIDE_AND_A_LIST)
    for state in ("Peru", "Chile", "Bolivia"):
        assert frozenset(("Acme Bank", state)) in met, met
    for a, b in (("Peru", "Chile"), ("Peru", "Bolivia"), ("Chile", "Bolivia")):
        assert frozenset((a, b)) not in met, met
    # a plain list has no side standing apart: all its items meet
    assert _meetings(ONE_LIST) == {
        frozenset(("Peru", "Chile")),
        frozenset(("Peru", "Bolivia")),
        frozenset(("Chile", "Bolivia")),
    }, _meetings(ONE_LIST)
