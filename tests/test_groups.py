"""Unnamed groups as actors: their parts, their acts and what they are called (hand-built parses)."""

from __future__ import annotations

from hand_docs import facts, read


def test_a_number_of_a_group_is_the_group() -> None:
    reading = read("""
    A          a          DET   DT  2 det       -
    number     number     NOUN  NN  6 nsubjpass -
    of         of         ADP   IN  2 prep      -
    journalists journalist NOUN NNS 3 pobj      -
    were       be         AUX   VBD 6 auxpass   -
    hurt       hurt       VERB  VBN 0 ROOT      -
    after      after      ADP   IN  6 prep      -
    being      be         AUX   VBG 9 auxpass   -
    beaten     beat       VERB  VBN 7 pcomp     -
    by         by         ADP   IN  9 agent     -
    Chilean    Chilean    ADJ   JJ  12 amod     NORP
    protesters protester  NOUN  NNS 10 pobj     -
    .          .          PUNCT .   6 punct     -
    """)
    assert ("Chilean protesters", "beat", "journalists") in facts(reading, "passive")


def test_part_of_a_union_is_no_member_of_it() -> None:
    # "part" names membership, not a share of a group of people: the predicate keeps its "of".
    reading = read("""
    Chile      Chile      PROPN NNP 2 nsubj     GPE
    is         be         AUX   VBZ 0 ROOT      -
    part       part       NOUN  NN  2 attr      -
    of         of         ADP   IN  3 prep      -
    Mercosur   Mercosur   PROPN NNP 4 pobj      ORG
    .          .          PUNCT .   2 punct     -
    """)
    assert all(predicate != "be part" for _, predicate, _ in facts(reading, "copula"))


def test_a_crowd_that_marches_is_protesters() -> None:
    reading = read("""
    A          a          DET   DT  3 det       -
    million    million    NUM   CD  3 nummod    CARDINAL
    people     people     NOUN  NNS 4 nsubj     -
    marched    march      VERB  VBD 0 ROOT      -
    in         in         ADP   IN  4 prep      -
    Lisbon     Lisbon     PROPN NNP 5 pobj      GPE
    .          .          PUNCT .   4 punct     -
    """)
    # One mention of a place makes no article state: the protesters are of no state.
    assert {(s, p) for s, p, o in facts(reading, "prep") if o == "Lisbon"} == {("protesters", "march in")}


def test_a_crowd_that_votes_is_voters_and_one_that_waits_is_no_one() -> None:
    reading = read("""
    Thousands  thousand   NOUN  NNS 2 nsubj     -
    voted      vote       VERB  VBD 0 ROOT      -
    in         in         ADP   IN  2 prep      -
    Lisbon     Lisbon     PROPN NNP 3 pobj      GPE
    .          .          PUNCT .   2 punct     -
    Thousands  thousand   NOUN  NNS 7 nsubj     -
    waited     wait       VERB  VBD 0 ROOT      -
    in         in         ADP   IN  7 prep      -
    Lisbon     Lisbon     PROPN NNP 8 pobj      GPE
    .          .          PUNCT .   7 punct     -
    """)
    assert {(s, p) for s, p, _ in facts(reading, "prep")} == {("Portuguese voters", "vote in")}


def test_protesters_of_no_one_state_are_still_actors() -> None:
    reading = read("""
    Protesters protester  NOUN  NNS 2 nsubj     -
    blocked    block      VERB  VBD 0 ROOT      -
    the        the        DET   DT  4 det       -
    Refinex    Refinex    PROPN NNP 2 dobj      ORG
    .          .          PUNCT .   2 punct     -
    """)
    assert ("protesters", "block", "Refinex") in facts(reading, "svo")


def test_every_activity_names_a_group_of_the_sectors_table() -> None:
    from geokg.extract.entities.actors import sector_of_word
    from geokg.extract.lexicon.words import ACTIVITY_GROUPS

    assert all(sector_of_word(group) for group in ACTIVITY_GROUPS.values())


def test_a_subject_set_off_by_commas_from_its_participle_is_the_verbs() -> None:
    # The parser's reading: "carrying" as the clausal subject of "marched", "Farmers" as its subject.
    reading = read("""
    Farmers    farmer     NOUN  NNS 3 nsubj     -
    ,          ,          PUNCT ,   1 punct     -
    carrying   carry      VERB  VBG 6 csubj     -
    banners    banner     NOUN  NNS 3 dobj      -
    ,          ,          PUNCT ,   3 punct     -
    marched    march      VERB  VBD 0 ROOT      -
    to         to         ADP   IN  6 prep      -
    Lisbon     Lisbon     PROPN NNP 7 pobj      GPE
    .          .          PUNCT .   6 punct     -
    """)
    assert ("farmers", "march to", "Lisbon") in facts(reading, "prep")


def test_what_a_group_claims_happened_is_its_claim_not_a_fact() -> None:
    reading = read("""
    Activists  activist   NOUN  NNS 2 nsubj     -
    claimed    claim      VERB  VBD 0 ROOT      -
    protesters protester  NOUN  NNS 5 nsubjpass -
    were       be         AUX   VBD 5 auxpass   -
    paid       pay        VERB  VBN 2 ccomp     -
    by         by         ADP   IN  5 agent     -
    Refinex    Refinex    PROPN NNP 6 pobj      ORG
    .          .          PUNCT .   2 punct     -
    """)
    assert not facts(reading, "passive")


def test_a_group_named_for_its_stance_keeps_the_stance_and_belongs_to_no_one_it_names() -> None:
    # "pro-Lisbon candidates" are for Lisbon, not of it; two mentions of Portugal make it the article's.
    reading = read("""
    Portugal   Portugal   PROPN NNP 2 nsubj     GPE
    voted      vote       VERB  VBD 0 ROOT      -
    .          .          PUNCT .   2 punct     -
    Portugal   Portugal   PROPN NNP 5 nsubj     GPE
    backed     back       VERB  VBD 0 ROOT      -
    anti       anti       ADJ   JJ  9 amod      -
    -          -          ADJ   JJ  9 amod      -
    Lisbon     lisbon     ADJ   JJ  9 amod      GPE
    candidates candidate  NOUN  NNS 5 dobj      -
    .          .          PUNCT .   5 punct     -
    """)
    labels = {(e.label, e.country) for e in reading.entities.entities()}
    assert ("Portuguese anti-lisbon candidates", "PRT") in labels
    assert not any(label == "Lisbon" for label, _ in labels)


def test_voters_vote_in_an_election_owned_only_by_its_day() -> None:
    # "Sunday's election": a day is no owner of the event; the crowd that votes in it is voters.
    reading = read("""
    Thousands  thousand   NOUN  NNS 2 nsubj     -
    voted      vote       VERB  VBD 0 ROOT      -
    in         in         ADP   IN  2 prep      -
    Sunday     Sunday     PROPN NNP 6 poss      DATE
    's         's         PART  POS 4 case      -
    election   election   NOUN  NN  3 pobj      -
    .          .          PUNCT .   2 punct     -
    """)
    assert ("voters", "vote in", "election") in facts(reading, "prep")


def test_one_protester_acts_as_the_protesters_unless_the_text_describes_the_person() -> None:
    reading = read("""
    Police     police     NOUN  NNS 2 nsubj     -
    shot       shoot      VERB  VBD 0 ROOT      -
    a          a          DET   DT  4 det       -
    protester  protester  NOUN  NN  2 dobj      -
    .          .          PUNCT .   2 punct     -
    A          a          DET   DT  7 det       -
    protester  protester  NOUN  NN  10 nsubj    -
    named      name       VERB  VBN 7 acl       -
    Ana        Ana        PROPN NNP 8 oprd      PERSON
    thanked    thank      VERB  VBD 0 ROOT      -
    Refinex    Refinex    PROPN NNP 10 dobj     ORG
    .          .          PUNCT .   10 punct    -
    """)
    # No article state: the police are no one's (no entity), the protesters are of no state.
    assert {e.label for e in reading.entities.entities() if e.type == "NORP"} == {"protesters"}
    assert not any(s == "protesters" for s, _, _ in facts(reading, "svo"))


def test_one_protester_in_a_situation_is_still_the_group() -> None:
    reading = read("""
    A          a          DET   DT  2 det       -
    protester  protester  NOUN  NN  6 nsubj     -
    surrounded surround   VERB  VBN 2 acl       -
    by         by         ADP   IN  3 agent     -
    police     police     NOUN  NNS 4 pobj      -
    blocked    block      VERB  VBD 0 ROOT      -
    Refinex    Refinex    PROPN NNP 6 dobj      ORG
    .          .          PUNCT .   6 punct     -
    """)
    assert ("protesters", "block", "Refinex") in facts(reading, "svo")
