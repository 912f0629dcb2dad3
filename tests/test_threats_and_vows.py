"""Threats, vows and warnings of reprisal (wave 50 C): a harm promised on a condition, a vow to hit back, a
warning of reprisal are threats (CAMEO 13)."""

from __future__ import annotations

from hand_docs import by_rule, facts_with_roots, read

BLOCK_UNLESS = """
    Chile      Chile      PROPN NNP 3 nsubj    GPE
    will       will       AUX   MD  3 aux      -
    block      block      VERB  VB  0 ROOT     -
    aid        aid        NOUN  NN  3 dobj     -
    to         to         ADP   IN  3 prep     -
    Peru       Peru       PROPN NNP 5 pobj     GPE
    unless     unless     SCONJ IN  9 mark     -
    Lima       Lima       PROPN NNP 9 nsubj    GPE
    agrees     agree      VERB  VBZ 3 advcl    -
    .          .          PUNCT .   3 punct    -
"""

BLOCK_IF_NOT = """
    Chile      Chile      PROPN NNP 3 nsubj    GPE
    will       will       AUX   MD  3 aux      -
    block      block      VERB  VB  0 ROOT     -
    aid        aid        NOUN  NN  3 dobj     -
    to         to         ADP   IN  3 prep     -
    Peru       Peru       PROPN NNP 5 pobj     GPE
    if         if         SCONJ IN  11 mark    -
    Lima       Lima       PROPN NNP 11 nsubj   GPE
    does       do         AUX   VBZ 11 aux     -
    not        not        PART  RB  11 neg     -
    agree      agree      VERB  VB  3 advcl    -
    .          .          PUNCT .   3 punct    -
"""

BLOCK_PLAIN = """
    Chile      Chile      PROPN NNP 3 nsubj    GPE
    will       will       AUX   MD  3 aux      -
    block      block      VERB  VB  0 ROOT     -
    aid        aid        NOUN  NN  3 dobj     -
    to         to         ADP   IN  3 prep     -
    Peru       Peru       PROPN NNP 5 pobj     GPE
    .          .          PUNCT .   3 punct    -
"""


def test_a_harm_promised_unless_something_is_done_is_a_threat() -> None:
    for table in (BLOCK_UNLESS, BLOCK_IF_NOT):
        [block] = by_rule(read(table), "prep")
        assert (block.predicate, block.event_root, block.modality) == (
            "threaten to block aid to",
            "13",
            "will",
        )


def test_an_unconditional_harm_to_come_keeps_its_own_root() -> None:
    [block] = by_rule(read(BLOCK_PLAIN), "prep")
    assert (block.predicate, block.event_root, block.modality) == ("block aid to", "12", "will")


def _warned_of(noun: str, lemma: str) -> str:
    return f"""
    Chile      Chile      PROPN NNP 2 nsubj    GPE
    warned     warn       VERB  VBD 0 ROOT     -
    Peru       Peru       PROPN NNP 2 dobj     GPE
    of         of         ADP   IN  2 prep     -
    {noun}     {lemma}    NOUN  NNS 4 pobj     -
    .          .          PUNCT .   2 punct    -
    """


def test_a_warning_of_reprisal_is_a_threat() -> None:
    assert facts_with_roots(_warned_of("reprisals", "reprisal")) == {("Chile", "warn", "Peru", "13")}
    assert facts_with_roots(_warned_of("consequences", "consequence")) == {("Chile", "warn", "Peru", "13")}


def test_a_plain_warning_stays_a_statement() -> None:
    assert facts_with_roots(_warned_of("shortages", "shortage")) == {("Chile", "warn", "Peru", "01")}


def test_the_of_of_a_warning_hung_on_a_named_object_is_the_verbs() -> None:
    # the parser hangs "of reprisals" on "States": it is what the warning is of, not part of the name
    assert facts_with_roots("""
    Chile      Chile      PROPN NNP 2 nsubj    GPE
    warned     warn       VERB  VBD 0 ROOT     -
    the        the        DET   DT  5 det      GPE
    United     United     PROPN NNP 5 compound I-GPE
    States     States     PROPN NNP 2 dobj     I-GPE
    of         of         ADP   IN  5 prep     -
    reprisals  reprisal   NOUN  NNS 6 pobj     -
    .          .          PUNCT .   2 punct    -
    """) == {("Chile", "warn", "United States", "13")}


def test_a_vowed_reprisal_is_a_threat() -> None:
    assert facts_with_roots("""
    Chile      Chile      PROPN NNP 2 nsubj    GPE
    vowed      vow        VERB  VBD 0 ROOT     -
    revenge    revenge    NOUN  NN  2 dobj     -
    on         on         ADP   IN  3 prep     -
    Peru       Peru       PROPN NNP 4 pobj     GPE
    .          .          PUNCT .   2 punct    -
    """) == {("Chile", "vow revenge on", "Peru", "13")}


def _reprisals(verb: str, lemma: str, tag: str, modal: bool) -> str:
    will = "    will       will       AUX   MD  3 aux      -\n" if modal else ""
    n = 1 if modal else 0
    return f"""
    Chile      Chile      PROPN NNP {2 + n} nsubj    GPE
    {will}    {verb}     {lemma}    VERB  {tag} 0 ROOT     -
    reprisals  reprisal   NOUN  NNS {2 + n} dobj     -
    against    against    ADP   IN  {2 + n} prep     -
    Peru       Peru       PROPN NNP {4 + n} pobj     GPE
    .          .          PUNCT .   {2 + n} punct    -
    """


def test_reprisals_promised_are_a_threat_and_taken_are_force() -> None:
    [promised] = by_rule(read(_reprisals("take", "take", "VB", True)), "prep")
    assert (promised.predicate, promised.event_root, promised.modality) == (
        "take reprisal against",
        "13",
        "will",
    )
    [taken] = by_rule(read(_reprisals("took", "take", "VBD", False)), "prep")
    assert (taken.predicate, taken.event_root) == ("take reprisal against", "19")


def test_a_threat_to_block_a_bodys_spending_threatens_the_body() -> None:
    assert facts_with_roots("""
    Chile      Chile      PROPN NNP 2 nsubj    GPE
    threatened threaten   VERB  VBD 0 ROOT     -
    to         to         PART  TO  4 aux      -
    block      block      VERB  VB  2 xcomp    -
    new        new        ADJ   JJ  7 amod     -
    EC         EC         PROPN NNP 7 compound ORG
    spending   spending   NOUN  NN  4 dobj     -
    .          .          PUNCT .   2 punct    -
    """) == {("Chile", "threaten to block spending of", "EC", "13")}


def _vowed_to(verb: str, manner: str, dep: str, prep: str, state: str = "Peru") -> str:
    return f"""
    Chile      Chile      PROPN NNP 2 nsubj    GPE
    vowed      vow        VERB  VBD 0 ROOT     -
    to         to         PART  TO  4 aux      -
    {verb}     {verb}     VERB  VB  2 xcomp    -
    {manner}   {manner}   ADV   RB  4 {dep}    -
    {prep}     {prep}     ADP   IN  4 prep     -
    {state}    {state}    PROPN NNP 6 pobj     GPE
    .          .          PUNCT .   2 punct    -
    """


def test_a_vowed_response_made_a_reprisal_is_a_threat() -> None:
    assert facts_with_roots(_vowed_to("react", "strongly", "advmod", "to")) == {
        ("Chile", "vow to react to", "Peru", "13")
    }
    assert facts_with_roots(_vowed_to("hit", "back", "advmod", "at")) == {
        ("Chile", "vow to hit back at", "Peru", "13")
    }


def test_a_plain_vowed_response_is_no_threat() -> None:
    assert facts_with_roots(_vowed_to("react", "quickly", "advmod", "to")) == {
        ("Chile", "vow to react to", "Peru", "01")
    }


def test_a_crushing_response_promised_is_a_threat() -> None:
    assert facts_with_roots("""
    Chile      Chile      PROPN NNP 2 nsubj    GPE
    promised   promise    VERB  VBD 0 ROOT     -
    a          a          DET   DT  5 det      -
    crushing   crush      ADJ   JJ  5 amod     -
    response   response   NOUN  NN  2 dobj     -
    to         to         ADP   IN  5 prep     -
    Peru       Peru       PROPN NNP 6 pobj     GPE
    .          .          PUNCT .   2 punct    -
    """) == {("Chile", "promise response to", "Peru", "13")}


def test_a_states_action_named_before_it_is_the_states() -> None:
    assert facts_with_roots("""
    Chile      Chile      PROPN NNP 2 nsubj    GPE
    condemned  condemn    VERB  VBD 0 ROOT     -
    the        the        DET   DT  5 det      -
    U.S.       U.S.       PROPN NNP 5 compound GPE
    action     action     NOUN  NN  2 dobj     -
    .          .          PUNCT .   2 punct    -
    """) == {("Chile", "condemn", "United States", "11")}


def _would_retaliate(speaker: str, lemma: str, tag: str, label: str) -> str:
    return f"""
    {speaker}  {lemma}    {"NOUN" if label == "-" else "PROPN"} {tag} 2 nsubj {label}
    said       say        VERB  VBD 0 ROOT     -
    Chile      Chile      PROPN NNP 5 nsubj    GPE
    would      would      AUX   MD  5 aux      -
    retaliate  retaliate  VERB  VB  2 ccomp    -
    against    against    ADP   IN  5 prep     -
    Peru       Peru       PROPN NNP 6 pobj     GPE
    .          .          PUNCT .   2 punct    -
    """


def test_a_reprisal_its_doer_promises_is_a_threat_one_others_foresee_is_not() -> None:
    [own] = by_rule(read(_would_retaliate("Chile", "Chile", "NNP", "GPE")), "prep")
    assert (own.event_root, own.modality) == ("13", "would")
    [foreseen] = by_rule(read(_would_retaliate("Analysts", "analyst", "NNS", "-")), "prep")
    assert (foreseen.event_root, foreseen.modality) == ("19", "would")
