"""Texts longer than spaCy accepts, sentences without end, and texts that make the pipeline fail."""

from __future__ import annotations

import spacy
from geokg.extract.io.nlp import MAX_SENTENCE_TOKENS, ParseFailure, parse_texts, split_text
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .\n"), max_size=300), st.integers(min_value=1, max_value=40))
def test_split_text_pieces_join_back_and_respect_the_limit(text, max_chars):
    pieces = split_text(text, max_chars)
    assert "".join(pieces) == text
    assert all(0 < len(piece) <= max_chars for piece in pieces) or pieces == [text] == [""]


def test_split_text_prefers_paragraphs_then_sentences():
    text = "One two. Three four.\n\nFive six. Seven eight."
    assert split_text(text, 30) == ["One two. Three four.\n\n", "Five six. Seven eight."]
    assert split_text("Aa bb. Cc dd. Ee ff.", 12) == ["Aa bb. ", "Cc dd. ", "Ee ff."]


def test_a_text_longer_than_the_limit_is_parsed_in_pieces_with_the_same_offsets(nlp):
    text = "Talks\n\n" + "Iran criticised Iraq on Monday. France met Germany in Paris.\n\n" * 20
    ((doc, context),) = list(parse_texts(nlp, [(text, "ctx")], max_chars=300))
    assert context == "ctx" and doc.text == text
    assert [e.text for e in doc.ents].count("Iran") == 20
    assert all(text[e.start_char : e.end_char] == e.text for e in doc.ents)
    assert doc.has_annotation("DEP")


def test_no_sentence_is_longer_than_the_cap(nlp):
    text = " ".join(["word"] * (3 * MAX_SENTENCE_TOKENS))
    doc = nlp(text)
    assert max(len(s) for s in doc.sents) <= MAX_SENTENCE_TOKENS


def test_the_cap_breaks_at_a_full_stop_when_there_is_one(nlp):
    sentence = "The envoys talked about " + " and ".join(f"topic{i}" for i in range(20)) + ". "
    doc = nlp(sentence * 20)
    assert all(s.text.rstrip().endswith(".") for s in list(doc.sents)[:-1])


@Language.component("test_fails_on_boom")
def _fails_on_boom(doc):
    if "BOOM" in doc.text:
        raise RuntimeError("boom")
    return doc


def test_a_failing_text_costs_only_itself_with_two_processes():
    blank = spacy.blank("en")
    blank.add_pipe("test_fails_on_boom")
    # Text 5 fails in a pipeline component (a worker process), text 21 in the tokenizer (the main one).
    bad = {5: " BOOM", 21: " \ud800"}
    texts = [(f"text number {i}" + bad.get(i, ""), i) for i in range(40)]
    for processes in (1, 2):
        results = list(parse_texts(blank, texts, n_process=processes, batch_size=4))
        assert [context for _, context in results] == list(range(40))
        failed = [context for doc, context in results if isinstance(doc, ParseFailure)]
        assert failed == [5, 21]
        assert all(doc.text == texts[i][0] for doc, i in results if i not in bad)
