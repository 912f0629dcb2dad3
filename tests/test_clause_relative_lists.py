"""Relative clauses and lists that give the wrong pair (wave 49 C): the examples of what a copula calls
its subject are members of the subject, and a relative clause on an event between two states is the
event's, not the states'.

Each test states its parse by hand (tests/hand_docs.py), so no model update moves it; the sentences are
ours."""

from __future__ import annotations

from hand_docs import facts, read

CLAUSE_RULES = ("svo", "prep", "noun_prep", "passive_prep", "copula", "speech_content")


def every(reading) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return {fact for name in CLAUSE_RULES for fact in facts(reading, name)}


MEMBERS_WHO_ARE_EXPORTERS = """
    OPEC       OPEC       PROPN NNP  2  compound  ORG
    members    member     NOUN  NNS  13 nsubj     -
    who        who        PRON  WP   4  nsubj     -
    are        be         AUX   VBP  2  relcl     -
    big        big        ADJ   JJ   6  amod      -
    exporters  exporter   NOUN  NNS  4  attr      -
    ,          ,          PUNCT ,    6  punct     -
    including  include    VERB  VBG  6  prep      -
    Kuwait     Kuwait     PROPN NNP  8  pobj      GPE
    and        and        CCONJ CC   9  cc        -
    Qatar      Qatar      PROPN NNP  9  conj      GPE
    ,          ,          PUNCT ,    2  punct     -
    criticised criticise  VERB  VBD  0  ROOT      -
    Iran       Iran       PROPN NNP  13 dobj      GPE
    .          .          PUNCT .    13 punct     -
"""


def test_the_examples_of_a_relative_copula_complement_are_no_relation_of_the_antecedent() -> None:
    # "OPEC members who are big exporters, including Kuwait and Qatar, ...": Kuwait and Qatar are among the
    # members; OPEC is no "exporter" of either
    reading = read(MEMBERS_WHO_ARE_EXPORTERS)
    assert facts(reading, "copula") == set()


def test_the_examples_of_a_relative_copula_complement_act_with_the_group() -> None:
    reading = read(MEMBERS_WHO_ARE_EXPORTERS)
    done = facts(reading, "svo")
    assert ("Kuwait", "criticise", "Iran") in done
    assert ("Qatar", "criticise", "Iran") in done


def test_the_examples_of_a_main_copula_complement_are_members_of_its_subject() -> None:
    reading = read("""
    OPEC       OPEC       PROPN NNP  2  compound  ORG
    members    member     NOUN  NNS  3  nsubj     -
    are        be         AUX   VBP  0  ROOT      -
    big        big        ADJ   JJ   5  amod      -
    exporters  exporter   NOUN  NNS  3  attr      -
    ,          ,          PUNCT ,    5  punct     -
    including  include    VERB  VBG  5  prep      -
    Kuwait     Kuwait     PROPN NNP  7  pobj      GPE
    and        and        CCONJ CC   8  cc        -
    Qatar      Qatar      PROPN NNP  8  conj      GPE
    .          .          PUNCT .    3  punct     -
    """)
    assert facts(reading, "copula") == set()


def test_a_copula_complement_of_someone_still_relates_the_subject() -> None:
    # control: what the complement is "of" is no example of it ("an ally of Qatar")
    reading = read("""
    Kuwait     Kuwait     PROPN NNP  2  nsubj     GPE
    is         be         AUX   VBZ  0  ROOT      -
    an         an         DET   DT   4  det       -
    ally       ally       NOUN  NN   2  attr      -
    of         of         ADP   IN   4  prep      -
    Qatar      Qatar      PROPN NNP  5  pobj      GPE
    .          .          PUNCT .    2  punct     -
    """)
    assert facts(reading, "copula") == {("Kuwait", "be ally of", "Qatar")}


def test_a_relative_clause_on_an_event_between_a_hyphened_pair_is_the_events() -> None:
    # "The Iran-Iraq war, which could cut exports from Kuwait, worried traders.": neither party cuts
    reading = read("""
    The        the        DET   DT   5  det       -
    Iran       Iran       PROPN NNP  4  compound  GPE
    -          -          PUNCT HYPH 4  punct     -
    Iraq       Iraq       PROPN NNP  5  compound  GPE
    war        war        NOUN  NN   14 nsubj     -
    ,          ,          PUNCT ,    5  punct     -
    which      which      PRON  WDT  9  nsubj     -
    could      could      AUX   MD   9  aux       -
    cut        cut        VERB  VB   5  relcl     -
    exports    export     NOUN  NNS  9  dobj      -
    from       from       ADP   IN   10 prep      -
    Kuwait     Kuwait     PROPN NNP  11 pobj      GPE
    ,          ,          PUNCT ,    5  punct     -
    worried    worry      VERB  VBD  0  ROOT      -
    traders    trader     NOUN  NNS  14 dobj      -
    .          .          PUNCT .    14 punct     -
    """)
    assert not any(target == "Kuwait" for _, _, target in every(reading))
