"""Wave 61 (D): abbreviated ranks before names end no sentence; a firm's legal form and "of" + its seat
("Vesta Tools Inc of Ohio") is the firm, never a bought "inc of" the place; a place the tagger typed a
person before "-based" is the firm's seat, no person "Bermuda-based"."""

from __future__ import annotations

import spacy
from geokg.extract.io.nlp import _keep_abbreviated_ranks
from hand_docs import country_of, read, read_triples, then_abroad


def test_an_abbreviated_rank_and_its_full_stop_are_one_token() -> None:
    nlp = spacy.blank("en")
    _keep_abbreviated_ranks(nlp)
    text = "Officials said Staff Sgt. Ann Cole and Lt. Col. Raj Patel met Insp. Omar Diaz."
    words = [t.text for t in nlp.tokenizer(text)]
    assert {"Sgt.", "Lt.", "Col.", "Insp."} <= set(words)
    assert words.count(".") == 1  # the sentence's own full stop only


def test_a_word_honorific_keeps_its_sentence_end() -> None:
    nlp = spacy.blank("en")
    _keep_abbreviated_ranks(nlp)
    assert [t.text for t in nlp.tokenizer("We thank you, Sir.")][-2:] == ["Sir", "."]


FIRM_OF_A_STATE = """
Harlow Harlow PROPN NNP 2  compound ORG
Corp   Corp   PROPN NNP 3  nsubj    I-ORG
agreed agree  VERB  VBD 0  ROOT     -
to     to     PART  TO  5  aux      -
buy    buy    VERB  VB  3  xcomp    -
Vesta  Vesta  PROPN NNP 8  compound ORG
Tools  Tools  PROPN NNP 8  compound I-ORG
Inc    Inc    PROPN NNP 5  dobj     I-ORG
of     of     ADP   IN  8  prep     I-ORG
Ohio   Ohio   PROPN NNP 9  pobj     GPE
.      .      PUNCT .   3  punct    -
"""


def test_the_of_after_a_legal_form_opens_the_firms_seat() -> None:
    triples = read_triples(FIRM_OF_A_STATE)
    assert ("Harlow Corp", "agree to buy", "Vesta Tools Inc") in triples
    assert not any(t[2] == "Ohio" for t in triples)


SEATED_FIRM = """
The     the     DET   DT   5  det      -
Bermuda Bermuda PROPN NNP  4  npadvmod PERSON
-       -       PUNCT HYPH 4  punct    -
based   base    VERB  VBN  5  amod     -
insurer insurer NOUN  NN   7  compound -
Ace     Ace     PROPN NNP  7  compound ORG
Ltd     Ltd     PROPN NNP  8  nsubj    I-ORG
rejected reject VERB  VBD  0  ROOT     -
Vesta   Vesta   PROPN NNP  10 compound ORG
Corp    Corp    PROPN NNP  8  dobj     I-ORG
.       .       PUNCT .    8  punct    -
"""


def test_a_place_before_based_is_the_firms_seat_not_a_person() -> None:
    reading = read(then_abroad(SEATED_FIRM))
    assert country_of(reading, "Ace Ltd") == "BMU"
    assert not [e for e in reading.entities.entities() if e.type == "PERSON"]
