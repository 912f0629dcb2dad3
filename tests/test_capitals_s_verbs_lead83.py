"""A headline set in capitals: the tagger may take a verb's -s form for the plain present (VBP), and the
lemmatizer then leaves "URGES" as "urges", so no rule keyed on the verb "urge" reads it."""

from __future__ import annotations

from geokg.extract.io.nlp import verb_lemmas
from hand_docs import parse

HEADLINE = """
    JONES     JONES     PROPN NNP 2  nsubj    PERSON
    URGES     urges     VERB  VBP 0  ROOT     -
    TALKS     TALKS     NOUN  NNS 2  dobj     -
    WITH      with      ADP   IN  3  prep     -
    PERU      PERU      PROPN NNP 4  pobj     GPE
    """


def test_capitals_s_form_tagged_vbp_takes_its_lemma() -> None:
    doc = verb_lemmas(parse(HEADLINE))
    assert doc[1].lemma_ == "urge"


def test_stems_of_other_s_forms() -> None:
    for word, lemma in (("PUSHES", "push"), ("TRIES", "try"), ("PASSES", "pass"), ("WARNS", "warn")):
        table = HEADLINE.replace("URGES     urges", f"{word} {word.lower()}")
        assert verb_lemmas(parse(table))[1].lemma_ == lemma


def test_capitals_forms_with_their_own_lemma_keep_it() -> None:
    # "HAS" is lemmatised "have" already; "MEET" is a real plain present
    for word, lemma in (("HAS", "have"), ("MEET", "meet")):
        table = HEADLINE.replace("URGES     urges", f"{word} {lemma}")
        assert verb_lemmas(parse(table))[1].lemma_ == lemma
