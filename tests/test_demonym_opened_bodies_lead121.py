"""A firm's name opened by a state's word ("Swiss Re") that the recogniser split into a people (NORP) and
an untagged rest is the firm the tables know, not the state (lead, stop 55: "Switzerland say ..." for the
reinsurer's statements). Parsed by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.io.nlp import demonym_opened_bodies
from geokg.extract.pipeline import read_doc
from hand_docs import parse

SAID = """
    Swiss      Swiss      PROPN NNP 3 compound NORP
    Re         re         NOUN  NN  3 nsubj    -
    said       say        VERB  VBD 0 ROOT     -
    claims     claim      NOUN  NNS 5 nsubj    -
    rose       rise       VERB  VBD 3 ccomp    -
    .          .          PUNCT .   3 punct    -
"""


def test_the_known_firm_is_one_name() -> None:
    doc = demonym_opened_bodies(parse(SAID))
    assert [(e.text, e.label_) for e in doc.ents] == [("Swiss Re", "ORG")]


def test_the_firm_speaks_not_the_state() -> None:
    reading = read_doc(demonym_opened_bodies(parse(SAID)), scope="hand-built")
    labels = {e.label for e in reading.entities.entities()}
    assert "Swiss Re" in labels and "Switzerland" not in labels, labels


def test_a_people_before_an_unknown_name_stays() -> None:
    doc = demonym_opened_bodies(parse(SAID.replace("Re         re ", "Acme       acme")))
    assert [(e.text, e.label_) for e in doc.ents] == [("Swiss", "NORP")]
