"""Lists and memberships: a verb of inclusion names members, never an act; a region's adjective names no
actor once its head noun is gone (inclusion_verbs, region_adjectives in words.tsv)."""

from __future__ import annotations

from hand_docs import by_rule, facts, read

ALL_RULES = ("svo", "noun_prep", "prep")


def _all(table: str) -> set[tuple[str, str, str]]:
    reading = read(table)
    return {fact for name in ALL_RULES for fact in facts(reading, name)}


def test_a_named_whole_includes_the_members_it_lists() -> None:
    reading = read("""
    The       the       DET   DT  2 det   -
    alliance  alliance  NOUN  NN  4 nsubj -
    now       now       ADV   RB  4 advmod -
    includes  include   VERB  VBZ 0 ROOT  -
    Norway    Norway    PROPN NNP 4 dobj  GPE
    and       and       CCONJ CC  5 cc    -
    Chile     Chile     PROPN NNP 5 conj  GPE
    .         .         PUNCT .   4 punct -
    """)
    assert facts(reading, "svo") == set()  # a common noun with no name is no whole to name
    reading = read("""
    NATO      NATO      PROPN NNP 2 nsubj ORG
    includes  include   VERB  VBZ 0 ROOT  -
    Norway    Norway    PROPN NNP 2 dobj  GPE
    and       and       CCONJ CC  3 cc    -
    Chile     Chile     PROPN NNP 3 conj  GPE
    .         .         PUNCT .   2 punct -
    """)
    # a state a body includes is its member (wave 56 F: written as the membership, not as the inclusion)
    assert facts(reading, "svo") == {("Norway", "member of", "NATO"), ("Chile", "member of", "NATO")}
    assert {fact.event_root for fact in by_rule(reading, "svo")} == {None}  # a membership, no CAMEO root


def test_an_office_listed_is_no_membership_of_its_state() -> None:
    # "The summit included the presidents of Chile and Peru": the presidents take part, not the states.
    assert _all("""
    NATO        NATO       PROPN NNP 2 nsubj ORG
    included    include    VERB  VBD 0 ROOT  -
    the         the        DET   DT  5 det   -
    defence     defence    NOUN  NN  5 compound -
    ministers   minister   NOUN  NNS 2 dobj  -
    of          of         ADP   IN  5 prep  -
    Chile       Chile      PROPN NNP 6 pobj  GPE
    and         and        CCONJ CC  7 cc    -
    Peru        Peru       PROPN NNP 7 conj  GPE
    .           .          PUNCT .   2 punct -
    """) == set()


def test_members_listed_are_not_the_whole_that_includes_them() -> None:
    # The parser's subject for "which" resolved to the members themselves: none of them includes another.
    reading = read("""
    Socialists  Socialist  PROPN NNPS 2 nsubj NORP
    include     include    VERB  VBP  0 ROOT  -
    Socialists  Socialist  PROPN NNPS 2 dobj  NORP
    and         and        CCONJ CC   3 cc    -
    Greens      Green      PROPN NNPS 3 conj  NORP
    .           .          PUNCT .    2 punct -
    """)
    assert ("Socialists", "include", "Greens") not in facts(reading, "svo")


def test_a_region_adjective_alone_names_no_group() -> None:
    assert _all("""
    African    african    ADJ   JJ  2 amod  NORP
    leaders    leader     NOUN  NNS 3 nsubj -
    condemned  condemn    VERB  VBD 0 ROOT  -
    the        the        DET   DT  5 det   -
    coup       coup       NOUN  NN  3 dobj  -
    in         in         ADP   IN  5 prep  -
    Mali       Mali       PROPN NNP 6 pobj  GPE
    .          .          PUNCT .   3 punct -
    """) == set()


def test_a_states_adjective_still_stands_for_its_leaders_state() -> None:
    # the contrast: "Kenyan leaders" are Kenya's (a demonym of one state, not of a region)
    found = _all("""
    Kenyan     Kenyan     ADJ   JJ  2 amod  NORP
    leaders    leader     NOUN  NNS 3 nsubj -
    condemned  condemn    VERB  VBD 0 ROOT  -
    Mali       Mali       PROPN NNP 3 dobj  GPE
    .          .          PUNCT .   3 punct -
    """)
    assert ("Kenya", "condemn", "Mali") in found


def test_a_states_officials_listed_are_no_membership_but_its_government_is() -> None:
    officials = _all("""
    NATO      NATO      PROPN NNP 2 nsubj ORG
    included  include   VERB  VBD 0 ROOT  -
    Chilean   Chilean   ADJ   JJ  4 amod  NORP
    officials official  NOUN  NNS 2 dobj  -
    .         .         PUNCT .   2 punct -
    """)
    assert officials == set()
    government = _all("""
    NATO       NATO       PROPN NNP 2 nsubj ORG
    included   include    VERB  VBD 0 ROOT  -
    the        the        DET   DT  5 det   -
    Chilean    Chilean    ADJ   JJ  5 amod  NORP
    government government NOUN  NN  2 dobj  -
    .          .          PUNCT .   2 punct -
    """)
    assert government == {("Chile", "member of", "NATO")}


def test_consist_of_lists_members_but_not_the_ministers_of_a_state() -> None:
    members = _all("""
    NATO      NATO      PROPN NNP 2 nsubj ORG
    consists  consist   VERB  VBZ 0 ROOT  -
    of        of        ADP   IN  2 prep  -
    Chile     Chile     PROPN NNP 3 pobj  GPE
    and       and       CCONJ CC  4 cc    -
    Peru      Peru      PROPN NNP 4 conj  GPE
    .         .         PUNCT .   2 punct -
    """)
    assert members == {("Chile", "member of", "NATO"), ("Peru", "member of", "NATO")}
    ministers = _all("""
    NATO      NATO      PROPN NNP 2 nsubj ORG
    consists  consist   VERB  VBZ 0 ROOT  -
    of        of        ADP   IN  2 prep  -
    the       the       DET   DT  5 det   -
    ministers minister  NOUN  NNS 3 pobj  -
    of        of        ADP   IN  5 prep  -
    Chile     Chile     PROPN NNP 6 pobj  GPE
    .         .         PUNCT .   2 punct -
    """)
    assert ministers == set()


def test_a_two_word_region_adjective_names_no_group_either() -> None:
    found = _all("""
    Latin      latin      ADJ   JJ  2 amod  NORP
    American   american   ADJ   JJ  3 amod  I-NORP
    leaders    leader     NOUN  NNS 4 nsubj -
    condemned  condemn    VERB  VBD 0 ROOT  -
    Bolivia    Bolivia    PROPN NNP 4 dobj  GPE
    .          .          PUNCT .   4 punct -
    """)
    assert found == set()
