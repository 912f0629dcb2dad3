"""Wave 83 G: a meeting that places a clause ("At a meeting in X, ...") keeps its code (04) on the
attendee's edge to the place where it was held. The test states its parse by hand (tests/hand_docs.py);
the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots, then_abroad


def test_a_meeting_that_places_the_clause_is_the_attendees_meeting() -> None:
    """ "At a meeting in Quito, Peru agreed to cut output": Peru met in Quito (04); the venue of a meeting
    with no partner named is where the attendee met, not a place without an event."""
    table = """
    At      at       ADP   IN  8  prep   -
    a       a        DET   DT  3  det    -
    meeting meeting  NOUN  NN  1  pobj   -
    in      in       ADP   IN  3  prep   -
    Quito   Quito    PROPN NNP 4  pobj   GPE
    ,       ,        PUNCT ,   8  punct  -
    Peru    Peru     PROPN NNP 8  nsubj  GPE
    agreed  agree    VERB  VBD 0  ROOT   -
    to      to       PART  TO  10 aux    -
    cut     cut      VERB  VB  8  xcomp  -
    output  output   NOUN  NN  10 dobj   -
    .       .        PUNCT .   8  punct  -
    """
    assert ("Peru", "meeting in", "Quito", "04") in facts_with_roots(then_abroad(table))
    # "At a news conference in Quito, Peru said ...": the occasion of a statement, no meeting (cameo.tsv
    # "news conference"); the edge to the place keeps no code
    press = """
    At          at          ADP   IN  9  prep   -
    a           a           DET   DT  4  det    -
    news        news        NOUN  NN  4  compound -
    conference  conference  NOUN  NN  1  pobj   -
    in          in          ADP   IN  4  prep   -
    Quito       Quito       PROPN NNP 5  pobj   GPE
    ,           ,           PUNCT ,   9  punct  -
    Peru        Peru        PROPN NNP 9  nsubj  GPE
    said        say         VERB  VBD 0  ROOT   -
    prices      price       NOUN  NNS 12 nsubj  -
    would       will        AUX   MD  12 aux    -
    rise        rise        VERB  VB  9  ccomp  -
    .           .           PUNCT .   9  punct  -
    """
    placed = {fact[1:] for fact in facts_with_roots(then_abroad(press)) if fact[2] == "Quito"}
    assert placed == {("conference in", "Quito", None)}, placed
