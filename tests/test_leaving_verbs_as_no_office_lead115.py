"""A verb of leaving an office with an "as" phrase that names no office (lead, stop 53, found in the final
re-read): "Labour leader Jan Berg dismissed the Tory plan as a farce" dismisses a plan, and the "as" phrase
("a farce") names no role; reading whether he left his office must not fail on it (the article was skipped
whole). He stays the party's leader. Parse by hand (tests/hand_docs.py); the sentence is ours."""

from __future__ import annotations

from hand_docs import read_triples


def test_dismissing_a_plan_as_a_farce_leaves_no_office() -> None:
    triples = read_triples("""
    Labour     labour     ADJ   JJ  2  amod     ORG
    leader     leader     NOUN  NN  4  compound -
    Jan        Jan        PROPN NNP 4  compound PERSON
    Berg       Berg       PROPN NNP 5  nsubj    I-PERSON
    dismissed  dismiss    VERB  VBD 0  ROOT     -
    the        the        DET   DT  8  det      -
    Tory       Tory       PROPN NNP 8  compound NORP
    plan       plan       NOUN  NN  5  dobj     -
    as         as         ADP   IN  5  prep     -
    a          a          DET   DT  11 det      -
    farce      farce      NOUN  NN  9  pobj     -
    .          .          PUNCT .   5  punct    -
    """)
    assert ("Jan Berg", "leader of", "Labour Party") in triples, triples
