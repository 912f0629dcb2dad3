"""Journals, papers and software the tables know: a journal is an organisation of its publisher's state
whatever the tagger called it, and a product is no actor at all (sentences of our own)."""

from __future__ import annotations

from hand_docs import read


def test_a_journal_the_tagger_took_for_a_place_is_an_organisation_of_its_publisher_s_state() -> None:
    reading = read("""
    The       the       DET   DT  2 det      -
    study     study     NOUN  NN  3 nsubj    -
    appeared  appear    VERB  VBD 0 ROOT     -
    in        in        ADP   IN  3 prep     -
    Nature    Nature    PROPN NNP 4 pobj     GPE
    on        on        ADP   IN  3 prep     -
    Monday    Monday    PROPN NNP 6 pobj     DATE
    .         .         PUNCT .   3 punct    -
    """)
    journal = reading.entities.entity(reading.entities.entity_id_at(4) or "")
    assert journal is not None
    assert (journal.type, journal.country) == ("ORG", "GBR")


def test_software_the_tagger_took_for_a_person_or_a_place_is_no_actor() -> None:
    reading = read("""
    Linux     Linux     PROPN NNP 2 nsubj    PERSON
    runs      run       VERB  VBZ 0 ROOT     -
    the       the       DET   DT  5 det      -
    Windows   Windows   PROPN NNP 5 compound LOC
    Server    Server    PROPN NNP 2 dobj     I-LOC
    .         .         PUNCT .   2 punct    -
    """)
    assert reading.entities.entity_id_at(0) is None
    assert reading.entities.entity_id_at(3) is None


def test_a_journal_s_name_the_tagger_did_not_mark_is_no_journal() -> None:
    # "a Master of Science": only the tagger's own names are read as journals
    reading = read("""
    Ana       Ana       PROPN NNP 2 compound PERSON
    Ruiz      Ruiz      PROPN NNP 3 nsubj    I-PERSON
    holds     hold      VERB  VBZ 0 ROOT     -
    a         a         DET   DT  5 det      -
    Master    Master    PROPN NNP 3 dobj     -
    of        of        ADP   IN  5 prep     -
    Science   Science   PROPN NNP 6 pobj     -
    .         .         PUNCT .   3 punct    -
    """)
    assert reading.entities.entity_id_at(6) is None
