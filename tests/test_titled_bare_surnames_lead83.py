"""'Secretary of State Doyle said': the tagger runs the title's portfolio word and the holder's bare surname
into one organisation ("State Doyle"); the surname is the person, the portfolio the title's."""

from __future__ import annotations

from geokg.extract.entities.mentions import find_mentions
from hand_docs import parse

SECRETARY = """
    Secretary secretary PROPN NNP 5  nmod     -
    of        of        ADP   IN  1  prep     -
    State     State     PROPN NNP 4  compound ORG
    Doyle     Doyle     PROPN NNP 5  nsubj    I-ORG
    said      say       VERB  VBD 0  ROOT     -
    the       the       DET   DT  7  det      -
    talks     talk      NOUN  NNS 8  nsubj    -
    failed    fail      VERB  VBD 5  ccomp    -
    .         .         PUNCT .   5  punct    -
    """


def _mentions(table: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in find_mentions(parse(table))]


def test_bare_surname_after_a_titles_portfolio_is_a_person() -> None:
    assert _mentions(SECRETARY) == [("Doyle", "PERSON")]


def test_other_portfolio_words_too() -> None:
    table = SECRETARY.replace("State     State ", "Agriculture Agriculture ")
    assert _mentions(table) == [("Doyle", "PERSON")]


def test_a_body_after_the_portfolio_is_no_surname() -> None:
    table = SECRETARY.replace("Doyle     Doyle ", "Department Department ")
    assert ("Doyle", "PERSON") not in _mentions(table)
    assert all(label != "PERSON" for _, label in _mentions(table))
