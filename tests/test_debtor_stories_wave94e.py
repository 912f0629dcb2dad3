"""A state named only as a debtor is no state of the story's lenders (wave 94 E), as "its loans to Peru"
was not (wave 93 E): "the Peruvian debt crisis" (a state owning a crisis of debt) and "it has 90 mln dlrs
in loans or trade lines to Peru" with "to Peru" hung on the verb (the loans the money is counted in) name
where the firm's money went (affiliations/story_state.money_flows; data: debt_trouble_words). And a bank
holding company's "Bancorp" only says what kind of firm it is: "Kestrel Union" is "Kestrel Union Bancorp"
(data: org_suffixes). Each test states its parse by hand (tests/hand_docs.py); the sentences are ours.
Every story opens with "its loans to Peru", a flow the code read before: each test's second mention of
Peru is the new pattern."""

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


def _crisis_of(word: str, lemma: str) -> str:
    return f"""
    The       the       DET   DT    13 det      -
    Peruvian  Peruvian  ADJ   JJ    13 amod     NORP
    {word}    {lemma}   NOUN  NN    13 compound -
    crisis    crisis    NOUN  NN    14 nsubj    -
    deepened  deepen    VERB  VBD   0  ROOT     -
    .         .         PUNCT .     14 punct    -
    """


def test_a_state_owning_a_debt_crisis_is_a_debtor() -> None:
    assert _firm_country(_crisis_of("debt", "debt")) is None


def test_a_state_owning_another_crisis_sets_no_lenders_story() -> None:
    # "the Peruvian cabinet crisis" is no money of the firm's, but the state's own name sets no story where
    # money goes to it (convention changed at stop 48: the lender of "its loans to Peru" is seldom Peru's
    # firm; a city of Peru still sets the story, tests/test_borrower_named_as_actor_lead109.py)
    assert _firm_country(_crisis_of("cabinet", "cabinet")) is None


def test_loans_a_sum_is_counted_in_go_to_the_state_hung_on_the_verb() -> None:
    then = """
    It       it       PRON  PRP   11 nsubj    -
    has      have     VERB  VBZ   0  ROOT     -
    90       90       NUM   CD    14 nummod   -
    mln      mln      ADJ   JJ    14 amod     -
    dlrs     dlr      NOUN  NNS   11 dobj     -
    in       in       ADP   IN    14 prep     -
    loans    loan     NOUN  NNS   15 pobj     -
    or       or       CCONJ CC    16 cc       -
    trade    trade    NOUN  NN    19 compound -
    lines    line     NOUN  NNS   16 conj     -
    to       to       ADP   IN    11 prep     -
    Peru     Peru     PROPN NNP   20 pobj     GPE
    .        .        PUNCT .     11 punct    -
    """
    assert _firm_country(then) is None


BANCORP = """
Kestrel  Kestrel  PROPN NNP   3  compound ORG
Union    Union    PROPN NNP   3  compound I-ORG
Bancorp  Bancorp  PROPN NNP   4  nsubj    I-ORG
reported report   VERB  VBD   0  ROOT     -
a        a        DET   DT    6  det      -
loss     loss     NOUN  NN    4  dobj     -
.        .        PUNCT .     4  punct    -
Kestrel  Kestrel  PROPN NNP   9  compound ORG
Union    Union    PROPN NNP   10 nsubj    I-ORG
sold     sell     VERB  VBD   0  ROOT     -
its      its      PRON  PRP$  12 poss     -
stake    stake    NOUN  NN    10 dobj     -
.        .        PUNCT .     10 punct    -
"""


def test_a_firms_name_before_bancorp_is_the_firm() -> None:
    entities = read(BANCORP).entities.entities()
    assert [(e.label, e.mentions) for e in entities if e.type == "ORG"] == [("Kestrel Union Bancorp", 2)]
