"""An office a relative clause of the name says the holder left is over (wave 36): "X, who resigned as
chairman of Y, met Z" gives no current chairmanship; "who will resign as" is still in office.

Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import facts, parse

# "Ana Ruiz, who resigned as chairman of Acme, met Peru." (an undated article)
RESIGNED = """
    Ana          Ana          PROPN NNP  2   compound  PERSON
    Ruiz         Ruiz         PROPN NNP  11  nsubj     I-PERSON
    ,            ,            PUNCT ,    2   punct     -
    who          who          PRON  WP   5   nsubj     -
    resigned     resign       VERB  VBD  2   relcl     -
    as           as           ADP   IN   5   prep      -
    chairman     chairman     NOUN  NN   6   pobj      -
    of           of           ADP   IN   7   prep      -
    Acme         Acme         PROPN NNP  8   pobj      ORG
    ,            ,            PUNCT ,    2   punct     -
    met          meet         VERB  VBD  0   ROOT      -
    Peru         Peru         PROPN NNP  11  dobj      GPE
    .            .            PUNCT .    11  punct     -
"""

# "Ana Ruiz, who will resign as chairman of Acme, met Peru."
WILL_RESIGN = """
    Ana          Ana          PROPN NNP  2   compound  PERSON
    Ruiz         Ruiz         PROPN NNP  12  nsubj     I-PERSON
    ,            ,            PUNCT ,    2   punct     -
    who          who          PRON  WP   6   nsubj     -
    will         will         AUX   MD   6   aux       -
    resign       resign       VERB  VB   2   relcl     -
    as           as           ADP   IN   6   prep      -
    chairman     chairman     NOUN  NN   7   pobj      -
    of           of           ADP   IN   8   prep      -
    Acme         Acme         PROPN NNP  9   pobj      ORG
    ,            ,            PUNCT ,    2   punct     -
    met          meet         VERB  VBD  0   ROOT      -
    Peru         Peru         PROPN NNP  12  dobj      GPE
    .            .            PUNCT .    12  punct     -
"""


def _roles(table: str, day: str | None = None) -> set[tuple[str, str, str]]:
    return facts(read_doc(parse(table), scope="hand-built", day=day), "title")


def test_the_office_a_relative_clause_says_the_holder_resigned_is_over() -> None:
    assert _roles(RESIGNED) == {("Ana Ruiz", "former chairperson of", "Acme")}
    assert _roles(RESIGNED, "2021-03-02") == {("Ana Ruiz", "former chairperson of", "Acme")}


def test_an_office_the_holder_will_resign_is_still_held() -> None:
    assert _roles(WILL_RESIGN) == {("Ana Ruiz", "chairperson of", "Acme")}
