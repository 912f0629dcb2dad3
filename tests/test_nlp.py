"""The pipeline's own components: line breaks and datelines end sentences, lower-case words never start one,
verb lemmas the model gets wrong are mended."""

from __future__ import annotations

from geokg.extract.io.nlp import paragraph_breaks
from spacy.language import Language


def _starts(nlp: Language, text: str) -> dict[str, bool | None]:
    doc = paragraph_breaks(nlp.make_doc(text))
    return {token.text: token.is_sent_start for token in doc if not token.is_space}


def test_line_breaks_datelines_and_lower_case_words(nlp: Language) -> None:
    text = "Talks resume\n\nGENEVA, May 4 — Envoys met on Monday and\nthey agreed to meet again."
    starts = _starts(nlp, text)
    assert starts["GENEVA"] is True  # after the title's line break
    assert starts["Envoys"] is True  # after the dateline's dash
    assert starts["they"] is True  # a line break wins over the lower case
    assert starts["met"] is False  # a lower-case word after a word continues the sentence
    assert starts["Monday"] is None  # everything else is left to the parser


def test_the_breaks_reach_the_parse(nlp: Language) -> None:
    doc = nlp("Ministers meet in Oslo\n\nThe foreign ministers of Norway and Sweden met on Friday.")
    assert next(sent.text.strip() for sent in doc.sents) == "Ministers meet in Oslo"


def test_one_token_and_empty_documents(nlp: Language) -> None:
    assert len(paragraph_breaks(nlp.make_doc(""))) == 0
    assert [t.is_sent_start for t in paragraph_breaks(nlp.make_doc("Hello"))] == [True]


def test_an_agency_dateline_ends_at_a_spaced_hyphen(nlp: Language) -> None:
    doc = paragraph_breaks(
        nlp.make_doc("Port reopens\n\nLIMA (Reuters) - Dockers are back.\nA well-paid job - no.")
    )
    starts = [(t.text, t.is_sent_start) for t in doc if not t.is_space]
    assert starts[2:7] == [("LIMA", True), ("(", None), ("Reuters", None), (")", None), ("-", False)]
    assert starts[7] == ("Dockers", True)  # after the credit and the lone hyphen
    assert all(start is not True for _, start in starts[12:])  # "well-paid job - no": no dateline


def test_a_paragraph_s_first_word_is_no_sentence_of_its_own(nlp: Language) -> None:
    # after a headline the parser split "Li | Wenbo, the mayor of Xian, said …" at the name's first word
    starts = _starts(nlp, "Mayor speaks\n\nLi Wenbo, the mayor of Xian, said the bridge will open.")
    assert starts["Li"] is True
    assert starts["Wenbo"] is False
    assert next(
        s.text.strip() for s in nlp("Mayor speaks\n\nJan Kowal, the mayor, spoke.").sents if "Jan" in s.text
    ) == ("Jan Kowal, the mayor, spoke.")


def test_verb_lemmas_the_model_gets_wrong_are_mended(nlp: Language) -> None:
    doc = nlp("The regulator fined the bank and hopes it will pay.")
    lemmas = {token.text: token.lemma_ for token in doc}
    assert lemmas["fined"] == "fine"  # the model's rule lemmatizer gives "fin"
    assert lemmas["hopes"] == "hope"  # and "hop"
    assert lemmas["pay"] == "pay"  # other verbs keep the model's lemma


def test_a_rare_ified_verb_keeps_its_y(nlp: Language) -> None:
    # the rule lemmatizer knows "clarified" but strips a rarer "-ified" to "-ifie"
    doc = nlp("The regime Latinified the names and clarified the rules.")
    lemmas = {token.text: token.lemma_ for token in doc if token.pos_ == "VERB"}
    assert lemmas["Latinified"] == "latinify"
    assert lemmas["clarified"] == "clarify"
