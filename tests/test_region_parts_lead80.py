"""A region and its part named by a direction (lead, stop 42): "Exxon Corp will close a refinery in Southern
Europe. Exxon Corp closed refineries in Europe." made "Europe" a mention of "Southern Europe" (a shorter
name of the same thing, as "Kerry" is of "John Kerry"). A region's part named by its direction is another
place (clusters._absorbs). Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import parse

CLOSED = """
    Exxon      Exxon      PROPN NNP 2  compound ORG
    Corp       Corp       PROPN NNP 4  nsubj    I-ORG
    will       will       AUX   MD  4  aux      -
    close      close      VERB  VB  0  ROOT     -
    a          a          DET   DT  6  det      -
    refinery   refinery   NOUN  NN  4  dobj     -
    in         in         ADP   IN  6  prep     -
    Southern   Southern   PROPN NNP 9  compound LOC
    Europe     Europe     PROPN NNP 7  pobj     I-LOC
    .          .          PUNCT .   4  punct    -
    Exxon      Exxon      PROPN NNP 12 compound ORG
    Corp       Corp       PROPN NNP 13 nsubj    I-ORG
    closed     close      VERB  VBD 0  ROOT     -
    refineries refinery   NOUN  NNS 13 dobj     -
    in         in         ADP   IN  14 prep     -
    Europe     Europe     PROPN NNP 15 pobj     LOC
    .          .          PUNCT .   13 punct    -
    """


def test_europe_is_not_southern_europe() -> None:
    reading = read_doc(parse(CLOSED), scope="hand-built")
    labels = {e.label for e in reading.entities.entities()}
    assert {"Southern Europe", "Europe"} <= labels
