"""CAMEO codes of states' deeds in wire copy (wave 48 C): an accord ended or left reduces relations and is
no signing; notifying X of something is a statement to X; barring someone from doing something is a
sanction; beefing up a fleet shows force; what is sought "through" a place asks nothing of it. Sentences
written for these tests, parses by hand (tests/hand_docs.py)."""

from __future__ import annotations

import pytest
from geokg.extract.lexicon.cameo import Sense, event_code
from hand_docs import by_rule, read


def _codes(reading, rule: str) -> set[tuple[str, str | None]]:
    return {(r.predicate, r.event_code) for r in by_rule(reading, rule)}


def test_an_accord_its_owner_ends_reduces_relations_and_is_no_signing() -> None:
    reading = read("""
    Bolivia    Bolivia    PROPN NNP 2 nsubj    GPE
    terminated terminate  VERB  VBD 0 ROOT     -
    its        its        PRON  PRP$ 5 poss    -
    trade      trade      NOUN  NN  5 compound -
    pact       pact       NOUN  NN  2 dobj     -
    with       with       ADP   IN  5 prep     -
    Chile      Chile      PROPN NNP 6 pobj     GPE
    .          .          PUNCT .   2 punct    -
    """)
    assert _codes(reading, "noun_prep") == {("terminate pact with", "160")}
    assert not by_rule(reading, "event_noun")  # was "pact with" Chile, 057: a signing


def test_an_accord_left_through_its_owners_pronoun_reaches_the_other_party() -> None:
    reading = read("""
    Bolivia    Bolivia    PROPN NNP 2 nsubj    GPE
    withdrew   withdraw   VERB  VBD 0 ROOT     -
    from       from       ADP   IN  2 prep     -
    its        its        PRON  PRP$ 6 poss    -
    trade      trade      NOUN  NN  6 compound -
    accord     accord     NOUN  NN  3 pobj     -
    with       with       ADP   IN  6 prep     -
    Chile      Chile      PROPN NNP 7 pobj     GPE
    .          .          PUNCT .   2 punct    -
    """)
    assert _codes(reading, "noun_prep") == {("withdraw from accord with", "160")}
    assert not by_rule(reading, "event_noun")


def test_an_accord_signed_stays_a_signing() -> None:
    reading = read("""
    Bolivia    Bolivia    PROPN NNP 2 nsubj    GPE
    signed     sign       VERB  VBD 0 ROOT     -
    its        its        PRON  PRP$ 4 poss    -
    pact       pact       NOUN  NN  2 dobj     -
    with       with       ADP   IN  4 prep     -
    Chile      Chile      PROPN NNP 5 pobj     GPE
    .          .          PUNCT .   2 punct    -
    """)
    assert [r.event_root for r in by_rule(reading, "event_noun")] == ["05"]


@pytest.mark.parametrize(
    ("verb", "particle", "accord"),
    [
        ("end", "", "treaty"),
        ("terminate", "", "agreement"),
        ("scrap", "", "deal"),
        ("abrogate", "", "accord"),
        ("tear", "up", "pact"),
        ("quit", "", "treaty"),
        ("renounce", "", "treaty"),
        ("revoke", "", "agreement"),
    ],
)
def test_ending_an_accord_reduces_relations(verb: str, particle: str, accord: str) -> None:
    sense = Sense((particle,) if particle else (), {"": frozenset({accord})})
    assert event_code(verb, sense=sense) == "160"
    assert event_code("end", sense=Sense(objects={"": frozenset({"war"})})) is None  # only an accord


def test_notifying_a_state_of_a_decision_is_a_statement_to_it() -> None:
    reading = read("""
    Bolivia    Bolivia    PROPN NNP 2 nsubj    GPE
    notified   notify     VERB  VBD 0 ROOT     -
    Ecuador    Ecuador    PROPN NNP 2 dobj     GPE
    of         of         ADP   IN  2 prep     -
    the        the        DET   DT  6 det      -
    decision   decision   NOUN  NN  4 pobj     -
    .          .          PUNCT .   2 punct    -
    """)
    assert _codes(reading, "svo") == {("notify", "010")}


def test_notice_given_to_a_state_is_a_statement_and_no_aid() -> None:
    reading = read("""
    Bolivia    Bolivia    PROPN NNP 2 nsubj    GPE
    gave       give       VERB  VBD 0 ROOT     -
    Chile      Chile      PROPN NNP 2 dative   GPE
    notice     notice     NOUN  NN  2 dobj     -
    of         of         ADP   IN  4 prep     -
    its        its        PRON  PRP$ 7 poss    -
    withdrawal withdrawal NOUN  NN  5 pobj     -
    .          .          PUNCT .   2 punct    -
    """)
    assert {r.event_code for r in reading.relations} == {"010"}  # was 070, aid


def test_barring_a_firm_from_trade_is_a_sanction_and_a_person_an_administrative_one() -> None:
    firm = read("""
    Bolivia    Bolivia    PROPN NNP 2 nsubj    GPE
    barred     bar        VERB  VBD 0 ROOT     -
    Zenith     Zenith     PROPN NNP 2 dobj     ORG
    from       from       ADP   IN  2 prep     -
    importing  import     VERB  VBG 4 pcomp    -
    steel      steel      NOUN  NN  5 dobj     -
    .          .          PUNCT .   2 punct    -
    """)
    assert _codes(firm, "svo") == {("bar", "163")}
    person = read("""
    Bolivia    Bolivia    PROPN NNP 2 nsubj    GPE
    barred     bar        VERB  VBD 0 ROOT     -
    Juan       Juan       PROPN NNP 4 compound PERSON
    Perez      Perez      PROPN NNP 2 dobj     I-PERSON
    from       from       ADP   IN  2 prep     -
    leaving    leave      VERB  VBG 5 pcomp    -
    .          .          PUNCT .   2 punct    -
    """)
    assert _codes(person, "svo") == {("bar", "172")}


def test_beefing_up_a_fleet_shows_force() -> None:
    reading = read("""
    Chile      Chile      PROPN NNP 2 nsubj    GPE
    beefed     beef       VERB  VBD 0 ROOT     -
    up         up         ADP   RP  2 prt      -
    its        its        PRON  PRP$ 5 poss    -
    fleet      fleet      NOUN  NN  2 dobj     -
    in         in         ADP   IN  5 prep     -
    the        the        DET   DT  8 det      -
    Pacific    Pacific    PROPN NNP 6 pobj     LOC
    .          .          PUNCT .   2 punct    -
    """)
    assert _codes(reading, "noun_prep") == {("beef up fleet in", "154")}
    assert event_code("strengthen", sense=Sense(objects={"": frozenset({"@MIL"})})) == "154"
    assert event_code("strengthen", sense=Sense(objects={"": frozenset({"economy"})})) is None


def test_what_is_sought_through_a_state_is_no_appeal_to_it() -> None:
    reading = read("""
    Zenith     Zenith     PROPN NNP 2 nsubj    ORG
    sought     seek       VERB  VBD 0 ROOT     -
    tax        tax        NOUN  NN  4 compound -
    relief     relief     NOUN  NN  2 dobj     -
    through    through    ADP   IN  2 prep     -
    Panama     Panama     PROPN NNP 5 pobj     GPE
    .          .          PUNCT .   2 punct    -
    """)
    sought = by_rule(reading, "prep")
    assert sought and all(r.event_code is None for r in sought)
    assert event_code("seek", sense=Sense(("from",), {"from": frozenset({"@GPE"})})) == "020"


def test_an_accord_under_a_noun_of_ending_is_no_signing() -> None:
    reading = read("""
    Bolivia     Bolivia     PROPN NNP 2 nsubj    GPE
    announced   announce    VERB  VBD 0 ROOT     -
    the         the         DET   DT  4 det      -
    termination termination NOUN  NN  2 dobj     -
    of          of          ADP   IN  4 prep     -
    its         its         PRON  PRP$ 7 poss    -
    pact        pact        NOUN  NN  5 pobj     -
    with        with        ADP   IN  7 prep     -
    Chile       Chile       PROPN NNP 8 pobj     GPE
    .           .           PUNCT .   2 punct    -
    """)
    assert not by_rule(reading, "event_noun")  # was "pact with" Chile, 057: a signing


def test_the_one_asked_stays_the_addressee_beside_a_means() -> None:
    reading = read("""
    Bolivia    Bolivia    PROPN NNP 2 nsubj    GPE
    sought     seek       VERB  VBD 0 ROOT     -
    help       help       NOUN  NN  2 dobj     -
    through    through    ADP   IN  2 prep     -
    Panama     Panama     PROPN NNP 4 pobj     GPE
    from       from       ADP   IN  2 prep     -
    Chile      Chile      PROPN NNP 6 pobj     GPE
    .          .          PUNCT .   2 punct    -
    """)
    codes = {r.object.entity_id: r.event_code for r in by_rule(reading, "prep")}
    assert codes == {"country:PAN": None, "country:CHL": "020"}


def test_pulling_out_of_an_accord_reduces_relations_and_is_no_retreat() -> None:
    # the parser hangs "of" on "out": the accord is what "out of" takes
    reading = read("""
    Bolivia    Bolivia    PROPN NNP 2 nsubj    GPE
    pulled     pull       VERB  VBD 0 ROOT     -
    out        out        ADP   IN  2 prep     -
    of         of         ADP   IN  3 prep     -
    its        its        PRON  PRP$ 6 poss    -
    pact       pact       NOUN  NN  4 pobj     -
    with       with       ADP   IN  6 prep     -
    Chile      Chile      PROPN NNP 7 pobj     GPE
    .          .          PUNCT .   2 punct    -
    """)
    assert _codes(reading, "noun_prep") == {("pull out of pact with", "160")}  # was 0874, a retreat
    assert not by_rule(reading, "event_noun")
    place = Sense(("out of", "out"), {"out of": frozenset({"@GPE"})})
    assert event_code("pull", sense=place) == "0874"  # "pulled out of Peru": a retreat
