"""Monitoring a state is an inquiry into its conduct, CAMEO 09 (lead, stop 54): "The European Union will
monitor Peru" was an event between actors with no root. Parsed by hand (tests/hand_docs.py); ours."""

from __future__ import annotations

from hand_docs import roots_between


def test_monitoring_a_state_investigates_it() -> None:
    roots = roots_between(
        """
        The       the       DET   DT  3  det      -
        European  European  PROPN NNP 3  compound ORG
        Union     Union     PROPN NNP 5  nsubj    I-ORG
        will      will      AUX   MD  5  aux      -
        monitor   monitor   VERB  VB  0  ROOT     -
        Peru      Peru      PROPN NNP 5  dobj     GPE
        .         .         PUNCT .   5  punct    -
        """,
        "European Union",
        "Peru",
    )
    assert roots == {"09"}, roots
