"""An appeal noun with a "to" infinitive is its maker's appeal for that act (wave 100 G): "a call by the
Senate to impose penalties on Chilean goods", "Peru's demand to punish Bolivia". The appeal's maker
(its by-agent or owner) reaches whom the act asked for acts on, through the act's object; the act stays in
the phrase ("call for impose penalty on goods of"), coded as the appeal noun's "for" (an appeal, 02; a
demand, 10). Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_content, read_triples, roots_between

_CALL_BY_TO_IMPOSE = """
    Lima        Lima        PROPN NNP 2  nsubj    GPE
    cited       cite        VERB  VBD 0  ROOT     -
    a           a           DET   DT  4  det      -
    call        call        NOUN  NN  2  dobj     -
    by          by          ADP   IN  4  prep     -
    the         the         DET   DT  7  det      -
    Senate      Senate      PROPN NNP 5  pobj     ORG
    to          to          PART  TO  9  aux      -
    impose      impose      VERB  VB  4  acl      -
    penalties   penalty     NOUN  NNS 9  dobj     -
    on          on          ADP   IN  10 prep     -
    Chilean     chilean     ADJ   JJ  13 amod     NORP
    goods       good        NOUN  NNS 11 pobj     -
    .           .           PUNCT .   2  punct    -
    """

_OWNED_DEMAND_TO_EXPEL = """
    Peru        Peru        PROPN NNP 3  poss     GPE
    's          's          PART  POS 1  case     -
    demand      demand      NOUN  NN  7  nsubj    -
    to          to          PART  TO  5  aux      -
    punish      punish      VERB  VB  3  acl      -
    Bolivia     Bolivia     PROPN NNP 5  dobj     GPE
    surprised   surprise    VERB  VBD 0  ROOT     -
    observers   observer    NOUN  NNS 7  dobj     -
    .           .           PUNCT .   7  punct    -
    """

_PLAN_TO_IMPOSE = """
    Lima        Lima        PROPN NNP 2  nsubj    GPE
    cited       cite        VERB  VBD 0  ROOT     -
    a           a           DET   DT  4  det      -
    plan        plan        NOUN  NN  2  dobj     -
    by          by          ADP   IN  4  prep     -
    the         the         DET   DT  7  det      -
    Senate      Senate      PROPN NNP 5  pobj     ORG
    to          to          PART  TO  9  aux      -
    impose      impose      VERB  VB  4  acl      -
    penalties   penalty     NOUN  NNS 9  dobj     -
    on          on          ADP   IN  10 prep     -
    Chilean     chilean     ADJ   JJ  13 amod     NORP
    goods       good        NOUN  NNS 11 pobj     -
    .           .           PUNCT .   2  punct    -
    """


def test_call_by_a_body_to_impose_penalties_reaches_their_target() -> None:
    triples = read_triples(_CALL_BY_TO_IMPOSE)
    assert ("Senate", "call for impose penalty on goods of", "Chile") in triples
    assert roots_between(_CALL_BY_TO_IMPOSE, "Senate", "Chile") == {"02"}


def test_the_target_of_the_act_asked_for_is_not_the_one_asked() -> None:
    # Chile is not asked to impose anything: the act asked for is in the phrase, and no words go with the
    # edge as they do with the one an appeal is made to ("a request to X by Y to restrict sales")
    reached = {f for f in facts_with_content(_CALL_BY_TO_IMPOSE) if f[0] == "Senate" and f[2] == "Chile"}
    assert reached == {("Senate", "call for impose penalty on goods of", "Chile", None)}


def test_owned_demand_to_act_on_a_state_is_a_demand() -> None:
    assert ("Peru", "demand for punish", "Bolivia") in read_triples(_OWNED_DEMAND_TO_EXPEL)
    assert roots_between(_OWNED_DEMAND_TO_EXPEL, "Peru", "Bolivia") == {"10"}


def test_a_plan_is_no_appeal() -> None:
    # "a plan by X to impose penalties" is no appeal noun: nothing here is asked for
    assert not any(p.startswith("plan for") for _, p, _ in read_triples(_PLAN_TO_IMPOSE))
