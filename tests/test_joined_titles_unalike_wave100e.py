"""Wave 100 E, item 2: two titles joined by "and" before one name, each with its owner, written in unalike
case ("KCB council chairman and Ghanaian Trade Minister Kofi Mensah said"): wire copy capitalises only the
title next to the name, and a title written bare (no article, no possessive pronoun) before "and" and a
name is that name's too. With an article ("The US ambassador and British Foreign Secretary X met") the
first title describes someone else. Sentences ours, parses built by hand."""

from __future__ import annotations

from hand_docs import read_triples

# "KCB council chairman and Ghanaian Trade Minister Kofi Mensah said the rules would work."
_BARE_FIRST_TITLE = """
KCB        KCB        PROPN NNP 2  compound ORG
council    council    NOUN  NN  3  compound I-ORG
chairman   chairman   NOUN  NN  10 nsubj    -
and        and        CCONJ CC  3  cc       -
Ghanaian   ghanaian   ADJ   JJ  7  amod     ORG
Trade      Trade      PROPN NNP 7  compound I-ORG
Minister   Minister   PROPN NNP 9  compound -
Kofi       Kofi       PROPN NNP 9  compound PERSON
Mensah     Mensah     PROPN NNP 3  conj     I-PERSON
said       say        VERB  VBD 0  ROOT     -
the        the        DET   DT  12 det      -
rules      rule       NOUN  NNS 14 nsubj    -
would      would      AUX   MD  14 aux      -
work       work       VERB  VB  10 ccomp    -
.          .          PUNCT .   10 punct    -
"""

# "The US ambassador and British Foreign Secretary Kofi Mensah met on Monday." (two people)
_ARTICLE_FIRST_TITLE = """
The        the        DET   DT  3  det      -
US         US         PROPN NNP 3  compound GPE
ambassador ambassador NOUN  NN  10 nsubj    -
and        and        CCONJ CC  3  cc       -
British    british    ADJ   JJ  7  amod     NORP
Foreign    Foreign    PROPN NNP 7  compound -
Secretary  Secretary  PROPN NNP 9  compound -
Kofi       Kofi       PROPN NNP 9  compound PERSON
Mensah     Mensah     PROPN NNP 3  conj     I-PERSON
met        meet       VERB  VBD 0  ROOT     -
on         on         ADP   IN  10 prep     -
Monday     Monday     PROPN NNP 11 pobj     DATE
.          .          PUNCT .   10 punct    -
"""


def test_a_bare_title_joined_before_a_capitalised_one_is_the_names_too() -> None:
    triples = read_triples(_BARE_FIRST_TITLE)
    assert ("Kofi Mensah", "trade minister of", "Ghana") in triples
    assert ("Kofi Mensah", "chairperson of", "KCB council") in triples


def test_a_title_after_an_article_joined_before_a_capitalised_one_is_someone_elses() -> None:
    # a guard: the narrowing of item 2 (passes with and without the change)
    triples = read_triples(_ARTICLE_FIRST_TITLE)
    assert ("Kofi Mensah", "foreign secretary of", "United Kingdom") in triples
    assert not any(s == "Kofi Mensah" and p.startswith("ambassador") for s, p, _ in triples)
