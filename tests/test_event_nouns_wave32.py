"""Events told as nouns (wave 32): an event noun's "by" agent that the parser hangs on the active verb whose
object the noun is. Hand-built parses of sentences of our own."""

from __future__ import annotations

import pytest
from hand_docs import by_rule, facts_with_roots, read

# "Brazil condemned the raid on Peru by Chile and Bolivia." with "by" on the verb, as the parser hangs it
CONDEMNED = """
Brazil    Brazil    PROPN NNP 2 nsubj GPE
{verb}    {lemma}   VERB  VBD 0 ROOT  -
the       the       DET   DT  4 det   -
raid      raid      NOUN  NN  2 dobj  -
on        on        ADP   IN  4 prep  -
Peru      Peru      PROPN NNP 5 pobj  GPE
by        by        ADP   IN  2 prep  -
Chile     Chile     PROPN NNP 7 pobj  GPE
and       and       CCONJ CC  8 cc    -
Bolivia   Bolivia   PROPN NNP 8 conj  GPE
.         .         PUNCT .   2 punct -
"""


def test_a_by_hung_on_the_verb_names_who_did_its_event_object() -> None:
    facts = facts_with_roots(CONDEMNED.format(verb="condemned", lemma="condemn"))
    raids = {f for f in facts if f[1] == "raid"}
    assert raids == {("Chile", "raid", "Peru", "19"), ("Bolivia", "raid", "Peru", "19")}


def test_a_by_before_the_event_noun_is_not_its_agent() -> None:
    # "Brazil learnt by Chile of the raid": only a "by" after the noun can be the noun's
    facts = facts_with_roots("""
    Brazil    Brazil    PROPN NNP 2 nsubj GPE
    condemned condemn   VERB  VBD 0 ROOT  -
    by        by        ADP   IN  2 prep  -
    Chile     Chile     PROPN NNP 3 pobj  GPE
    the       the       DET   DT  6 det   -
    raid      raid      NOUN  NN  2 dobj  -
    on        on        ADP   IN  6 prep  -
    Peru      Peru      PROPN NNP 7 pobj  GPE
    .         .         PUNCT .   2 punct -
    """)
    assert not {f for f in facts if f[1] == "raid"}


# "Strike action by the Varda union against Peru closed the ports." (and the same with other nouns)
BY_UNION = """
{first}   {first}   {first_pos} NN 2 {first_dep} -
{head}    {head}    NOUN  NN  9 nsubj    -
by        by        ADP   IN  2 prep     -
the       the       DET   DT  6 det      -
Varda     Varda     PROPN NNP 6 compound ORG
{agent}   {agent}   NOUN  NN  3 pobj     -
against   against   ADP   IN  2 prep     -
Peru      Peru      PROPN NNP 7 pobj     GPE
closed    close     VERB  VBD 0 ROOT     -
the       the       DET   DT  11 det     -
ports     port      NOUN  NNS 9 dobj     -
.         .         PUNCT .   9 punct    -
"""


@pytest.mark.parametrize(
    ("first", "first_pos", "first_dep", "head", "agent", "expected"),
    [
        # the compound names the event: "strike action" is a labour strike (14), not the head's "action"
        ("strike", "NOUN", "compound", "action", "union", ("Varda", "strike action against", "Peru", "14")),
        # a strike by a union is a labour strike, by a state's forces a fight
        ("a", "DET", "det", "strike", "union", ("Varda", "strike", "Peru", "14")),
        ("a", "DET", "det", "strike", "army", ("Varda", "strike", "Peru", "19")),
        # "hunger strike", "military action": the listed pair decides, not the head alone
        ("hunger", "NOUN", "compound", "strike", "union", ("Varda", "hunger strike against", "Peru", "14")),
        ("military", "ADJ", "amod", "action", "army", ("Varda", "military action against", "Peru", "19")),
    ],
)
def test_a_strike_by_a_union_is_a_labour_strike(
    first: str, first_pos: str, first_dep: str, head: str, agent: str, expected: tuple[str, ...]
) -> None:
    table = BY_UNION.format(first=first, first_pos=first_pos, first_dep=first_dep, head=head, agent=agent)
    facts = facts_with_roots(table)
    assert {f for f in facts if f[0] == "Varda"} == {expected}


@pytest.mark.parametrize(("adjective", "modality"), [("alleged", "allegedly"), ("reported", "reportedly")])
def test_a_hedged_event_noun_keeps_its_hedge(adjective: str, modality: str) -> None:
    # "The alleged raid by Chile on Peru was condemned."
    reading = read(f"""
    The        the        DET   DT  3 det       -
    {adjective} {adjective} ADJ JJ  3 amod      -
    raid       raid       NOUN  NN  9 nsubjpass -
    by         by         ADP   IN  3 prep      -
    Chile      Chile      PROPN NNP 4 pobj      GPE
    on         on         ADP   IN  3 prep      -
    Peru       Peru       PROPN NNP 6 pobj      GPE
    was        be         AUX   VBD 9 auxpass   -
    condemned  condemn    VERB  VBN 0 ROOT      -
    .          .          PUNCT .   9 punct     -
    """)
    [raid] = by_rule(reading, "event_noun")
    assert (raid.predicate, raid.modality) == ("raid", modality)


@pytest.mark.parametrize(("thing", "root"), [("support", "16"), ("troops", "08")])
def test_withdrawing_support_reduces_relations(thing: str, root: str) -> None:
    # "Chile's withdrawal of support from Peru angered Bolivia.": a cut in relations, not a retreat
    facts = facts_with_roots(f"""
    Chile       Chile       PROPN NNP 3 poss  GPE
    's          's          PART  POS 1 case  -
    withdrawal  withdrawal  NOUN  NN  8 nsubj -
    of          of          ADP   IN  3 prep  -
    {thing}     {thing}     NOUN  NN  4 pobj  -
    from        from        ADP   IN  3 prep  -
    Peru        Peru        PROPN NNP 6 pobj  GPE
    angered     anger       VERB  VBD 0 ROOT  -
    Bolivia     Bolivia     PROPN NNP 8 dobj  GPE
    .           .           PUNCT .   8 punct -
    """)
    assert ("Chile", "withdraw from", "Peru", root) in facts


def test_a_withdrawn_support_is_a_cut_in_relations() -> None:
    # "Chile withdrew its support from Peru."
    facts = facts_with_roots("""
    Chile     Chile     PROPN NNP 2 nsubj GPE
    withdrew  withdraw  VERB  VBD 0 ROOT  -
    its       its       PRON  PRP$ 4 poss -
    support   support   NOUN  NN  2 dobj  -
    from      from      ADP   IN  2 prep  -
    Peru      Peru      PROPN NNP 5 pobj  GPE
    .         .         PUNCT .   2 punct -
    """)
    assert {f[3] for f in facts if f[2] == "Peru"} == {"16"}
