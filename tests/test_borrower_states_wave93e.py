"""A state named as a firm's borrower or client is no state of the firm (wave 93 E): "the loans, which Peru
stopped paying", "the credits Peru received", "a loss on Peru" name where the firm's money went, as "its
loans to Peru" does, so a story that names its state only so sets no firm, person or shared-name agency
there (affiliations/story_state.money_flows; organisations._shared_agency_state). Each test states its parse
by hand (tests/hand_docs.py); the sentences are ours. Every story opens with "its loans to Peru", a flow the
code read before: each test's second mention of Peru is the new pattern."""

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


def _firm_country(then: str) -> str | None:
    return country_of(read(LOANS + then), "Kestrel Trust Corp")


def test_a_state_that_stopped_paying_is_a_borrower() -> None:
    then = """
    Peru     Peru     PROPN NNP   11 nsubj    GPE
    stopped  stop     VERB  VBD   0  ROOT     -
    paying   pay      VERB  VBG   11 xcomp    -
    interest interest NOUN  NN    12 dobj     -
    .        .        PUNCT .     11 punct    -
    """
    assert _firm_country(then) is None


def test_a_state_in_a_relative_clause_on_the_loans_is_a_borrower() -> None:
    then = """
    It       it       PRON  PRP   11 nsubj    -
    holds    hold     VERB  VBZ   0  ROOT     -
    the      the      DET   DT    13 det      -
    credits  credit   NOUN  NNS   11 dobj     -
    Peru     Peru     PROPN NNP   15 nsubj    GPE
    received receive  VERB  VBD   13 relcl    -
    .        .        PUNCT .     11 punct    -
    """
    assert _firm_country(then) is None


def test_a_loss_on_a_state_is_a_loss_on_loans_to_it() -> None:
    then = """
    It       it       PRON  PRP   11 nsubj    -
    expects  expect   VERB  VBZ   0  ROOT     -
    a        a        DET   DT    13 det      -
    loss     loss     NOUN  NN    11 dobj     -
    on       on       ADP   IN    13 prep     -
    Peru     Peru     PROPN NNP   14 pobj     GPE
    .        .        PUNCT .     11 punct    -
    """
    assert _firm_country(then) is None


def test_a_loss_on_a_state_the_parser_hung_elsewhere() -> None:
    # "on Peru" hung on "year", as headlines and run-on lines are parsed: the word before "on" tells
    then = """
    It       it       PRON  PRP   11 nsubj    -
    sees     see      VERB  VBZ   0  ROOT     -
    loss     loss     NOUN  NN    11 dobj     -
    on       on       ADP   IN    16 prep     -
    Peru     Peru     PROPN NNP   13 pobj     GPE
    this     this     DET   DT    16 det      -
    year     year     NOUN  NN    11 npadvmod -
    .        .        PUNCT .     11 punct    -
    """
    assert _firm_country(then) is None


def test_a_shared_agency_name_stays_its_tables_state_in_a_borrowers_story() -> None:
    then = """
    Peru       Peru       PROPN NNP   11 nsubj    GPE
    stopped    stop       VERB  VBD   0  ROOT     -
    paying     pay        VERB  VBG   11 xcomp    -
    interest   interest   NOUN  NN    12 dobj     -
    .          .          PUNCT .     11 punct    -
    The        the        DET   DT    19 det      -
    Securities Securities PROPN NNP   19 compound ORG
    and        and        CCONJ CC    16 cc       I-ORG
    Exchange   Exchange   PROPN NNP   16 conj     I-ORG
    Commission Commission PROPN NNP   20 nsubj    I-ORG
    reviewed   review     VERB  VBD   0  ROOT     -
    the        the        DET   DT    22 det      -
    loans      loan       NOUN  NNS   20 dobj     -
    .          .          PUNCT .     20 punct    -
    """
    assert country_of(read(LOANS + then), "Securities and Exchange Commission") == "USA"


def test_a_state_that_acts_otherwise_sets_no_lenders_story() -> None:
    # "Peru devalued its currency" is no debt or purchase, but the state's own name sets no story where
    # money goes to it (convention changed at stop 48: the lender of "its loans to Peru" is seldom Peru's
    # firm; a city of Peru still sets the story, tests/test_borrower_named_as_actor_lead109.py)
    then = """
    Peru     Peru     PROPN NNP   11 nsubj    GPE
    devalued devalue  VERB  VBD   0  ROOT     -
    its      its      PRON  PRP$  13 poss     -
    currency currency NOUN  NN    11 dobj     -
    .        .        PUNCT .     11 punct    -
    """
    assert _firm_country(then) is None
