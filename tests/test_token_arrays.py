"""Per-Doc arrays are remembered for one Doc at a time and never answer for another Doc."""

from __future__ import annotations

from geokg.extract.token_arrays import doc_text, per_doc, pos_ids, with_pos
from hand_docs import VOCAB
from spacy.symbols import NOUN, PROPN, VERB
from spacy.tokens import Doc


def _doc(words: list[str], pos: list[str]) -> Doc:
    return Doc(VOCAB, words=words, pos=pos)


def test_part_of_speech_ids_are_each_docs_own_when_docs_alternate():
    first = _doc(["Ankara", "protested"], ["PROPN", "VERB"])
    # Same words, other tags: a cache keyed by text or length would answer with the first Doc's.
    second = _doc(["Ankara", "protested"], ["NOUN", "NOUN"])
    for doc, expected in [(first, (PROPN, VERB)), (second, (NOUN, NOUN)), (first, (PROPN, VERB))]:
        assert pos_ids(doc) == expected
        assert pos_ids(doc) == tuple(t.pos for t in doc)


def test_text_is_each_docs_own():
    one, other = _doc(["Talks", "ended"], ["NOUN", "VERB"]), _doc(["Talks", "began"], ["NOUN", "VERB"])
    assert [doc_text(one), doc_text(other), doc_text(one)] == ["Talks ended ", "Talks began ", "Talks ended "]


def test_an_empty_doc_has_no_ids():
    assert pos_ids(Doc(VOCAB, words=[])) == ()


def test_an_answer_is_worked_out_once_per_doc_and_again_for_the_next():
    asked: list[int] = []

    @per_doc
    def length(doc: Doc) -> int:
        asked.append(id(doc))
        return len(doc)

    short, longer = _doc(["Rain"], ["NOUN"]), _doc(["Rain", "fell"], ["NOUN", "VERB"])
    assert [length(short), length(short), length(longer), length(short)] == [1, 1, 2, 1]
    assert asked == [id(short), id(longer), id(short)]


def test_tokens_with_a_part_of_speech_come_in_order_within_the_bounds():
    doc = _doc(["Kyiv", "said", "talks", "would", "resume"], ["PROPN", "VERB", "NOUN", "AUX", "VERB"])
    assert [t.i for t in with_pos(doc, ("VERB", "AUX"))] == [1, 3, 4]
    assert [t.text for t in with_pos(doc, ("VERB", "AUX"), 2, 4)] == ["would"]
    assert [t.text for t in with_pos(doc, ("NOUN", "PROPN"))] == ["Kyiv", "talks"]
    assert list(with_pos(doc, ("ADJ",))) == []
