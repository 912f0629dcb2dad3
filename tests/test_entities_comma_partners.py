"""A partnership whose partners a comma parts, closed by a legal form, is one firm ("Orvan, Kessel
Associates Inc"); a list of firms ("Orvan, Kessel and Hale Inc") and a place before the firm are not
(mentions._partners_before_comma)."""

from __future__ import annotations

from geokg.extract.entities.mentions import find_mentions
from hand_docs import parse


def _names(table: str) -> set[str]:
    return {m.text for m in find_mentions(parse(table))}


def test_partners_parted_by_a_comma_before_a_legal_form_are_one_firm() -> None:
    names = _names("""
    Ana         Ana         PROPN NNP  2 nsubj    PERSON
    joined      join        VERB  VBD  0 ROOT     -
    Orvan       Orvan       PROPN NNP  2 dobj     GPE
    ,           ,           PUNCT ,    3 punct    -
    Kessel      Kessel      PROPN NNP  7 compound ORG
    Associates  Associates  PROPN NNPS 7 compound I-ORG
    Inc         Inc         PROPN NNP  3 appos    I-ORG
    .           .           PUNCT .    2 punct    -
    """)
    assert names == {"Ana", "Orvan, Kessel Associates Inc"}


def test_a_list_of_firms_or_a_place_before_a_firm_is_no_partnership() -> None:
    listed = _names("""
    Ana         Ana         PROPN NNP  2 nsubj    PERSON
    joined      join        VERB  VBD  0 ROOT     -
    Orvan       Orvan       PROPN NNP  2 dobj     ORG
    ,           ,           PUNCT ,    3 punct    -
    Kessel      Kessel      PROPN NNP  3 conj     ORG
    and         and         CCONJ CC   5 cc       -
    Hale        Hale        PROPN NNP  8 compound ORG
    Inc         Inc         PROPN NNP  5 conj     I-ORG
    .           .           PUNCT .    2 punct    -
    """)
    placed = _names("""
    In          in          ADP   IN   7 prep     -
    Lima        Lima        PROPN NNP  1 pobj     GPE
    ,           ,           PUNCT ,    7 punct    -
    Kessel      Kessel      PROPN NNP  6 compound ORG
    Associates  Associates  PROPN NNPS 6 compound I-ORG
    Inc         Inc         PROPN NNP  7 nsubj    I-ORG
    sued        sue         VERB  VBD  0 ROOT     -
    Ana         Ana         PROPN NNP  7 dobj     PERSON
    .           .           PUNCT .    7 punct    -
    """)
    assert "Orvan" in listed and not any("," in n for n in listed)
    assert "Kessel Associates Inc" in placed and "Lima" in placed
