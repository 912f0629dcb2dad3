"""A report that an event is in prospect (wave 75 H): "an agreement on the debt seems close, said
X" foresees an agreement there is not yet, so X says nothing about one; an event noun the
content acts on ("we signed an agreement in 2019, said X") is still what X speaks of. Each test states its
parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples


def test_an_indefinite_event_said_to_be_close_is_no_topic() -> None:
    triples = read_triples("""
    An         an         DET   DT  2  det      -
    agreement  agreement  NOUN  NN  6  nsubj    -
    on         on         ADP   IN  2  prep     -
    the        the        DET   DT  5  det      -
    debt       debt       NOUN  NN  3  pobj     -
    seems      seem       VERB  VBZ 9  ccomp    -
    close      close      ADJ   JJ  6  oprd     -
    ,          ,          PUNCT ,   9  punct    -
    said       say        VERB  VBD 0  ROOT     -
    Ana        Ana        PROPN NNP 11 compound PERSON
    Ruiz       Ruiz       PROPN NNP 9  nsubj    PERSON
    .          .          PUNCT .   9  punct    -
    """)
    assert not any(t[0] == "Ana Ruiz" and t[1] == "say" and t[2] == "agreement" for t in triples)


def test_an_indefinite_event_the_content_acts_on_is_still_said() -> None:
    triples = read_triples("""
    We         we         PRON  PRP 2  nsubj    -
    signed     sign       VERB  VBD 8  ccomp    -
    an         an         DET   DT  4  det      -
    agreement  agreement  NOUN  NN  2  dobj     -
    in         in         ADP   IN  2  prep     -
    2019       2019       NUM   CD  5  pobj     DATE
    ,          ,          PUNCT ,   8  punct    -
    said       say        VERB  VBD 0  ROOT     -
    Ana        Ana        PROPN NNP 10 compound PERSON
    Ruiz       Ruiz       PROPN NNP 8  nsubj    PERSON
    .          .          PUNCT .   8  punct    -
    """)
    assert ("Ana Ruiz", "say", "agreement") in triples
