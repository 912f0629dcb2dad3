"""A report set off by commas after an opening adverb ("Also, diplomats point out, France has sent troops
to Chad") tells the clause it sits in, whether the parser makes it a clause before its head (ccomp) or a
parataxis, and though it hands the aside the opening adverb (quotes.parenthetical_report). The parse is
built by hand as the parser gave it (tests/hand_docs.py); the sentence is ours."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import parse

ASIDE = """
Also      also     ADV   RB  4  advmod -
,         ,        PUNCT ,   4  punct  -
diplomats diplomat NOUN  NNS 4  nsubj  -
point     point    VERB  VBP 9  ccomp  -
out       out      ADP   RP  4  prt    -
,         ,        PUNCT ,   9  punct  -
France    France   PROPN NNP 9  nsubj  GPE
has       have     AUX   VBZ 9  aux    -
sent      send     VERB  VBN 0  ROOT   -
troops    troop    NOUN  NNS 9  dobj   -
to        to       ADP   IN  9  prep   -
Chad      Chad     PROPN NNP 11 pobj   GPE
.         .        PUNCT .   9  punct  -
"""

PARATAXIS = ASIDE.replace("VBP 9  ccomp", "VBP 9  parataxis")


def _sources(rows: str) -> dict[str, str | None]:
    reading = read_doc(parse(rows), scope="hand-built")
    return {r.predicate: r.attributed_to for r in reading.relations}


def test_aside_after_an_opening_adverb_is_the_source() -> None:
    for rows in (ASIDE, PARATAXIS):
        sources = _sources(rows)
        assert "send troop to" in sources
        attributed = sources["send troop to"]
        assert attributed is not None and "diplomats" in attributed


def test_no_aside_no_source() -> None:
    plain = ASIDE.replace("point     point    VERB  VBP 9  ccomp", "point     point    VERB  VBP 9  advcl")
    assert _sources(plain).get("send troop to") is None
