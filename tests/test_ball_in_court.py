"""The idiom "the ball is in X's court" says whose move it is: the court is no court of law and no body of
the state named before it; a court that acts ("Iran's court jailed X") stays the state's court. Parses are
built by hand."""

from __future__ import annotations

from hand_docs import read


def _labels(table: str) -> set[str]:
    return {entity.label for entity in read(table).entities.entities()}


def test_the_court_the_ball_is_in_is_no_body() -> None:
    labels = _labels(
        """
    The        the        DET   DT   2   det       -
    ball       ball       NOUN  NN   3   nsubj     -
    is         be         AUX   VBZ  0   ROOT      -
    in         in         ADP   IN   3   prep      -
    Iran       Iran       PROPN NNP  7   poss      GPE
    's         's         PART  POS  5   case      -
    court      court      NOUN  NN   4   pobj      -
    now        now        ADV   RB   3   advmod    -
    .          .          PUNCT .    3   punct     -
    """
    )
    assert not any("court" in label.lower() for label in labels)


def test_a_states_court_that_acts_is_a_body() -> None:
    labels = _labels(
        """
    Iran       Iran       PROPN NNP  3   poss      GPE
    's         's         PART  POS  1   case      -
    court      court      NOUN  NN   4   nsubj     -
    jailed     jail       VERB  VBD  0   ROOT      -
    Smith      Smith      PROPN NNP  4   dobj      PERSON
    .          .          PUNCT .    4   punct     -
    """
    )
    assert any("court" in label.lower() for label in labels)
