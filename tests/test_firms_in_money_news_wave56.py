"""Firms in money news (wave 56 H): a state the story names only where a firm's money or goods go ("its
loans to Peru", "cut its lending to Peru") is no state of the firm (affiliations/story_state.py), while a
place of the state besides still sets the story there; and a firm's name ending in an abbreviated legal
form or in "Bank" makes it a business, sector BUS, whether or not anything places it
(affiliations/organisations.py firms_by_legal_form). Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read

LOANS_TO_A_STATE = """
Kestrel  Kestrel  PROPN NNP   3  compound ORG
Trust    Trust    PROPN NNP   3  compound I-ORG
Corp     Corp     PROPN NNP   4  nsubj    I-ORG
said     say      VERB  VBD   0  ROOT     -
it       it       PRON  PRP   6  nsubj    -
expects  expect   VERB  VBZ   4  ccomp    -
a        a        DET   DT    8  det      -
loss     loss     NOUN  NN    6  dobj     -
on       on       ADP   IN    8  prep     -
its      its      PRON  PRP$  11 poss     -
loans    loan     NOUN  NNS   9  pobj     -
to       to       ADP   IN    8  prep     -
Peru     Peru     PROPN NNP   12 pobj     GPE
.        .        PUNCT .     4  punct    -
The      the      DET   DT    16 det      -
bank     bank     NOUN  NN    18 nsubj    -
also     also     ADV   RB    18 advmod   -
cut      cut      VERB  VBD   0  ROOT     -
its      its      PRON  PRP$  20 poss     -
lending  lending  NOUN  NN    18 dobj     -
to       to       ADP   IN    18 prep     -
Peru     Peru     PROPN NNP   21 pobj     GPE
.        .        PUNCT .     18 punct    -
"""


def _firm(table: str, label: str):
    [firm] = [e for e in read(table).entities.entities() if e.label == label]
    return firm


def test_a_state_named_only_where_loans_go_is_not_the_lenders() -> None:
    firm = _firm(LOANS_TO_A_STATE, "Kestrel Trust Corp")
    assert firm.country is None


def test_a_firm_named_with_an_abbreviated_legal_form_is_a_business() -> None:
    firm = _firm(LOANS_TO_A_STATE, "Kestrel Trust Corp")
    assert (firm.type, firm.sector) == ("ORG", "BUS")


def test_a_firm_named_a_bank_is_a_business() -> None:
    firm = _firm(
        """
        Harbour  Harbour  PROPN NNP 2 compound ORG
        Bank     Bank     PROPN NNP 3 nsubj    I-ORG
        said     say      VERB  VBD 0 ROOT     -
        sales    sale     NOUN  NNS 5 nsubj    -
        rose     rise     VERB  VBD 3 ccomp    -
        .        .        PUNCT .   3 punct    -
        """,
        "Harbour Bank",
    )
    assert firm.sector == "BUS"


def test_a_place_of_the_state_besides_the_loans_still_sets_the_story_there() -> None:
    # guard: "its plant in Peru" is where the firm is, and the story's state stays the firm's
    firm = _firm(
        """
        Kestrel  Kestrel  PROPN NNP   3  compound ORG
        Trust    Trust    PROPN NNP   3  compound I-ORG
        Corp     Corp     PROPN NNP   4  nsubj    I-ORG
        said     say      VERB  VBD   0  ROOT     -
        its      its      PRON  PRP$  6  poss     -
        plant    plant    NOUN  NN    9  nsubj    -
        in       in       ADP   IN    6  prep     -
        Peru     Peru     PROPN NNP   7  pobj     GPE
        made     make     VERB  VBD   4  ccomp    -
        loans    loan     NOUN  NNS   9  dobj     -
        to       to       ADP   IN    9  prep     -
        Peru     Peru     PROPN NNP   11 pobj     GPE
        .        .        PUNCT .     4  punct    -
        """,
        "Kestrel Trust Corp",
    )
    assert firm.country == "PER"
