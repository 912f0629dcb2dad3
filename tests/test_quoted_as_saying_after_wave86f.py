"""Words quoted before their speaker (wave 86 F): "Peru will not sell oil to Chile, Prime Minister Ann Roe was
quoted as saying." The parser hangs the clause on "quoted", whose "as saying" is left with no words, so
nobody said it; the clause is what "saying" reports (io/nlp.py quoting_verbs, _said_before_quoting), as in
"Ann Roe was quoted as saying Peru will not ...": the one quoted is its speaker, also when an outlet quotes
("the agency quoted Ann Roe as saying"). Parses are built by hand as the parser gave them
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.io.nlp import quoting_verbs
from geokg.extract.pipeline import read_doc
from hand_docs import parse

PASSIVE = """
Peru       Peru       PROPN NNP  4  nsubj    GPE
will       will       AUX   MD   4  aux      -
not        not        PART  RB   4  neg      -
sell       sell       VERB  VB   14 ccomp    -
oil        oil        NOUN  NN   4  dobj     -
to         to         ADP   IN   4  prep     -
Chile      Chile      PROPN NNP  6  pobj     GPE
,          ,          PUNCT ,    14 punct    -
Prime      Prime      PROPN NNP  10 compound -
Minister   Minister   PROPN NNP  12 compound -
Ann        Ann        PROPN NNP  12 compound PERSON
Roe        Roe        PROPN NNP  14 nsubjpass I-PERSON
was        be         AUX   VBD  14 auxpass  -
quoted     quote      VERB  VBN  0  ROOT     -
as         as         ADP   IN   14 prep     -
saying     say        VERB  VBG  15 pcomp    -
.          .          PUNCT .    14 punct    -
"""

ACTIVE = """
Peru       Peru       PROPN NNP  4  nsubj    GPE
will       will       AUX   MD   4  aux      -
not        not        PART  RB   4  neg      -
sell       sell       VERB  VB   11 ccomp    -
oil        oil        NOUN  NN   4  dobj     -
to         to         ADP   IN   4  prep     -
Chile      Chile      PROPN NNP  6  pobj     GPE
,          ,          PUNCT ,    11 punct    -
the        the        DET   DT   10 det      -
agency     agency     NOUN  NN   11 nsubj    -
quoted     quote      VERB  VBD  0  ROOT     -
Ann        Ann        PROPN NNP  13 compound PERSON
Roe        Roe        PROPN NNP  11 dobj     I-PERSON
as         as         ADP   IN   11 prep     -
saying     say        VERB  VBG  14 pcomp    -
.          .          PUNCT .    11 punct    -
"""


def _sold(rows: str) -> list[tuple[str, bool, str | None]]:
    """The oil sales read, as (predicate, negated, speaker label)."""
    reading = read_doc(quoting_verbs(parse(rows)), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    return [
        (r.predicate, r.negated, label.get(r.attributed_to or "", r.attributed_to))
        for r in reading.relations
        if r.predicate.startswith("sell")
    ]


def test_the_one_quoted_after_the_words_said_them() -> None:
    assert _sold(PASSIVE) == [("sell oil to", True, "Ann Roe")]


def test_an_outlet_quoting_after_the_words_gives_the_one_quoted() -> None:
    assert _sold(ACTIVE) == [("sell oil to", True, "Ann Roe")]
