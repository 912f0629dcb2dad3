"""A bare participle opening the sentence ("Asked about X, Y said ...") is done to the main clause's
subject, not by him (voice.opening_participle); asking about a topic appeals to nobody (cameo.tsv)."""

from hand_docs import facts_with_roots

ASKED_ABOUT = """
    Asked      ask        VERB  VBN  10  advcl     -
    about      about      ADP   IN   1   prep      -
    the        the        DET   DT   5   det       -
    Chilean    chilean    ADJ   JJ   5   amod      NORP
    claims     claim      NOUN  NNS  2   pobj      -
    ,          ,          PUNCT ,    10  punct     -
    spokesman  spokesman  NOUN  NN   9   compound  -
    Jose       Jose       PROPN NNP  9   compound  PERSON
    Diaz       Diaz       PROPN NNP  10  nsubj     I-PERSON
    said       say        VERB  VBD  0   ROOT      -
    he         he         PRON  PRP  12  nsubj     -
    had        have       VERB  VBD  10  ccomp     -
    no         no         DET   DT   14  det       -
    comment    comment    NOUN  NN   12  dobj      -
    .          .          PUNCT .    10  punct     -
"""

WHEN_ASKED = """
    When       when       SCONJ WRB  2   advmod    -
    asked      ask        VERB  VBN  7   advcl     -
    about      about      ADP   IN   2   prep      -
    Chile      Chile      PROPN NNP  3   pobj      GPE
    ,          ,          PUNCT ,    7   punct     -
    Diaz       Diaz       PROPN NNP  7   nsubj     PERSON
    said       say        VERB  VBD  0   ROOT      -
    he         he         PRON  PRP  9   nsubj     -
    had        have       VERB  VBD  7   ccomp     -
    no         no         DET   DT   11  det       -
    comment    comment    NOUN  NN   9   dobj      -
    .          .          PUNCT .    7   punct     -
"""

ASKS_ABOUT = """
    Peru       Peru       PROPN NNP  2   nsubj     GPE
    asked      ask        VERB  VBD  0   ROOT      -
    about      about      ADP   IN   2   prep      -
    Chile      Chile      PROPN NNP  3   pobj      GPE
    .          .          PUNCT .    2   punct     -
"""


def _asking(table: str) -> set[tuple[str, str, str, str | None]]:
    return {f for f in facts_with_roots(table) if f[1].startswith("ask")}


def test_an_opening_participle_is_not_the_subjects_deed() -> None:
    assert _asking(ASKED_ABOUT) == set()


def test_when_asked_is_not_the_subjects_question() -> None:
    assert _asking(WHEN_ASKED) == set()


def test_asking_about_a_topic_is_no_appeal() -> None:
    assert _asking(ASKS_ABOUT) == {("Peru", "ask about", "Chile", None)}


GRADUATED_IN = """
    Graduated  graduate   VERB  VBN  6   advcl     -
    in         in         ADP   IN   1   prep      -
    Lima       Lima       PROPN NNP  2   pobj      GPE
    ,          ,          PUNCT ,    6   punct     -
    Diaz       Diaz       PROPN NNP  6   nsubj     PERSON
    received   receive    VERB  VBD  0   ROOT      -
    his        his        PRON  PRP$ 8   poss      -
    degree     degree     NOUN  NN   6   dobj      -
    in         in         ADP   IN   6   prep      -
    Chile      Chile      PROPN NNP  9   pobj      GPE
    .          .          PUNCT .    6   punct     -
"""


def test_an_opening_participle_of_the_subjects_own_deed_stays_his() -> None:
    assert ("Diaz", "graduate in", "Lima") in {f[:3] for f in facts_with_roots(GRADUATED_IN)}
