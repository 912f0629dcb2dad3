"""Objects the clause's arguments share or only modify (wave 14b): coordinated subjects of one named thing,
places named by a state's adjective, names that only modify a common noun.

Each test states its parse by hand (tests/hand_docs.py), so no model update moves it."""

from __future__ import annotations

from hand_docs import facts, read


def test_coordinated_signers_of_a_named_accord_are_parties_to_it_with_each_other() -> None:
    """Wave 39: states that sign an accord together are parties to it with each other, named as it is
    (rules._accord_of_parties); each also signs it (no edge to the accord, which is no entity here)."""
    reading = read("""
    Chile      Chile      PROPN NNP 4 nsubj    GPE
    and        and        CCONJ CC  1 cc       -
    Peru       Peru       PROPN NNP 1 conj     GPE
    signed     sign       VERB  VBD 0 ROOT     -
    the        the        DET   DT  9 det      -
    Pacific    Pacific    PROPN NNP 7 compound ORG
    Trade      Trade      PROPN NNP 8 compound I-ORG
    Area       Area       PROPN NNP 9 nmod     I-ORG
    agreement  agreement  NOUN  NN  4 dobj     -
    .          .          PUNCT .   4 punct    -
    """)
    assert facts(reading, "reciprocal") == {("Chile", "sign agreement with", "Peru")}


def test_coordinated_signers_of_a_known_treaty_are_parties_to_it_with_each_other() -> None:
    reading = read("""
    Chile      Chile      PROPN NNP 4 nsubj    GPE
    and        and        CCONJ CC  1 cc       -
    Bolivia    Bolivia    PROPN NNP 1 conj     GPE
    signed     sign       VERB  VBD 0 ROOT     -
    the        the        DET   DT  6 det      -
    treaty     treaty     NOUN  NN  4 dobj     -
    .          .          PUNCT .   4 punct    -
    """)
    assert facts(reading, "reciprocal") == {("Chile", "sign treaty with", "Bolivia")}


def test_coordinated_signers_of_a_new_deal_signed_it_with_each_other() -> None:
    reading = read("""
    Chile      Chile      PROPN NNP 4 nsubj    GPE
    and        and        CCONJ CC  1 cc       -
    Bolivia    Bolivia    PROPN NNP 1 conj     GPE
    signed     sign       VERB  VBD 0 ROOT     -
    a          a          DET   DT  8 det      -
    maritime   maritime   ADJ   JJ  8 amod     -
    border     border     NOUN  NN  8 compound -
    agreement  agreement  NOUN  NN  4 dobj     -
    .          .          PUNCT .   4 punct    -
    """)
    assert facts(reading, "reciprocal") == {("Chile", "sign agreement with", "Bolivia")}


def test_coordinated_subjects_discussing_a_named_topic_talked_with_each_other() -> None:
    reading = read("""
    Chile      Chile      PROPN NNP 4 nsubj    GPE
    and        and        CCONJ CC  1 cc       -
    Bolivia    Bolivia    PROPN NNP 1 conj     GPE
    discussed  discuss    VERB  VBD 0 ROOT     -
    Peru       Peru       PROPN NNP 4 dobj     GPE
    .          .          PUNCT .   4 punct    -
    """)
    assert facts(reading, "reciprocal") == {("Chile", "discuss with", "Bolivia")}


ALL_CLAUSE_RULES = ("svo", "prep", "noun_prep", "light_verb", "passive_prep", "circumstance_event")


def every(reading) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return {fact for name in ALL_CLAUSE_RULES for fact in facts(reading, name)}


def test_a_state_adjective_on_a_venue_says_its_style_not_the_place() -> None:
    reading = read("""
    Maria      Maria      PROPN NNP 2 compound PERSON
    Lopez      Lopez      PROPN NNP 3 nsubj    I-PERSON
    met        meet       VERB  VBD 0 ROOT     -
    Juan       Juan       PROPN NNP 5 compound PERSON
    Ortiz      Ortiz      PROPN NNP 3 dobj     I-PERSON
    at         at         ADP   IN  3 prep     -
    an         an         DET   DT  9 det      -
    Irish      irish      ADJ   JJ  9 amod     NORP
    pub        pub        NOUN  NN  6 pobj     -
    .          .          PUNCT .   3 punct    -
    """)
    assert every(reading) == {("Maria Lopez", "meet with", "Juan Ortiz")}


def test_a_language_after_in_is_the_tongue_spoken_not_a_place() -> None:
    reading = read("""
    Maria      Maria      PROPN NNP 2 compound  PERSON
    Lopez      Lopez      PROPN NNP 3 nsubj     I-PERSON
    told       tell       VERB  VBD 0 ROOT      -
    a          a          DET   DT  5 det       -
    guard      guard      NOUN  NN  3 dobj      -
    in         in         ADP   IN  3 prep      -
    French     French     PROPN NNP 6 pobj      LANGUAGE
    and        and        CCONJ CC  7 cc        -
    English    English    PROPN NNP 7 conj      LANGUAGE
    that       that       SCONJ IN  13 mark     -
    she        she        PRON  PRP 13 nsubjpass -
    was        be         AUX   VBD 13 auxpass  -
    lost       lose       VERB  VBN 3 ccomp     -
    .          .          PUNCT .   3 punct     -
    """)
    assert every(reading) == set()


def test_a_target_after_at_keeps_the_state_its_adjective_names() -> None:
    reading = read("""
    Chilean    Chilean    ADJ   JJ  2 amod     NORP
    troops     troop      NOUN  NNS 3 nsubj    -
    fired      fire       VERB  VBD 0 ROOT     -
    at         at         ADP   IN  3 prep     -
    a          a          DET   DT  7 det      -
    Peruvian   Peruvian   ADJ   JJ  7 amod     NORP
    bus        bus        NOUN  NN  4 pobj     -
    .          .          PUNCT .   3 punct    -
    """)
    assert ("Chilean military", "fire at", "Peru") in every(reading)


def test_a_name_misparsed_as_a_second_object_only_modifies_the_noun_after_it() -> None:
    # the parse the model gives such headlines: the name and the bloc both objects of "join"
    reading = read("""
    Chile      Chile      PROPN NNP 4 nsubj    GPE
    ,          ,          PUNCT ,   1 punct    -
    Peru       Peru       PROPN NNP 1 conj     GPE
    join       join       VERB  VBP 0 ROOT     -
    Andean     Andean     PROPN NNP 6 compound ORG
    Community  Community  PROPN NNP 4 dobj     I-ORG
    continental continental ADJ JJ  10 amod    -
    free       free       ADJ   JJ  9 amod     -
    trade      trade      NOUN  NN  10 compound -
    bloc       bloc       NOUN  NN  4 dobj     -
    """)
    assert every(reading) == set()


def test_a_contest_named_by_its_place_is_won_there() -> None:
    reading = read("""
    Juan       Juan       PROPN NNP 2 compound PERSON
    Ortiz      Ortiz      PROPN NNP 3 nsubj    I-PERSON
    wins       win        VERB  VBZ 0 ROOT     -
    Santa      Santa      PROPN NNP 5 compound GPE
    Cruz       Cruz       PROPN NNP 3 dobj     I-GPE
    presidential presidential ADJ JJ 7 amod    -
    primary    primary    NOUN  NN  3 dobj     -
    """)
    # the contest itself is won too (a contest won is an EVENT though a place names it)
    assert every(reading) == {
        ("Juan Ortiz", "win", "Santa Cruz"),
        ("Juan Ortiz", "win", "presidential primary"),
    }


def test_counted_among_a_group_is_no_relation_to_the_group() -> None:
    reading = read("""
    Juan       Juan       PROPN NNP 2 compound  PERSON
    Ortiz      Ortiz      PROPN NNP 4 nsubjpass I-PERSON
    was        be         AUX   VBD 4 auxpass   -
    considered consider   VERB  VBN 0 ROOT      -
    one        one        NUM   CD  4 oprd      CARDINAL
    of         of         ADP   IN  5 prep      -
    the        the        DET   DT  9 det       -
    potential  potential  ADJ   JJ  9 amod      -
    candidates candidate  NOUN  NNS 6 pobj      NORP
    .          .          PUNCT .   4 punct     -
    """)
    assert facts(reading, "passive_prep") == set()


def test_a_source_speaks_of_the_family_not_of_the_one_whose_family_it_is() -> None:
    reading = read("""
    On         on         ADP   IN  7 prep      -
    Tuesday    Tuesday    PROPN NNP 3 compound  DATE
    Ortiz      Ortiz      PROPN NNP 6 poss      PERSON
    's         's         PART  POS 3 case      -
    family     family     NOUN  NN  6 compound  -
    members    member     NOUN  NNS 7 nsubj     -
    filed      file       VERB  VBD 0 ROOT      -
    a          a          DET   DT  9 det       -
    complaint  complaint  NOUN  NN  7 dobj      -
    ,          ,          PUNCT ,   7 punct     -
    according  accord     VERB  VBG 7 prep      -
    to         to         ADP   IN  11 prep     -
    the        the        DET   DT  16 det      ORG
    Lima       Lima       PROPN NNP 16 compound I-ORG
    Police     Police     PROPN NNP 16 compound I-ORG
    Department Department PROPN NNP 12 pobj     I-ORG
    .          .          PUNCT .   7 punct     -
    """)
    assert facts(reading, "according_to") == set()


def test_a_group_the_passive_subject_is_counted_in_is_no_party() -> None:
    reading = read("""
    Juan       Juan       PROPN NNP 2 compound  PERSON
    Ortiz      Ortiz      PROPN NNP 5 nsubjpass I-PERSON
    were       be         AUX   VBD 5 auxpass   -
    previously previously ADV   RB  5 advmod    -
    considered consider   VERB  VBN 0 ROOT      -
    potential  potential  ADJ   JJ  7 amod      NORP
    candidates candidate  NOUN  NNS 5 oprd      I-NORP
    .          .          PUNCT .   5 punct     -
    """)
    assert facts(reading, "passive_prep") == set()


# "Chile was praised in contrast to Peru.": Peru is what Chile is measured against, no party to the praise.
IN_CONTRAST_TO = """
Chile     Chile     PROPN NNP 3 nsubjpass GPE
was       be        AUX   VBD 3 auxpass   -
praised   praise    VERB  VBN 0 ROOT      -
in        in        ADP   IN  3 prep      -
contrast  contrast  NOUN  NN  4 pobj      -
to        to        ADP   IN  5 prep      -
Peru      Peru      PROPN NNP 6 pobj      GPE
.         .         PUNCT .   3 punct     -
"""


def test_what_a_clause_is_set_in_contrast_to_takes_no_part_in_it() -> None:
    assert not any(obj == "Peru" for _, _, obj in facts(read(IN_CONTRAST_TO), "passive_prep"))


# "Norway spoke on Sweden's behalf."
ON_ONES_BEHALF = """
Norway  Norway  PROPN NNP 2 nsubj GPE
spoke   speak   VERB  VBD 0 ROOT  -
on      on      ADP   IN  2 prep  -
Sweden  Sweden  PROPN NNP 6 poss  GPE
's      's      PART  POS 4 case  -
behalf  behalf  NOUN  NN  3 pobj  -
.       .       PUNCT .   2 punct -
"""


def test_on_someone_s_behalf_is_on_behalf_of_them() -> None:
    assert facts(read(ON_ONES_BEHALF), "prep") == {("Norway", "speak on behalf of", "Sweden")}
