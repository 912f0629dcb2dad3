"""A quoted adjective or participle right after the "as" of a verb is the complement of "as", not a clause
with the verb's object (a parse repair; hand-built parses; our own sentence: "Kestrel Banks Inc said that
it could list as "impaired" 42 mln dlrs of credits to Ostrania.")."""

from __future__ import annotations

from geokg.extract.io.nlp import quoted_complements
from hand_docs import parse

RECLASSIFIED = """
Kestrel       Kestrel       PROPN NNP 3  compound ORG
Banks         Banks         PROPN NNPS 3 compound ORG
Inc           Inc           PROPN NNP 4  nsubj    ORG
said          say           VERB  VBD 0  ROOT     -
that          that          SCONJ IN  8  mark     -
it            it            PRON  PRP 8  nsubj    -
could         could         AUX   MD  8  aux      -
list          list          VERB  VB  4  ccomp    -
as            as            ADP   IN  8  prep     -
"             "             PUNCT ``  11 punct    -
impaired      impair        VERB  VBN 9  pcomp    -
"             "             PUNCT ''  15 punct    -
42            42            NUM   CD  15 nummod   -
mln           mln           NOUN  NN  15 amod     -
dlrs          dlrs          NOUN  NN  11 dobj     -
of            of            ADP   IN  15 prep     -
credits       credit        NOUN  NNS 16 pobj     -
to            to            ADP   IN  11 prep     -
Ostrania      Ostrania      PROPN NNP 18 pobj     GPE
.             .             PUNCT .   4  punct    -
"""


def _word(doc, text):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.text == text)


def test_a_quoted_participle_after_as_is_its_complement() -> None:
    doc = quoted_complements(parse(RECLASSIFIED))
    verb = _word(doc, "list")
    assert _word(doc, "dlrs").head == verb and _word(doc, "dlrs").dep_ == "dobj"
    assert _word(doc, "to").head == verb
    assert _word(doc, "impaired").dep_ == "pobj" and _word(doc, "impaired").head.text == "as"


def test_an_unquoted_clause_after_as_stays() -> None:
    # 'as "..."' without quotes ("as buying shares of X") is a clause of the preposition: no repair
    opening = '"             "             PUNCT ``'
    unquoted = RECLASSIFIED.replace(opening, ",             ,             PUNCT ,  ")
    doc = quoted_complements(parse(unquoted))
    assert _word(doc, "dlrs").head.text == "impaired"
