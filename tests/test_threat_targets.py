"""Threats in content clauses, force promised on a condition, and their targets (wave 52 B): a warning
that promises force on the one warned, force named by a noun promised on a condition, a speech occasion
that is no target, and another's act called a wrong."""

from __future__ import annotations

from hand_docs import by_rule, facts_with_roots, read


def _warned_that(noun: str, lemma: str, head: str, verb: str, verb_lemma: str) -> str:
    return f"""
    Chile      Chile      PROPN NNP 2 nsubj    GPE
    warned     warn       VERB  VBD 0 ROOT     -
    Peru       Peru       PROPN NNP 2 dobj     GPE
    that       that       SCONJ IN  8 mark     -
    further    further    ADJ   JJ  6 amod     -
    raids      raid       NOUN  NNS 8 nsubj    -
    would      would      AUX   MD  8 aux      -
    {verb}     {verb_lemma} VERB VB 2 ccomp    -
    {head}     {head}     ADJ   JJ  10 amod    -
    {noun}     {lemma}    NOUN  NN  8 dobj     -
    .          .          PUNCT .   2 punct    -
    """


def test_a_warning_that_the_hearers_acts_bring_force_is_a_threat() -> None:
    table = _warned_that("action", "action", "firm", "justify", "justify")
    assert ("Chile", "warn", "Peru", "13") in facts_with_roots(table)


def test_a_warning_of_harm_short_of_force_stays_a_statement() -> None:
    table = _warned_that("trade", "trade", "regional", "hurt", "hurt")
    assert ("Chile", "warn", "Peru", "01") in facts_with_roots(table)


def _action_against(condition: bool) -> str:
    tail = """
    if         if         SCONJ IN  12 mark    -
    its        its        PRON  PRP$ 10 poss   -
    ships      ship       NOUN  NNS 12 nsubjpass -
    were       be         AUX   VBD 12 auxpass -
    attacked   attack     VERB  VBN 3 advcl    -
    """
    return f"""
    Chile      Chile      PROPN NNP 3 nsubj    GPE
    would      would      AUX   MD  3 aux      -
    take       take       VERB  VB  0 ROOT     -
    military   military   ADJ   JJ  5 amod     -
    action     action     NOUN  NN  3 dobj     -
    against    against    ADP   IN  5 prep     -
    Peru       Peru       PROPN NNP 6 pobj     GPE
    {tail if condition else ""}
    .          .          PUNCT .   3 punct    -
    """


def test_force_named_by_a_noun_promised_on_a_condition_is_a_threat() -> None:
    assert ("Chile", "take action against", "Peru", "13") in facts_with_roots(_action_against(True))


def test_force_named_by_a_noun_promised_without_condition_stays_force() -> None:
    assert ("Chile", "take action against", "Peru", "19") in facts_with_roots(_action_against(False))


PROMISED_IN_SPEECH = """
    Morales     Morales     PROPN NNP 2 nsubj    PERSON
    promised    promise     VERB  VBD 0 ROOT     -
    retaliation retaliation NOUN  NN  2 dobj     -
    in          in          ADP   IN  3 prep     -
    a           a           DET   DT  6 det      -
    speech      speech      NOUN  NN  4 pobj     -
    to          to          ADP   IN  6 prep     -
    Congress    Congress    PROPN NNP 7 pobj     ORG
    .           .           PUNCT .   2 punct    -
"""


def test_the_audience_of_a_speech_is_no_target_of_what_it_promises() -> None:
    found = facts_with_roots(PROMISED_IN_SPEECH)
    assert not [f for f in found if f[1].startswith("promise")]
    assert ("Morales", "speech to", "Congress", "01") in found


def _called(noun: str, lemma: str) -> str:
    return f"""
    Chile      Chile      PROPN NNP 2 nsubj    GPE
    called     call       VERB  VBD 0 ROOT     -
    Peru       Peru       PROPN NNP 5 poss     GPE
    's         's         PART  POS 3 case     -
    raids      raid       NOUN  NNS 2 dobj     -
    an         an         DET   DT  7 det      -
    {noun}     {lemma}    NOUN  NN  2 oprd     -
    .          .          PUNCT .   2 punct    -
    """


def test_calling_anothers_act_a_wrong_accuses_its_doer() -> None:
    assert facts_with_roots(_called("escalation", "escalation")) == {("Chile", "accuse", "Peru", "11")}
    assert facts_with_roots(_called("provocation", "provocation")) == {("Chile", "accuse", "Peru", "11")}


def test_calling_anothers_act_something_else_only_describes_it() -> None:
    assert facts_with_roots(_called("answer", "answer")) == {("Chile", "describe", "Peru", "01")}


def _foreseen(speaker: str, lemma: str, pos: str, tag: str, label: str) -> str:
    return f"""
    {speaker}  {lemma}    {pos} {tag} 2 nsubj    {label}
    said       say        VERB  VBD 0 ROOT     -
    Chile      Chile      PROPN NNP 5 nsubj    GPE
    would      would      AUX   MD  5 aux      -
    attack     attack     VERB  VB  2 ccomp    -
    Peru       Peru       PROPN NNP 5 dobj     GPE
    if         if         SCONJ IN  11 mark    -
    its        its        PRON  PRP$ 9 poss    -
    ships      ship       NOUN  NNS 11 nsubjpass -
    were       be         AUX   VBD 11 auxpass -
    attacked   attack     VERB  VBN 5 advcl    -
    .          .          PUNCT .   2 punct    -
    """


def test_force_others_foresee_on_a_condition_is_no_threat() -> None:
    found = facts_with_roots(_foreseen("Bolivia", "Bolivia", "PROPN", "NNP", "GPE"))
    assert ("Chile", "attack", "Peru", "19") in found
    assert not [f for f in found if f[3] == "13"]


def test_force_its_own_side_promises_on_a_condition_is_a_threat() -> None:
    found = facts_with_roots(_foreseen("Chile", "Chile", "PROPN", "NNP", "GPE"))
    assert ("Chile", "threaten to attack", "Peru", "13") in found


ACTION_UNLESS = """
    Chile      Chile      PROPN NNP 3 nsubj    GPE
    will       will       AUX   MD  3 aux      -
    take       take       VERB  VB  0 ROOT     -
    military   military   ADJ   JJ  5 amod     -
    action     action     NOUN  NN  3 dobj     -
    against    against    ADP   IN  5 prep     -
    Peru       Peru       PROPN NNP 6 pobj     GPE
    unless     unless     SCONJ IN  11 mark    -
    the        the        DET   DT  10 det     -
    troops     troop      NOUN  NNS 11 nsubj   -
    leave      leave      VERB  VBP 3 advcl    -
    .          .          PUNCT .   3 punct    -
"""


def test_a_threat_of_force_named_by_a_noun_keeps_its_will() -> None:
    [action] = by_rule(read(ACTION_UNLESS), "light_verb")
    assert (action.predicate, action.event_root, action.modality) == ("take action against", "13", "will")


WARNED_TO_FACE = """
    Chile      Chile      PROPN NNP 2 nsubj    GPE
    warned     warn       VERB  VBD 0 ROOT     -
    Peru       Peru       PROPN NNP 2 dobj     GPE
    that       that       SCONJ IN  7 mark     -
    Peru       Peru       PROPN NNP 7 nsubj    GPE
    would      would      AUX   MD  7 aux      -
    face       face       VERB  VB  2 ccomp    -
    retaliation retaliation NOUN NN 7 dobj     -
    .          .          PUNCT .   2 punct    -
"""


def test_a_warning_that_the_hearer_will_face_force_is_a_threat() -> None:
    assert ("Chile", "warn", "Peru", "13") in facts_with_roots(WARNED_TO_FACE)


CALLED_MISREAD_ACT = """
    Chile      Chile      PROPN NNP 2 nsubj    GPE
    called     call       VERB  VBD 0 ROOT     -
    the        the        DET   DT  4 det      -
    Peru       Peru       PROPN NNP 5 compound GPE
    attacks    attack     VERB  VBZ 2 dobj     -
    an         an         DET   DT  7 det      -
    escalation escalation NOUN  NN  5 dobj     -
    .          .          PUNCT .   2 punct    -
"""


def test_an_act_the_parser_reads_as_a_verb_called_a_wrong_accuses_its_doer() -> None:
    # "called the Peru attacks an escalation", with "attacks" read as a verb object of the calling
    assert ("Chile", "accuse", "Peru", "11") in facts_with_roots(CALLED_MISREAD_ACT)
