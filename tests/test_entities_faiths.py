"""Faiths and their communities: a religious community is a group (NORP) of no state and never a place; a
religion is named like its community; scriptures, doctrines and notions ("-phobia") are no actors but
arguments (EVENT); a bare direction adjective ("Western") names no subdivision; "X, or Western Y" glosses
nothing."""

from __future__ import annotations

from geokg.extract.entities.places import place_country
from hand_docs import read


def _entities(table: str) -> dict[str, tuple[str, str | None]]:
    return {e.label: (e.type, e.country) for e in read(table).entities.entities()}


def test_a_bare_direction_adjective_is_no_subdivision() -> None:
    assert not place_country("Western").known
    assert not place_country("Northern").known
    assert place_country("Western Australia").known


def test_a_religion_is_a_group_of_no_state() -> None:
    found = _entities("""
    Critics   critic    NOUN  NNS 2 nsubj  -
    attacked  attack    VERB  VBD 0 ROOT   -
    Hinduism  Hinduism  PROPN NNP 2 dobj   ORG
    .         .         PUNCT .   2 punct  -
    """)
    assert found["Hinduism"] == ("NORP", None)


def test_a_scripture_and_a_notion_are_arguments_not_actors() -> None:
    found = _entities("""
    Lena      Lena       PROPN NNP 2 nsubj  PERSON
    quoted    quote      VERB  VBD 0 ROOT   -
    the       the        DET   DT  4 det    -
    Talmud    Talmud     PROPN NNP 2 dobj   PERSON
    against   against    ADP   IN  2 prep   -
    Xenophobia xenophobia PROPN NNP 5 pobj  ORG
    .         .          PUNCT .   2 punct  -
    """)
    assert found["Talmud"] == ("EVENT", None)
    assert found["Xenophobia"] == ("EVENT", None)
    assert found["Lena"] == ("PERSON", None)


def test_a_prefixed_people_word_is_a_group_not_a_person() -> None:
    found = _entities("""
    The       the       DET   DT   4 det      -
    ex        ex        ADJ   JJ   4 amod     PERSON
    -         -         PUNCT HYPH 4 punct    I-PERSON
    Christian Christian PROPN NNP  5 nsubj    I-PERSON
    spoke     speak     VERB  VBD  0 ROOT     -
    .         .         PUNCT .    5 punct    -
    """)
    assert found["ex-Christian"] == ("NORP", None)


def test_a_modifier_after_or_glosses_no_group() -> None:
    found = _entities("""
    Sikhs     Sikhs     PROPN NNPS 2 nsubj  NORP
    met       meet      VERB  VBD  0 ROOT   -
    Christians Christians PROPN NNPS 2 dobj NORP
    ,         ,         PUNCT ,    3 punct  -
    or        or        CCONJ CC   3 cc     -
    Western   western   ADJ   JJ   8 amod   NORP
    non       non       ADJ   JJ   8 amod   -
    Sikhs     Sikhs     PROPN NNPS 3 conj   NORP
    .         .         PUNCT .    2 punct  -
    """)
    assert found["Christians"] == ("NORP", None)
    assert "Western" in found


def test_a_scripture_in_a_story_set_in_one_state_is_of_no_state() -> None:
    # events of a story take its state ("the bombings" in a Kenyan story); a scripture is read, not held there
    entities = read("""
    Kenyan     kenyan     ADJ   JJ    2 amod      NORP
    students   student    NOUN  NNS   5 nsubj     -
    in         in         ADP   IN    2 prep      -
    Nairobi    Nairobi    PROPN NNP   3 pobj      GPE
    read       read       VERB  VBD   0 ROOT      -
    the        the        DET   DT    7 det       -
    Qur'an     Qur'an     PROPN NNP   5 dobj      GPE
    .          .          PUNCT .     5 punct     -
    """).entities.entities()
    scripture = next(e for e in entities if e.label == "Qur'an")
    assert (scripture.type, scripture.country) == ("EVENT", None)


def test_a_feast_is_a_time_not_an_actor() -> None:
    # "Lena will report to Congress by Easter.": the tagger calls the feast a person
    found = _entities("""
    Lena      Lena       PROPN NNP 3 nsubj  PERSON
    will      will       AUX   MD  3 aux    -
    report    report     VERB  VB  0 ROOT   -
    to        to         ADP   IN  3 prep   -
    Congress  Congress   PROPN NNP 4 pobj   ORG
    by        by         ADP   IN  3 prep   -
    Easter    Easter     PROPN NNP 6 pobj   PERSON
    .         .          PUNCT .   3 punct  -
    """)
    assert "Easter" not in found
    assert "Congress" in found
