"""Careers told by verbs of appointing and leaving (wave 45 B): who appoints, who leaves what body."""

from __future__ import annotations

from hand_docs import facts, read


def test_a_by_phrase_hung_on_the_office_names_who_appoints() -> None:
    # "X was appointed ambassador to Y by Z": the parser hangs "by Z" on the office; Z appoints X
    reading = read("""
    Jan       Jan       PROPN NNP 2  compound  PERSON
    Kowal     Kowal     PROPN NNP 4  nsubjpass I-PERSON
    was       be        AUX   VBD 4  auxpass   -
    appointed appoint   VERB  VBN 0  ROOT      -
    envoy     envoy     NOUN  NN  4  oprd      -
    to        to        ADP   IN  5  prep      -
    Chile     Chile     PROPN NNP 6  pobj      GPE
    by        by        ADP   IN  5  prep      -
    Peru      Peru      PROPN NNP 8  pobj      GPE
    .         .         PUNCT .   4  punct     -
    """)
    assert ("Peru", "appoint", "Jan Kowal") in facts(reading, "passive")


def test_a_by_phrase_on_the_office_of_another_verb_is_no_appointer() -> None:
    # "X was hailed a hero by Z": only a verb of appointing lends the by-phrase on its office to the verb
    reading = read("""
    Jan       Jan       PROPN NNP 2  compound  PERSON
    Kowal     Kowal     PROPN NNP 4  nsubjpass I-PERSON
    was       be        AUX   VBD 4  auxpass   -
    hailed    hail      VERB  VBN 0  ROOT      -
    hero      hero      NOUN  NN  4  oprd      -
    by        by        ADP   IN  5  prep      -
    Peru      Peru      PROPN NNP 6  pobj      GPE
    .         .         PUNCT .   4  punct     -
    """)
    assert not any(fact[0] == "Peru" for fact in facts(reading, "passive"))


def test_leaving_an_office_its_owner_names_leaves_that_owner() -> None:
    # "X resigned as Peru's finance minister": X leaves Peru's government (08), as "as minister of Peru" says
    reading = read("""
    Jan       Jan       PROPN NNP 2  compound PERSON
    Kowal     Kowal     PROPN NNP 3  nsubj    I-PERSON
    resigned  resign    VERB  VBD 0  ROOT     -
    as        as        ADP   IN  3  prep     -
    Peru      Peru      PROPN NNP 8  poss     GPE
    's        's        PART  POS 5  case     -
    finance   finance   NOUN  NN  8  compound -
    minister  minister  NOUN  NN  4  pobj     -
    .         .         PUNCT .   3  punct    -
    """)
    assert ("Jan Kowal", "resign as finance minister of", "Peru") in facts(reading, "noun_prep")


def test_stepping_down_leaves_the_office_and_stepping_in_takes_it() -> None:
    down = read("""
    Jan       Jan       PROPN NNP 2  compound PERSON
    Kowal     Kowal     PROPN NNP 3  nsubj    I-PERSON
    stepped   step      VERB  VBD 0  ROOT     -
    down      down      ADP   RP  3  prt      -
    as        as        ADP   IN  3  prep     -
    Acme      Acme      PROPN NNP 7  compound ORG
    Corp      Corp      PROPN NNP 9  poss     I-ORG
    's        's        PART  POS 7  case     -
    chairman  chairman  NOUN  NN  5  pobj     -
    .         .         PUNCT .   3  punct    -
    """)
    assert ("Jan Kowal", "step down as chairman of", "Acme Corp") in facts(down, "noun_prep")
    taken = read("""
    Jan       Jan       PROPN NNP 2  compound PERSON
    Kowal     Kowal     PROPN NNP 3  nsubj    I-PERSON
    stepped   step      VERB  VBD 0  ROOT     -
    in        in        ADP   RP  3  prt      -
    as        as        ADP   IN  3  prep     -
    Acme      Acme      PROPN NNP 7  compound ORG
    Corp      Corp      PROPN NNP 9  poss     I-ORG
    's        's        PART  POS 7  case     -
    chairman  chairman  NOUN  NN  5  pobj     -
    .         .         PUNCT .   3  punct    -
    """)
    assert not any(fact[0] == "Jan Kowal" for fact in facts(taken, "noun_prep"))


def test_quitting_as_an_office_holder_is_a_resignation() -> None:
    reading = read("""
    Jan       Jan       PROPN NNP 2  compound PERSON
    Kowal     Kowal     PROPN NNP 3  nsubj    I-PERSON
    quit      quit      VERB  VBD 0  ROOT     -
    as        as        ADP   IN  3  prep     -
    head      head      NOUN  NN  4  pobj     -
    of        of        ADP   IN  5  prep     -
    Acme      Acme      PROPN NNP 8  compound ORG
    Corp      Corp      PROPN NNP 6  pobj     I-ORG
    .         .         PUNCT .   3  punct    -
    """)
    assert [r.event_root for r in reading.relations if r.predicate == "quit as head of"] == ["08"]


def test_a_bodys_board_acts_for_the_body() -> None:
    # "the board of Acme Corp appointed X": the board is the body's organ; the body appoints
    reading = read("""
    The       the       DET   DT  2  det      -
    board     board     NOUN  NN  6  nsubj    -
    of        of        ADP   IN  2  prep     -
    Acme      Acme      PROPN NNP 5  compound ORG
    Corp      Corp      PROPN NNP 3  pobj     I-ORG
    appointed appoint   VERB  VBD 0  ROOT     -
    Jan       Jan       PROPN NNP 8  compound PERSON
    Kowal     Kowal     PROPN NNP 6  dobj     I-PERSON
    .         .         PUNCT .   6  punct    -
    """)
    assert ("Acme Corp", "appoint", "Jan Kowal") in facts(reading, "svo")
