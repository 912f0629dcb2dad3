"""A document named again after "according to" is its author's word (audit round 14): "X said in a filing
… According to the filing, X disclosed …" is reported by X.

Each test states its parse by hand (tests/hand_docs.py), so no model update moves it;
the sentences are ours."""

from __future__ import annotations

from hand_docs import by_rule, read

FILING_AGAIN = """
    Codelco   Codelco   PROPN NNP 2 nsubj    ORG
    said      say       VERB  VBD 0 ROOT     -
    in        in        ADP   IN  2 prep     -
    a         a         DET   DT  5 det      -
    filing    filing    NOUN  NN  3 pobj     -
    that      that      SCONJ IN  9 mark     -
    the       the       DET   DT  8 det      -
    probe     probe     NOUN  NN  9 nsubj    -
    began     begin     VERB  VBD 2 ccomp    -
    .         .         PUNCT .   2 punct    -
    According accord    VERB  VBG 17 prep    -
    to        to        ADP   IN  11 prep    -
    the       the       DET   DT  14 det     -
    {noun}    {noun}    NOUN  NN  12 pobj    -
    ,         ,         PUNCT ,   17 punct   -
    Codelco   Codelco   PROPN NNP 17 nsubj   ORG
    disclosed disclose  VERB  VBD 0 ROOT     -
    the       the       DET   DT  19 det     -
    matter    matter    NOUN  NN  17 dobj    -
    to        to        ADP   IN  17 prep    -
    Peru      Peru      PROPN NNP 20 pobj    GPE
    .         .         PUNCT .   17 punct   -
"""


def test_according_to_the_filing_reports_its_filer() -> None:
    reading = read(FILING_AGAIN.format(noun="filing"))
    disclosed = [r for r in by_rule(reading, "prep") if r.predicate.startswith("disclose")]
    assert disclosed and all(r.attributed_to == "org:codelco" for r in disclosed)


def test_another_document_has_no_author_from_the_filing() -> None:
    """ "According to the report" names no author: its words are the source (wave 34), not Codelco."""
    reading = read(FILING_AGAIN.format(noun="report"))
    disclosed = [r for r in by_rule(reading, "prep") if r.predicate.startswith("disclose")]
    assert disclosed and all(r.attributed_to == "source:report" for r in disclosed)
