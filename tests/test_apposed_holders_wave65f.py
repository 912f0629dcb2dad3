"""A holder named after an office in a preposition's object (wave 65 F): "X wrote to the president of Chile,
Ricardo Lagos, on Friday" may be parsed with the name set off by commas hung on the verb (an adverbial
noun), so that the act reaches the office's state ("write to president of" Chile) or nobody. The repair
(io/nlp.py apposed_holders) hangs the name on the office, in apposition: the person is the one written to.
Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.io.nlp import apposed_holders
from geokg.extract.pipeline import read_doc
from hand_docs import parse

WROTE = """
    Mandela   Mandela   PROPN NNP 2  nsubj    PERSON
    wrote     write     VERB  VBD 0  ROOT     -
    to        to        ADP   IN  2  prep     -
    the       the       DET   DT  5  det      -
    president president NOUN  NN  3  pobj     -
    of        of        ADP   IN  5  prep     -
    Chile     Chile     PROPN NNP 6  pobj     GPE
    ,         ,         PUNCT ,   2  punct    -
    Ricardo   Ricardo   PROPN NNP 10 compound PERSON
    Lagos     Lagos     PROPN NNP 2  npadvmod I-PERSON
    ,         ,         PUNCT ,   10 punct    -
    on        on        ADP   IN  2  prep     -
    Friday    Friday    PROPN NNP 12 pobj     DATE
    .         .         PUNCT .   2  punct    -
    """

SPOKE = """
    Mandela   Mandela   PROPN NNP 2  nsubj    PERSON
    spoke     speak     VERB  VBD 0  ROOT     -
    with      with      ADP   IN  2  prep     -
    the       the       DET   DT  6  det      -
    prime     prime     ADJ   JJ  6  amod     -
    minister  minister  NOUN  NN  3  pobj     -
    of        of        ADP   IN  6  prep     -
    Sweden    Sweden    PROPN NNP 7  pobj     GPE
    ,         ,         PUNCT ,   2  punct    -
    Mr        Mr        PROPN NNP 11 compound -
    Persson   Persson   PROPN NNP 2  npadvmod PERSON
    ,         ,         PUNCT ,   2  punct    -
    on        on        ADP   IN  2  prep     -
    Monday    Monday    PROPN NNP 13 pobj     DATE
    .         .         PUNCT .   2  punct    -
    """


def _triples(table: str) -> set[tuple[str, str, str]]:
    reading = read_doc(apposed_holders(parse(table)), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    return {(label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in reading.relations}


def test_a_name_after_the_office_hangs_on_the_office() -> None:
    doc = apposed_holders(parse(WROTE))
    lagos = doc[9]
    assert (lagos.dep_, lagos.head.i) == ("appos", 4)


def test_the_one_written_to_is_the_named_holder() -> None:
    triples = _triples(WROTE)
    assert ("Mandela", "write to", "Ricardo Lagos") in triples
    assert ("Ricardo Lagos", "president of", "Chile") in triples
    assert not any(o == "Chile" and s == "Mandela" for s, _, o in triples)


def test_a_holder_named_by_honorific_and_surname_is_met() -> None:
    triples = _triples(SPOKE)
    assert any(s == "Mandela" and o == "Persson" and p.endswith("with") for s, p, o in triples)
    assert not any(s == "Mandela" and o == "Sweden" for s, _, o in triples)


def test_a_name_not_closed_by_a_mark_is_left_alone() -> None:
    table = WROTE.replace("    ,         ,         PUNCT ,   10 punct    -\n", "", 1)
    table = table.replace("12 pobj", "11 pobj")
    doc = apposed_holders(parse(table))
    assert doc[9].dep_ == "npadvmod"
