"""A preposition fronted with its relative pronoun ("Peru, to which Chile owes two billion dollars") opens a
relative clause whose pronoun is the noun the clause hangs on: Chile owes Peru (objects._fronted_relative).
A relative pronoun left in place by a clause with no subject of its own reaches nobody. The parses are built
by hand as the parser gave them (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import parse

OWED = """
Peru       Peru       PROPN NNP  11 nsubj    GPE
,          ,          PUNCT ,    1  punct    -
to         to         ADP   TO   6  prep     -
which      which      PRON  WDT  3  pobj     -
Chile      Chile      PROPN NNP  6  nsubj    GPE
owes       owe        VERB  VBZ  1  relcl    -
two        two        NUM   CD   8  compound MONEY
billion    billion    NUM   CD   9  nummod   I-MONEY
dollars    dollar     NOUN  NNS  6  dobj     I-MONEY
,          ,          PUNCT ,    11 punct    -
protested  protest    VERB  VBD  0  ROOT     -
.          .          PUNCT .    11 punct    -
"""


def _edges(rows: str) -> list[tuple[str, str, str]]:
    reading = read_doc(parse(rows), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    return [(label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in reading.relations]


def test_the_fronted_relative_pronoun_is_the_noun_the_clause_hangs_on() -> None:
    assert ("Chile", "owe to", "Peru") in _edges(OWED)


POSTED = """
Ann        Ann        PROPN NNP  2  compound PERSON
Roe        Roe        PROPN NNP  3  nsubj    I-PERSON
wrote      write      VERB  VBD  0  ROOT     -
a          a          DET   DT   5  det      -
post       post       NOUN  NN   3  dobj     -
on         on         ADP   IN   5  prep     -
Twitter    Twitter    PROPN NNP  6  pobj     ORG
,          ,          PUNCT ,    7  punct    -
in         in         ADP   IN   12 prep     -
which      which      PRON  WDT  9  pobj     -
she        she        PRON  PRP  12 nsubj    -
thanked    thank      VERB  VBD  7  relcl    -
Kenya      Kenya      PROPN NNP  12 dobj     GPE
.          .          PUNCT .    3  punct    -
"""


def test_a_clause_the_parser_hung_on_a_noun_inside_another_noun_phrase_is_not_read_through() -> None:
    # the clause is the post's, whatever the parser says: Twitter is no place of the thanks
    assert not any(object_ == "Twitter" for _, _, object_ in _edges(POSTED))
