"""A lender's story names the borrowing state as an actor too (lead, stop 48): after "its loans to Peru",
"Peru announced a moratorium" and "Peru's action will cut its income" set the story in Peru no more than the
loans do, so the lender and a shared-name agency ("the Securities and Exchange Commission") stay of no state
and of the table's (affiliations/story_state.borrowers_named). A place of the state still sets the story.
Each parse is stated by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import country_of, read

LOANS = """
Kestrel  Kestrel  PROPN NNP   3  compound ORG
Trust    Trust    PROPN NNP   3  compound I-ORG
Corp     Corp     PROPN NNP   4  nsubj    I-ORG
cut      cut      VERB  VBD   0  ROOT     -
its      its      PRON  PRP$  6  poss     -
loans    loan     NOUN  NNS   4  dobj     -
to       to       ADP   IN    6  prep     -
Peru     Peru     PROPN NNP   7  pobj     GPE
.        .        PUNCT .     4  punct    -
"""

MORATORIUM = """
Peru       Peru       PROPN NNP   11 nsubj    GPE
announced  announce   VERB  VBD   0  ROOT     -
a          a          DET   DT    13 det      -
moratorium moratorium NOUN  NN    11 dobj     -
.          .          PUNCT .     11 punct    -
"""

SEC = """
The        the        DET   DT    20 det      -
Securities Securities PROPN NNP   20 compound ORG
and        and        CCONJ CC    17 cc       I-ORG
Exchange   Exchange   PROPN NNP   17 conj     I-ORG
Commission Commission PROPN NNP   21 nsubj    I-ORG
reviewed   review     VERB  VBD   0  ROOT     -
the        the        DET   DT    23 det      -
loans      loan       NOUN  NNS   21 dobj     -
.          .          PUNCT .     21 punct    -
"""


def test_a_borrower_named_as_an_actor_gives_the_lender_no_state() -> None:
    assert country_of(read(LOANS + MORATORIUM), "Kestrel Trust Corp") is None


def test_a_shared_agency_name_keeps_its_tables_state_when_the_borrower_acts() -> None:
    assert country_of(read(LOANS + MORATORIUM + SEC), "Securities and Exchange Commission") == "USA"


def test_a_city_of_the_borrower_still_sets_the_story() -> None:
    in_lima = """
    Peru       Peru       PROPN NNP   11 nsubj    GPE
    announced  announce   VERB  VBD   0  ROOT     -
    a          a          DET   DT    13 det      -
    moratorium moratorium NOUN  NN    11 dobj     -
    in         in         ADP   IN    11 prep     -
    Lima       Lima       PROPN NNP   14 pobj     GPE
    .          .          PUNCT .     11 punct    -
    """
    assert country_of(read(LOANS + in_lima), "Kestrel Trust Corp") == "PER"
