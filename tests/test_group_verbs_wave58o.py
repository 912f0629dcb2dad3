"""A group's participle or relative clause of grouping (wave 58 O). "The Andean Council, grouping Chile, Peru
and Ecuador, condemned Cuba", "the council, which brings together Chile and Peru": a verb of inclusion
(inclusion_verbs, a verb with its adverb written with a space) lists the group's members, each a member of
it, and the group does nothing to them; a state read as grouping other states is a misread list, no act.
Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots

GROUPING = """
    The        the        DET   DT  3  det      ORG
    Andean     Andean     PROPN NNP 3  compound I-ORG
    Council    Council    PROPN NNP 12 nsubj    I-ORG
    ,          ,          PUNCT ,   3  punct    -
    grouping   group      VERB  VBG 3  acl      -
    Chile      Chile      PROPN NNP 5  dobj     GPE
    ,          ,          PUNCT ,   6  punct    -
    Peru       Peru       PROPN NNP 6  conj     GPE
    and        and        CCONJ CC  8  cc       -
    Ecuador    Ecuador    PROPN NNP 8  conj     GPE
    ,          ,          PUNCT ,   3  punct    -
    condemned  condemn    VERB  VBD 0  ROOT     -
    Cuba       Cuba       PROPN NNP 12 dobj     GPE
    .          .          PUNCT .   12 punct    -
"""


def test_a_groups_participle_of_grouping_lists_its_members() -> None:
    acts = facts_with_roots(GROUPING)
    members = {(s, o) for s, p, o, root in acts if p == "member of" and root is None}
    assert members == {(state, "Andean Council") for state in ("Chile", "Peru", "Ecuador")}
    assert not any(p.startswith("group") for _, p, _, _ in acts)
    assert ("Andean Council", "condemn", "Cuba", "11") in acts


BRINGS_TOGETHER = """
    The        the        DET   DT  3  det      ORG
    Andean     Andean     PROPN NNP 3  compound I-ORG
    Council    Council    PROPN NNP 12 nsubj    I-ORG
    ,          ,          PUNCT ,   3  punct    -
    which      which      PRON  WDT 6  nsubj    -
    brings     bring      VERB  VBZ 3  relcl    -
    together   together   ADV   RB  6  advmod   -
    Chile      Chile      PROPN NNP 6  dobj     GPE
    and        and        CCONJ CC  8  cc       -
    Peru       Peru       PROPN NNP 8  conj     GPE
    ,          ,          PUNCT ,   3  punct    -
    met        meet       VERB  VBD 0  ROOT     -
    on         on         ADP   IN  12 prep     -
    Monday     Monday     PROPN NNP 13 pobj     DATE
    .          .          PUNCT .   12 punct    -
"""


def test_a_relative_clause_that_brings_states_together_lists_members() -> None:
    acts = facts_with_roots(BRINGS_TOGETHER)
    members = {(s, o) for s, p, o, root in acts if p == "member of"}
    assert members == {("Chile", "Andean Council"), ("Peru", "Andean Council")}
    assert not any(p.startswith("bring") for _, p, _, _ in acts)


STATE_GROUPS_STATES = """
    Italy      Italy      PROPN NNP 2  nsubj    GPE
    groups     group      VERB  VBZ 0  ROOT     -
    France     France     PROPN NNP 2  dobj     GPE
    and        and        CCONJ CC  3  cc       -
    Spain      Spain      PROPN NNP 3  conj     GPE
    .          .          PUNCT .   2  punct    -
"""


def test_a_state_read_as_grouping_states_does_nothing_to_them() -> None:
    assert facts_with_roots(STATE_GROUPS_STATES) == set()
