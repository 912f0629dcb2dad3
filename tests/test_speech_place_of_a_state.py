"""A report that names a state only through its ground ("said Norway's airspace was violated") says
nothing of the state: no speech edge to it, unless the report takes a stance (hand-built parses)."""

from __future__ import annotations

from hand_docs import facts, read


def test_a_states_airspace_in_a_report_is_no_speech_about_the_state() -> None:
    reading = read("""
    Hans      Hans      PROPN NNP 2 compound PERSON
    Berg      Berg      PROPN NNP 3 nsubj    I-PERSON
    said      say       VERB  VBD 0 ROOT     -
    Norway    Norway    PROPN NNP 6 poss     GPE
    's        's        PART  POS 4 case     -
    airspace  airspace  NOUN  NN  8 nsubjpass -
    was       be        AUX   VBD 8 auxpass  -
    violated  violate   VERB  VBN 3 ccomp    -
    .         .         PUNCT .   3 punct    -
    """)
    assert facts(reading, "speech_content") == set()


def test_a_report_on_the_states_own_deed_still_speaks_of_it() -> None:
    reading = read("""
    Hans      Hans      PROPN NNP 2 compound PERSON
    Berg      Berg      PROPN NNP 3 nsubj    I-PERSON
    said      say       VERB  VBD 0 ROOT     -
    Norway    Norway    PROPN NNP 5 nsubj    GPE
    closed    close     VERB  VBD 3 ccomp    -
    its       its       PRON  PRP$ 7 poss    -
    airspace  airspace  NOUN  NN  5 dobj     -
    .         .         PUNCT .   3 punct    -
    """)
    assert ("Hans Berg", "say", "Norway") in facts(reading, "speech_content")
