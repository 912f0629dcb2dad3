"""Wave 80 G: the noun an evaluative verb calls its object is what the speaker says it is, no event of the
speaker's ("called the plan a breach of Iceland's rights under the treaty": no `call breach of` edge to
Iceland, no `call under` edge to the treaty's body; the judgement is read by rule evaluation), and "should"
with a verb of showing or posting a measure ("should show strong earnings") is a forecast, no appeal. Each
test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots

# "Canada called the Irish plan a breach of Iceland's rights under NATO.", with "under" hung on the verb as
# the parser hangs it
_CALLED_A_BREACH = """
    Canada   Canada  PROPN NNP 2  nsubj    GPE
    called   call    VERB  VBD 0  ROOT     -
    the      the     DET   DT  5  det      -
    Irish    irish   ADJ   JJ  5  amod     NORP
    plan     plan    NOUN  NN  2  dobj     -
    a        a       DET   DT  7  det      -
    breach   breach  NOUN  NN  2  oprd     -
    of       of      ADP   IN  7  prep     -
    Iceland  Iceland PROPN NNP 11 poss     GPE
    's       's      PART  POS 9  case     -
    rights   right   NOUN  NNS 8  pobj     -
    under    under   ADP   IN  2  prep     -
    NATO     NATO    PROPN NNP 12 pobj     ORG
    .        .       PUNCT .   2  punct    -
    """


def test_the_noun_a_plan_is_called_reaches_no_party() -> None:
    facts = facts_with_roots(_CALLED_A_BREACH)
    assert not [f for f in facts if f[0] == "Canada" and f[2] == "Iceland"], facts
    assert not [f for f in facts if f[0] == "Canada" and f[2] == "NATO"], facts


def test_a_measure_shown_or_posted_is_a_forecast_not_advice() -> None:
    facts = facts_with_roots("""
    Tom      Tom     PROPN NNP 2  compound PERSON
    Reed     Reed    PROPN NNP 3  nsubj    I-PERSON
    said     say     VERB  VBD 0  ROOT     -
    Canada   Canada  PROPN NNP 6  nsubj    GPE
    should   should  AUX   MD  6  aux      -
    show     show    VERB  VB  3  ccomp    -
    strong   strong  ADJ   JJ  8  amod     -
    earnings earning NOUN  NNS 6  dobj     -
    this     this    DET   DT  10 det      DATE
    year     year    NOUN  NN  6  npadvmod I-DATE
    .        .       PUNCT .   3  punct    -
    """)
    assert ("Tom Reed", "say", "Canada", "01") in facts, facts
    assert not [f for f in facts if f[2] == "Canada" and f[3] == "02"], facts


def test_restraint_shown_stays_advice() -> None:
    facts = facts_with_roots("""
    Peru     Peru      PROPN NNP 2 nsubj GPE
    said     say       VERB  VBD 0 ROOT  -
    Chile    Chile     PROPN NNP 5 nsubj GPE
    should   should    AUX   MD  5 aux   -
    show     show      VERB  VB  2 ccomp -
    restraint restraint NOUN NN  5 dobj  -
    .        .         PUNCT .   2 punct -
    """)
    assert [f for f in facts if f[0] == "Peru" and f[2] == "Chile" and f[3] == "02"], facts
