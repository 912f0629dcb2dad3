"""A wife the story names by her first name ("his wife Rosa") and by her husband's surname with a woman's
title ("Mrs Lind") is one person, "Rosa Lind" (extract/entities/clusters.py). Sentences of our own, parses
written by hand."""

from __future__ import annotations

from hand_docs import read

# "Mr Lind and his wife Rosa ... Mrs Lind": the wife named by her first name and by her husband's surname
# with a woman's title is one person (extract/entities/clusters.py).
_WIFE = """
    Mr       Mr       PROPN NNP 2  compound -
    Lind     Lind     PROPN NNP 7  nsubj    PERSON
    and      and      CCONJ CC  2  cc       -
    his      his      PRON  PRP$ 5 poss     -
    wife     wife     NOUN  NN  2  conj     -
    Rosa     Rosa     PROPN NNP 5  appos    PERSON
    arrived  arrive   VERB  VBD 0  ROOT     -
    .        .        PUNCT .   7  punct    -
    {title}  {title}  PROPN NNP 10 compound -
    Lind     Lind     PROPN NNP 11 nsubj    PERSON
    spoke    speak    VERB  VBD 11 ROOT     -
    .        .        PUNCT .   11 punct    -
"""


def _labels(table: str) -> set[str]:
    return {e.label for e in read(table).entities.entities()}


def test_a_wife_named_by_her_first_name_and_as_mrs_is_one_person_with_both_names() -> None:
    labels = _labels(_WIFE.format(title="Mrs"))
    assert "Rosa Lind" in labels
    assert "Rosa" not in labels and "Mrs Lind" not in labels


def test_a_wife_named_by_her_first_name_alone_gets_no_surname() -> None:
    labels = _labels(_WIFE.format(title="Mr"))
    assert "Rosa" in labels
    assert "Rosa Lind" not in labels


def test_his_wife_is_the_wife_of_the_man_named_last_before_his() -> None:
    labels = _labels("""
    Mr       Mr       PROPN NNP 2  compound -
    Lind     Lind     PROPN NNP 3  nsubj    PERSON
    met      meet     VERB  VBD 0  ROOT     -
    Mr       Mr       PROPN NNP 5  compound -
    Roe      Roe      PROPN NNP 3  dobj     PERSON
    and      and      CCONJ CC  5  cc       -
    his      his      PRON  PRP$ 8 poss     -
    wife     wife     NOUN  NN  5  conj     -
    Rosa     Rosa     PROPN NNP 8  appos    PERSON
    .        .        PUNCT .   3  punct    -
    Mrs      Mrs      PROPN NNP 12 compound -
    Lind     Lind     PROPN NNP 13 nsubj    PERSON
    spoke    speak    VERB  VBD 13 ROOT     -
    .        .        PUNCT .   13 punct    -
    """)
    assert "Rosa Lind" not in labels
    assert "Rosa" in labels
