"""A firm's name with its legal form, then "of" and a town, is the firm of the town's state (lead, stop 48):
"Zenith Bankcorp Inc, of Chicago, might buy banks" left the firm with no state
(affiliations/described.firms_of_a_town). The parse is stated by hand (tests/hand_docs.py); the sentences
are ours."""

from __future__ import annotations

from hand_docs import country_of, read

TABLE = """
Zenith   Zenith   PROPN NNP 3  compound ORG
Bankcorp Bankcorp PROPN NNP 3  compound I-ORG
{form}   {form}   PROPN NNP 8  nsubj    I-ORG
,        ,        PUNCT ,   3  punct    -
of       of       ADP   IN  3  prep     -
Chicago  Chicago  PROPN NNP 5  pobj     GPE
,        ,        PUNCT ,   3  punct    -
bought   buy      VERB  VBD 0  ROOT     -
banks    bank     NOUN  NNS 8  dobj     -
.        .        PUNCT .   8  punct    -
"""


def test_a_firm_of_a_town_is_of_the_towns_state() -> None:
    assert country_of(read(TABLE.format(form="Inc")), "Zenith Bankcorp Inc") == "USA"


def test_a_name_with_no_legal_form_is_left_alone() -> None:
    # "Zenith Bankcorp Group, of Chicago": a name with no legal form may be "of" a town as no firm is
    assert country_of(read(TABLE.format(form="Group")), "Zenith Bankcorp Group") is None
