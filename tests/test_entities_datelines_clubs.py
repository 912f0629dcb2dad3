"""A dateline run into a headline or a sentence is no actor; sports clubs are organisations; a title's
organisation is kept whole (sentences of our own, parses written by hand)."""

from __future__ import annotations

from geokg.extract.entities.mentions import glued_dateline_tokens
from hand_docs import parse, read


def _entities(table: str) -> dict[str, str]:
    return {e.label: e.type for e in read(table).entities.entities()}


# A headline line the parser ran into the dateline after it: "prosecutors OSLO" reads as a title and a name.
HEADLINE_AND_DATELINE = """
Banker   banker   NOUN  NN  2 nsubj    -
likely   likely   ADJ   JJ  0 ROOT     -
to       to       PART  TO  4 aux      -
help     help     VERB  VB  2 xcomp    -
auditors auditor  NOUN  NNS 4 dobj     -
DENVER   DENVER   PROPN NNP 5 appos    GPE
,        ,        PUNCT ,   6 punct    -
Colo.    Colo.    PROPN NNP 6 appos    GPE
--       --       PUNCT :   2 punct    -
A        a        DET   DT  12 det     -
clerk    clerk    NOUN  NN  13 nsubj   -
admitted admit    VERB  VBD 0 ROOT     -
theft    theft    NOUN  NN  13 dobj    -
in       in       ADP   IN  13 prep    -
Canada   Canada   PROPN NNP 15 pobj    GPE
.        .        PUNCT .   13 punct   -
"""


def test_a_dateline_run_into_a_headline_is_no_titled_person() -> None:
    reading = read(HEADLINE_AND_DATELINE)
    labels = {e.label for e in reading.entities.entities()}
    assert "DENVER" not in labels and "Colo." not in labels
    assert "Canada" in labels


def test_a_dateline_opening_its_sentence_without_a_comma_is_no_subject() -> None:
    reading = read("""
    DENVER   DENVER   PROPN NNP 5 nsubj    GPE
    --       --       PUNCT :   1 punct    -
    The      the      DET   DT  4 det      -
    clerk    clerk    NOUN  NN  5 nsubj    -
    admitted admit    VERB  VBD 0 ROOT     -
    theft    theft    NOUN  NN  5 dobj     -
    in       in       ADP   IN  5 prep     -
    Canada   Canada   PROPN NNP 7 pobj     GPE
    .        .        PUNCT .   5 punct    -
    """)
    assert not [r for r in reading.relations if r.subject.entity_id.endswith("denver")]
    assert "DENVER" not in {e.label for e in reading.entities.entities()}


def test_a_dateline_that_is_a_sentence_of_its_own_stays_a_place() -> None:
    doc = parse("""
    DENVER   DENVER   PROPN NNP 0 ROOT     GPE
    --       --       PUNCT :   1 punct    -
    The      the      DET   DT  4 det      -
    clerk    clerk    NOUN  NN  5 nsubj    -
    admitted admit    VERB  VBD 0 ROOT     -
    theft    theft    NOUN  NN  5 dobj     -
    .        .        PUNCT .   5 punct    -
    """)
    assert not glued_dateline_tokens(doc)


def test_capitals_and_a_dash_inside_a_sentence_need_a_place() -> None:
    doc = parse("""
    Staff    staff    NOUN  NNS 2 nsubj    -
    joined   join     VERB  VBD 0 ROOT     -
    ACME     ACME     PROPN NNP 2 dobj     ORG
    --       --       PUNCT :   2 punct    -
    the      the      DET   DT  6 det      -
    firm     firm     NOUN  NN  3 appos    -
    .        .        PUNCT .   2 punct    -
    """)
    assert not glued_dateline_tokens(doc)


def test_a_body_in_capitals_with_its_gloss_inside_a_sentence_is_no_dateline() -> None:
    doc = parse("""
    Staff    staff    NOUN  NNS 2 nsubj    -
    left     leave    VERB  VBD 0 ROOT     -
    the      the      DET   DT  4 det      -
    ACME     ACME     PROPN NNP 2 dobj     ORG
    (        (        PUNCT -LRB- 4 punct  -
    Acme     Acme     PROPN NNP 4 appos    ORG
    )        )        PUNCT -RRB- 4 punct  -
    --       --       PUNCT :   2 punct    -
    then     then     ADV   RB  10 advmod  -
    rested   rest     VERB  VBD 2 conj     -
    .        .        PUNCT .   2 punct    -
    """)
    assert not glued_dateline_tokens(doc)
