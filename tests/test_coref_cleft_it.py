"""The "it" of a cleft sentence ("it was X that did Y") stands for nothing: it anticipates its focus. An "it"
before an indefinite focus with a relative clause ("it is a country that has …") still refers back.

Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.entities.coref import resolve_references
from geokg.extract.pipeline import read_doc
from hand_docs import parse

_BEFORE = """
Peru      Peru      PROPN NNP 2  nsubj  GPE
fought    fight     VERB  VBD 0  ROOT   -
.         .         PUNCT .   2  punct  -
"""


def _its(table: str) -> dict[int, str]:
    doc = parse(_BEFORE + table)
    entities = read_doc(doc, scope="hand-built").entities
    label = {e.id: e.label for e in entities.entities()}
    return {
        i: label[a.entity_id] for i, a in resolve_references(doc, entities).items() if doc[i].lower_ == "it"
    }


def test_the_it_of_a_cleft_refers_to_nothing() -> None:
    # "It was Garcia's leadership through the floods that earned him fame." (the parser hangs "that earned"
    # on the last noun)
    assert not _its("""
    It          it          PRON  PRP 5  nsubj  -
    was         be          AUX   VBD 0  ROOT   -
    Garcia      Garcia      PROPN NNP 8  poss   PERSON
    's          's          PART  POS 6  case   -
    leadership  leadership  NOUN  NN  5  attr   -
    through     through     ADP   IN  5  prep   -
    the         the         DET   DT  11 det    -
    floods      flood       NOUN  NNS 9  pobj   -
    that        that        PRON  WDT 13 nsubj  -
    earned      earn        VERB  VBD 11 relcl  -
    him         he          PRON  PRP 13 dative -
    fame        fame        NOUN  NN  13 dobj   -
    .           .           PUNCT .   5  punct  -
    """)


def test_an_it_before_an_indefinite_focus_still_refers_back() -> None:
    # "It is a country that opposed Chile."
    assert _its("""
    It        it        PRON  PRP 5  nsubj  -
    is        be        AUX   VBZ 0  ROOT   -
    a         a         DET   DT  7  det    -
    country   country   NOUN  NN  5  attr   -
    that      that      PRON  WDT 9  nsubj  -
    opposed   oppose    VERB  VBD 7  relcl  -
    Chile     Chile     PROPN NNP 9  dobj   GPE
    .         .         PUNCT .   5  punct  -
    """) == {3: "Peru"}
