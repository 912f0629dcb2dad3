"""Wave 99 E: a firm the tagger missed before a capitalised title whose holder is set off by commas ("Kestrel
Telecom Director of Corporate Strategy, Tom Reed, told ..."): wire copy capitalises a firm officer's title
so, and the capitalised words before the title name the employer, so the holder holds the office in that
firm and is the one who acts, not the firm. Each test states its parse by hand (tests/hand_docs.py); the
sentences are ours."""

from __future__ import annotations

from hand_docs import read, read_triples

# "Kestrel Telecom Director of Corporate Strategy, Tom Reed, told Japanese officials he opposes the merger."
_PORTFOLIO_TITLE = """
Kestrel    Kestrel    PROPN NNP 2  compound -
Telecom    Telecom    PROPN NNP 3  compound -
Director   Director   PROPN NNP 11 nsubj    -
of         of         ADP   IN  3  prep     -
Corporate  Corporate  PROPN NNP 6  compound -
Strategy   Strategy   PROPN NNP 4  pobj     -
,          ,          PUNCT ,   3  punct    -
Tom        Tom        PROPN NNP 9  compound PERSON
Reed       Reed       PROPN NNP 3  appos    I-PERSON
,          ,          PUNCT ,   3  punct    -
told       tell       VERB  VBD 0  ROOT     -
Japanese   japanese   ADJ   JJ  13 amod     NORP
officials  official   NOUN  NNS 11 dobj     -
he         he         PRON  PRP 15 nsubj    -
opposes    oppose     VERB  VBZ 11 ccomp    -
the        the        DET   DT  17 det      -
merger     merger     NOUN  NN  15 dobj     -
.          .          PUNCT .   11 punct    -
"""

# "Kestrel Telecom's Chairman, Tom Reed, said Japan would cut costs." (a state's cut in its tariffs is a
# fact of its own since wave 108 H2, reported from the speaker with no "say" edge; costs are none)
_OWNED_TITLE = """
Kestrel    Kestrel    PROPN NNP 2  compound -
Telecom    Telecom    PROPN NNP 4  poss     -
's         's         PART  POS 2  case     -
Chairman   Chairman   PROPN NNP 9  nsubj    -
,          ,          PUNCT ,   4  punct    -
Tom        Tom        PROPN NNP 7  compound PERSON
Reed       Reed       PROPN NNP 4  appos    I-PERSON
,          ,          PUNCT ,   4  punct    -
said       say        VERB  VBD 0  ROOT     -
Japan      Japan      PROPN NNP 12 nsubj    GPE
would      would      AUX   MD  12 aux      -
cut        cut        VERB  VB  9  ccomp    -
costs      cost       NOUN  NNS 12 dobj     -
.          .          PUNCT .   9  punct    -
"""


def test_a_firm_before_a_capitalised_portfolio_title_employs_the_holder_set_off_after_it() -> None:
    types = {e.label: e.type for e in read(_PORTFOLIO_TITLE).entities.entities()}
    assert types.get("Kestrel Telecom") == "ORG"
    facts = read_triples(_PORTFOLIO_TITLE)
    # the field the title heads stays in it, held at the firm (wave 112 E)
    assert ("Tom Reed", "director of corporate strategy at", "Kestrel Telecom") in facts
    assert ("Tom Reed", "tell", "Japan") in facts
    assert not any(subject == "Kestrel Telecom" and obj == "Tom Reed" for subject, _, obj in facts)


def test_a_firms_possessive_before_a_capitalised_title_employs_the_holder_set_off_after_it() -> None:
    facts = read_triples(_OWNED_TITLE)
    assert ("Tom Reed", "chairperson of", "Kestrel Telecom") in facts
    assert ("Tom Reed", "say", "Japan") in facts


# "Kestrel Communications Director of Marketing, Tom Reed, said Japan would cut tariffs."
_TRADE_WORD_PORTFOLIO = """
Kestrel         Kestrel         PROPN NNP 2  compound -
Communications  Communications  PROPN NNP 3  compound -
Director        Director        PROPN NNP 9  nsubj    -
of              of              ADP   IN  3  prep     -
Marketing       Marketing       PROPN NNP 4  pobj     -
,               ,               PUNCT ,   3  punct    -
Tom             Tom             PROPN NNP 8  compound PERSON
Reed            Reed            PROPN NNP 3  appos    I-PERSON
said            say             VERB  VBD 0  ROOT     -
Japan           Japan           PROPN NNP 12 nsubj    GPE
would           would           AUX   MD  12 aux      -
cut             cut             VERB  VB  9  ccomp    -
tariffs         tariff          NOUN  NNS 12 dobj     -
.               .               PUNCT .   9  punct    -
"""


def test_a_trade_word_that_is_a_portfolio_too_ends_the_firms_name_before_a_title_with_its_own() -> None:
    facts = read_triples(_TRADE_WORD_PORTFOLIO)
    assert ("Tom Reed", "director of marketing at", "Kestrel Communications") in facts  # wave 112 E
