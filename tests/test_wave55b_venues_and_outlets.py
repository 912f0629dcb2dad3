"""Wave 55 B: things that are not actors, and actors typed wrong. A place after "on"/"in"/"at" of a meeting
that already has its partner only says where it was held (a verb of going keeps its place). Each test
states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts, read

# "Senator Paul Simon met Korean diplomats on Capitol Hill."
_MET_ON_THE_HILL = """
    Senator   Senator   PROPN NNP 3 compound -
    Paul      Paul      PROPN NNP 3 compound PERSON
    Simon     Simon     PROPN NNP 4 nsubj    I-PERSON
    met       meet      VERB  VBD 0 ROOT     -
    South     South     PROPN NNP 6 compound GPE
    Korea     Korea     PROPN NNP 4 dobj     I-GPE
    on        on        ADP   IN  4 prep     -
    Capitol   Capitol   PROPN NNP 9 compound LOC
    Hill      Hill      PROPN NNP 7 pobj     I-LOC
    .         .         PUNCT .   4 punct    -
"""


def test_a_meetings_place_on_a_hill_is_no_party_when_it_has_its_partner() -> None:
    read_prep = facts(read(_MET_ON_THE_HILL), "prep")
    assert not any(f[2] == "Capitol Hill" for f in read_prep)


def test_a_meeting_with_a_partner_by_with_drops_its_place_too() -> None:
    reading = read("""
    Paul      Paul      PROPN NNP 2 compound PERSON
    Simon     Simon     PROPN NNP 3 nsubj    I-PERSON
    talked    talk      VERB  VBD 0 ROOT     -
    with      with      ADP   IN  3 prep     -
    South     South     PROPN NNP 6 compound GPE
    Korea     Korea     PROPN NNP 4 pobj     I-GPE
    at        at        ADP   IN  3 prep     -
    Capitol   Capitol   PROPN NNP 9 compound LOC
    Hill      Hill      PROPN NNP 7 pobj     I-LOC
    .         .         PUNCT .   3 punct    -
    """)
    read_prep = facts(reading, "prep")
    assert ("Paul Simon", "talk with", "South Korea") in read_prep
    assert not any(f[2] == "Capitol Hill" for f in read_prep)


def test_a_verb_of_going_keeps_its_place() -> None:
    reading = read("""
    Paul      Paul      PROPN NNP 2 compound PERSON
    Simon     Simon     PROPN NNP 3 nsubj    I-PERSON
    visited   visit     VERB  VBD 0 ROOT     -
    South     South     PROPN NNP 5 compound GPE
    Korea     Korea     PROPN NNP 3 dobj     I-GPE
    on        on        ADP   IN  3 prep     -
    Capitol   Capitol   PROPN NNP 8 compound LOC
    Hill      Hill      PROPN NNP 6 pobj     I-LOC
    .         .         PUNCT .   3 punct    -
    """)
    assert any(f[2] == "Capitol Hill" for f in facts(reading, "prep"))


# News outlets by their names: a paper's, an agency's or a broadcaster's name is an organisation of the
# media (MED), of the state its town names, however the tagger typed it.


def _outlet(table: str, label: str) -> tuple[str, str | None, str | None]:
    reading = read(table)
    [outlet] = [e for e in reading.entities.entities() if e.label == label]
    return outlet.type, outlet.country, outlet.sector


def test_a_review_with_a_title_word_before_it_is_its_towns_paper() -> None:
    assert _outlet(
        """
    The        the        DET   DT  4 det      -
    official   official   ADJ   JJ  4 amod     -
    Hanoi      Hanoi      PROPN NNP 4 compound PERSON
    Review     Review     PROPN NNP 5 nsubj    I-PERSON
    criticised criticise  VERB  VBD 0 ROOT     -
    China      China      PROPN NNP 5 dobj     GPE
    .          .          PUNCT .   5 punct    -
    """,
        "Hanoi Review",
    ) == ("ORG", "VNM", "MED")


def test_a_radio_named_after_its_capital_is_that_states_broadcaster() -> None:
    assert _outlet(
        """
    Kabul      Kabul      PROPN NNP 2 compound PERSON
    Radio      Radio      PROPN NNP 3 nsubj    I-PERSON
    criticised criticise  VERB  VBD 0 ROOT     -
    Pakistan   Pakistan   PROPN NNP 3 dobj     GPE
    .          .          PUNCT .   3 punct    -
    """,
        "Kabul Radio",
    ) == ("ORG", "AFG", "MED")


def test_a_radio_with_its_town_after_its_word_is_that_towns_states() -> None:
    assert _outlet(
        """
    Radio      Radio      PROPN NNP 2 compound ORG
    Hanoi      Hanoi      PROPN NNP 3 nsubj    I-ORG
    criticised criticise  VERB  VBD 0 ROOT     -
    China      China      PROPN NNP 3 dobj     GPE
    .          .          PUNCT .   3 punct    -
    """,
        "Radio Hanoi",
    ) == ("ORG", "VNM", "MED")


def test_a_single_name_paper_the_table_knows_is_the_media() -> None:
    assert _outlet(
        """
    Izvestia   Izvestia   PROPN NNP 2 nsubj    PERSON
    criticised criticise  VERB  VBD 0 ROOT     -
    China      China      PROPN NNP 2 dobj     GPE
    .          .          PUNCT .   2 punct    -
    """,
        "Izvestia",
    ) == ("ORG", "RUS", "MED")
