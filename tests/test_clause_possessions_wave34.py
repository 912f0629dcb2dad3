"""Wave 34: a possession is not its owner, and a state acts on the things of another. A share of what a state
owns ("35 pct of Chile's debt", "much of the Chilean debt") is no relation to the state unless the verb is an
event that reaches it ("shelled half of Peru's ports"); a thing of a state's that worries, angers or hurts
someone does not make the state the doer; a standing given ("gave Peru the largest exposure") is no gift; a
state's goods named by its name ("tariffs on U.S. goods") are the state's, kept in the predicate, and cutting
tariffs eases a trade barrier (CAMEO 085); the subject's own thing ("softened its stance toward Peru") leads
to whom its phrase names, and an owned "opposition to" something is a stance, not the opposition. Parses are
built by hand."""

from __future__ import annotations

from hand_docs import facts_with_roots


def test_a_share_of_a_states_debt_is_no_relation_to_the_state() -> None:
    facts = facts_with_roots(
        """
    Peru       Peru       PROPN NNP  2  nsubj    GPE
    holds      hold       VERB  VBZ  0  ROOT     -
    35         35         NUM   CD   4  nummod   CARDINAL
    pct        pct        NOUN  NN   2  dobj     -
    of         of         ADP   IN   4  prep     -
    Chile      Chile      PROPN NNP  8  poss     GPE
    's         's         PART  POS  6  case     -
    debt       debt       NOUN  NN   5  pobj     -
    .          .          PUNCT .    2  punct    -
    """
    )
    assert facts == set()


def test_an_attack_on_a_share_of_a_states_things_is_an_attack_on_the_state() -> None:
    facts = facts_with_roots(
        """
    Chile      Chile      PROPN NNP  2  nsubj    GPE
    shelled    shell      VERB  VBD  0  ROOT     -
    half       half       NOUN  NN   2  dobj     CARDINAL
    of         of         ADP   IN   3  prep     -
    Peru       Peru       PROPN NNP  7  poss     GPE
    's         's         PART  POS  5  case     -
    ports      port       NOUN  NNS  4  pobj     -
    .          .          PUNCT .    2  punct    -
    """
    )
    assert facts == {("Chile", "shell half of", "Peru", "19")}


def test_much_of_a_debt_a_states_adjective_names_is_no_relation_to_the_state() -> None:
    facts = facts_with_roots(
        """
    Peru       Peru       PROPN NNP  2  nsubj    GPE
    holds      hold       VERB  VBZ  0  ROOT     -
    much       much       ADJ   JJ   2  dobj     -
    of         of         ADP   IN   3  prep     -
    the        the        DET   DT   7  det      -
    Chilean    chilean    ADJ   JJ   7  amod     NORP
    debt       debt       NOUN  NN   4  pobj     -
    .          .          PUNCT .    2  punct    -
    """
    )
    assert facts == set()


def test_a_states_moratorium_that_worries_another_is_not_the_state_acting() -> None:
    facts = facts_with_roots(
        """
    The        the        DET   DT   3  det      -
    Chilean    chilean    ADJ   JJ   3  amod     NORP
    moratorium moratorium NOUN  NN   4  nsubj    -
    worried    worry      VERB  VBD  0  ROOT     -
    Peru       Peru       PROPN NNP  4  dobj     GPE
    .          .          PUNCT .    4  punct    -
    """
    )
    assert facts == set()


def test_a_states_act_that_hurts_another_is_not_the_state_acting() -> None:
    # "hurt" is no event: what the devaluation does is not Chile's deed ("Chile's note urged Peru" would be)
    facts = facts_with_roots(
        """
    The        the        DET   DT   3  det      -
    Chilean    chilean    ADJ   JJ   3  amod     NORP
    devaluation devaluation NOUN NN  4  nsubj    -
    hurt       hurt       VERB  VBD  0  ROOT     -
    Peru       Peru       PROPN NNP  4  dobj     GPE
    .          .          PUNCT .    4  punct    -
    """
    )
    assert facts == set()


def test_a_standing_given_is_no_gift() -> None:
    facts = facts_with_roots(
        """
    Chile      Chile      PROPN NNP  2  nsubj    GPE
    gave       give       VERB  VBD  0  ROOT     -
    Peru       Peru       PROPN NNP  2  dative   GPE
    the        the        DET   DT   6  det      -
    largest    large      ADJ   JJS  6  amod     -
    exposure   exposure   NOUN  NN   2  dobj     -
    .          .          PUNCT .    2  punct    -
    """
    )
    assert facts == set()


def test_cutting_tariffs_on_a_states_goods_eases_them_toward_the_state() -> None:
    facts = facts_with_roots(
        """
    Chile      Chile      PROPN NNP  2  nsubj    GPE
    cut        cut        VERB  VBD  0  ROOT     -
    tariffs    tariff     NOUN  NNS  2  dobj     -
    on         on         ADP   IN   2  prep     -
    U.S.       U.S.       PROPN NNP  6  compound GPE
    goods      good       NOUN  NNS  4  pobj     -
    .          .          PUNCT .    2  punct    -
    """
    )
    assert facts == {("Chile", "cut tariff on goods of", "United States", "08")}


def test_planned_tariff_cuts_on_a_states_goods_reach_the_state() -> None:
    facts = facts_with_roots(
        """
    Chile      Chile      PROPN NNP  2  nsubj    GPE
    planned    plan       VERB  VBD  0  ROOT     -
    tariff     tariff     NOUN  NN   4  compound -
    cuts       cut        NOUN  NNS  2  dobj     -
    on         on         ADP   IN   4  prep     -
    U.S.       U.S.       PROPN NNP  7  compound GPE
    goods      good       NOUN  NNS  5  pobj     -
    .          .          PUNCT .    2  punct    -
    """
    )
    # the planned event keeps its own root, as "planned a visit to Peru" keeps 04 (the two words "tariff cut"
    # are an event the lexicon codes, 085, since the lead's two-word event nouns after light verbs)
    assert facts == {("Chile", "plan tariff cut on goods of", "United States", "08")}


def test_a_stance_of_the_subjects_own_reaches_whom_its_phrase_names() -> None:
    # "its stance" is the subject's own thing: the verb reaches Peru through it, and softening a stance yields
    facts = facts_with_roots(
        """
    Chile      Chile      PROPN NNP  2  nsubj    GPE
    softened   soften     VERB  VBD  0  ROOT     -
    its        its        PRON  PRP$ 4  poss     -
    stance     stance     NOUN  NN   2  dobj     -
    toward     toward     ADP   IN   4  prep     -
    Peru       Peru       PROPN NNP  5  pobj     GPE
    .          .          PUNCT .    2  punct    -
    """
    )
    assert facts == {("Chile", "soften stance toward", "Peru", "08")}


def test_an_owned_opposition_to_something_is_a_stance_not_the_opposition() -> None:
    facts = facts_with_roots(
        """
    Chile      Chile      PROPN NNP  2  nsubj    GPE
    eased      ease       VERB  VBD  0  ROOT     -
    its        its        PRON  PRP$ 4  poss     -
    opposition opposition NOUN  NN   2  dobj     -
    to         to         ADP   IN   4  prep     -
    the        the        DET   DT   8  det      -
    Peruvian   peruvian   ADJ   JJ   8  amod     NORP
    plan       plan       NOUN  NN   5  pobj     -
    .          .          PUNCT .    2  punct    -
    """
    )
    assert facts == {("Chile", "opposition to", "Peru", "11"), ("Chile", "ease opposition to", "Peru", "08")}


def _stopped(verb: str, lemma: str, noun: str, noun_lemma: str) -> str:
    """ "Chile <verb> <noun> to Peru." """
    return f"""
    Chile      Chile      PROPN NNP  2  nsubj    GPE
    {verb}     {lemma}    VERB  VBD  0  ROOT     -
    {noun}     {noun_lemma} NOUN NNS 2  dobj     -
    to         to         ADP   IN   2  prep     -
    Peru       Peru       PROPN NNP  4  pobj     GPE
    .          .          PUNCT .    2  punct    -
    """


def test_aid_cut_to_a_state_reduces_relations_with_it() -> None:
    # not the aid's own code (07): cutting it is 162
    assert facts_with_roots(_stopped("cut", "cut", "aid", "aid")) == {("Chile", "cut aid to", "Peru", "16")}


def test_payments_stopped_to_a_state_reduce_relations_with_it() -> None:
    facts = facts_with_roots(_stopped("stopped", "stop", "payments", "payment"))
    assert facts == {("Chile", "stop payment to", "Peru", "16")}
