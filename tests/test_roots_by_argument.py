"""CAMEO roots that depend on what a verb acts on or who acts: a move to a city is a location fact, a trip to
a state a visit; working with an artist is a career fact, cooperating with a state is not; receiving a
visitor hosts them, receiving a thing is no event; idioms ("seized the opportunity"), legislative
proposals and court acts. Lexicon rows are checked through cameo.Sense; the frame's reading of them on
hand-built parses of sentences of our own."""

from __future__ import annotations

import pytest
from geokg.extract.lexicon.cameo import Sense, best_reading, event_code
from hand_docs import by_rule, facts_with_roots, read


def _sense(particles: tuple[str, ...] = (), objects: dict | None = None, agents: set | None = None) -> Sense:
    return Sense(particles, {k: frozenset(v) for k, v in (objects or {}).items()}, frozenset(agents or ()))


CITY = {"@GPE", "@nonstate"}
STATE = {"@GPE", "@state"}
PERSON = {"@PERSON", "@nonstate"}


@pytest.mark.parametrize(
    ("lemma", "noun", "sense", "code"),
    [
        # a collaboration with a person (an artist, a scientist) is a career fact; with a state it cooperates
        ("collaborate", False, _sense(("with",), {"with": {"@PERSON", "@nonstate"}}), None),
        ("collaborate", False, _sense(("with",), {"with": STATE}), "060"),
        ("collaborate", False, _sense(("in",), {"in": {"@ORG", "@nonstate"}}), None),
        # falling back to a place: a move for a person, a military retreat for troops or rebels
        ("retreat", False, _sense(("to",), {"to": CITY}, {"@PERSON", "@nonstate"}), None),
        ("retreat", False, _sense(("to",), {"to": CITY}, {"@MIL", "@state"}), "0874"),
        ("retreat", False, _sense(("to",), {"to": CITY}, {"@REB", "@nonstate"}), "0874"),
        ("retreat", False, _sense(("from",), {"from": STATE}, {"@MIL", "@state"}), "0874"),
        # a trip to a city, a region, a resort or a hospital is a location fact; to a state it is a visit
        ("travel", False, _sense(("to",), {"to": CITY}), None),
        ("travel", False, _sense(("from", "to"), {"from": CITY, "to": {"@FAC", "@nonstate"}}), None),
        ("travel", False, _sense(("to",), {"to": STATE}), "042"),
        ("fly", False, _sense(("to",), {"to": {"@FAC", "@nonstate"}}), None),
        ("fly", False, _sense(("to",), {"to": STATE}), "042"),
        ("trip", True, _sense(("to",), {"to": CITY}), None),
        ("trip", True, _sense(("to",), {"to": STATE}), "042"),
        ("trip", True, _sense(), "042"),
        # receiving a visitor or a state's envoys hosts them; a thing received is no event
        ("receive", False, _sense(objects={"": {"@PERSON", "@nonstate"}}), "043"),
        ("receive", False, _sense(objects={"": {"@GOV", "@state"}}), "043"),
        ("receive", False, _sense(objects={"": {"envoy"}}), "043"),
        ("receive", False, _sense(objects={"": {"notice"}}), None),
        ("receive", False, _sense(("at",), {"": {"treatment"}, "at": {"@FAC"}}), None),
        # idioms of opportunity are no seizure; seizing property or a ship is
        ("seize", False, _sense(objects={"": {"opportunity"}}), None),
        ("seize", False, _sense(objects={"": {"chance"}}), None),
        ("seize", False, _sense(objects={"": {"tanker"}}), "171"),
        # courts: trying and sentencing a defendant is legal action (17); a try without a court is nothing
        ("try", False, _sense(objects={"": {"@PERSON"}}, agents={"@JUD", "@state"}), "173"),
        ("try", False, _sense(objects={"": {"@PERSON"}}, agents={"@PERSON"}), None),
        ("sentence", False, _sense(objects={"": {"@PERSON"}}), "173"),
        ("convict", False, _sense(objects={"": {"@PERSON"}}), "116"),
        # a legislator proposing a bill or a constitutional amendment states a position (gold: 01); an
        # offer to a party stays an intent to cooperate
        ("propose", False, _sense(objects={"": {"bill"}}), "010"),
        ("propose", False, _sense(("to",), {"": {"amendment"}, "to": {"constitution", "@ORG"}}), "010"),
        ("propose", False, _sense(("to",), {"": {"ceasefire"}, "to": STATE}), "030"),
        ("introduce", False, _sense(objects={"": {"bill"}}), "010"),
        ("introduce", False, _sense(objects={"": {"@PERSON"}}), None),  # introducing a guest is nothing
        ("table", False, _sense(objects={"": {"motion"}}), "010"),
        ("debate", False, _sense(objects={"": {"bill"}}, agents={"@LEG", "@state"}), "040"),
        # signed to a label or a team: membership, no agreement
        ("sign", False, _sense(("to",), {"to": {"@ORG", "@nonstate"}}), None),
        ("sign", False, _sense(objects={"": {"agreement"}}), "057"),
        # going back home or to Earth yields nothing
        ("return", False, _sense(("to",), {"to": {"@LOC"}}), None),
        # blaming a person for a deed is verbal; an attack for three days is not
        ("attack", False, _sense(("for",), {"": {"@PERSON"}}, {"@PERSON", "@nonstate"}), "111"),
        ("attack", False, _sense(("over",), {"": {"@PERSON"}}, {"@ORG", "@nonstate"}), "111"),
        ("attack", False, _sense(("for",), {"": STATE, "for": {"day"}}, STATE), "190"),
        ("attack", False, _sense(("on",), {"": {"@PERSON"}, "on": {"tax", "@PERSON"}}, {"@NORP"}), "111"),
        ("attack", False, _sense(("on",), {"": {"@PERSON"}, "on": {"monday"}}, {"@ORG", "@nonstate"}), "180"),
        ("attack", False, _sense(("for",), {"": {"@PERSON"}, "for": {"hour"}}, {"@ORG", "@nonstate"}), "180"),
        # force short of violence: holding a person down, aiming weapons at them
        ("restrain", False, _sense(objects={"": {"@PERSON"}}, agents={"@COP", "@state"}), "170"),
        ("restrain", False, _sense(objects={"": {"spending"}}), None),
        ("aim", False, _sense(("at",), {"at": {"@PERSON"}}, {"@COP", "@state"}), "150"),
        ("aim", False, _sense(("at",), {"at": {"@PERSON"}}, {"@ORG", "@nonstate"}), None),
        ("react", False, _sense(("on",), {"on": {"@ORG"}}), "010"),
        # what is given decides: words of sympathy or an appeal are no aid, nor is an opportunity
        ("give", False, _sense(("via",), {"": {"condolence"}, "via": {"@ORG"}}), "018"),
        ("offer", False, _sense(objects={"": {"condolence"}}), "018"),
        ("give", False, _sense(("to",), {"": {"plea"}, "to": {"@NORP"}}), "020"),
        ("give", False, _sense(("to",), {"": {"interview"}, "to": {"@MED"}}), "010"),
        ("provide", False, _sense(("for",), {"": {"opportunity"}, "for": {"@PERSON"}}), None),
        ("give", False, _sense(("to",), {"": {"aid"}, "to": STATE}), "070"),
        # figures given out (to the press or not) are told, a statement; a post given is an appointment
        ("give", False, _sense(("to",), {"": {"figure"}, "to": {"@NORP"}}), "010"),
        ("provide", False, _sense(objects={"": {"toll"}}), "010"),
        ("provide", False, _sense(("to",), {"to": {"journalist", "@MED"}}), "010"),
        ("provide", False, _sense(("to",), {"": {"food"}, "to": STATE}), "070"),
        ("give", False, _sense(objects={"": {"post"}}), "050"),
        ("offer", False, _sense(objects={"": {"talk"}}), "030"),
        # one person attacking another is words (a rival's criticism); a group attacking a person is force
        (
            "attack",
            False,
            _sense(objects={"": {"@PERSON", "@nonstate"}}, agents={"@PERSON", "@state"}),
            "111",
        ),
        (
            "attack",
            False,
            _sense(objects={"": {"@PERSON", "@nonstate"}}, agents={"@ORG", "@nonstate"}),
            "180",
        ),
        ("attack", False, _sense(objects={"": STATE}, agents={"@PERSON", "@nonstate"}), "180"),
        # a campaign's fight or battle with a rival is no use of force; with a state or an army it is
        ("fight", True, _sense(("to",), {"to": {"@PERSON", "@nonstate"}}), None),
        ("fight", True, _sense(("to",), {"to": {"@ORG", "@MIL", "@state"}}), "190"),
        ("battle", False, _sense(objects={"": {"@PERSON", "@nonstate"}}), None),
        ("fight", False, _sense(objects={"": {"@GPE", "@state"}}), "190"),
        # addressing an audience is a statement, addressing a problem no event; advising someone appeals
        ("address", False, _sense(objects={"": {"public", "@NORP"}}), "010"),
        ("address", False, _sense(objects={"": {"reporter", "@NORP"}}), "010"),
        ("address", False, _sense(objects={"": {"problem"}}), None),
        ("advise", False, _sense(objects={"": {"resident", "@NORP"}}), "020"),
        # an inquiry launched or opened investigates, whatever it looks into; a state of emergency coerces
        ("launch", False, _sense(("into",), {"": {"inquiry"}, "into": {"conduct"}}), "090"),
        ("open", False, _sense(objects={"": {"investigation"}}), "090"),
        ("launch", False, _sense(objects={"": {"rocket"}}), None),
        ("declare", False, _sense(("in",), {"": {"state"}, "in": CITY}), "1724"),
        ("declare", False, _sense(objects={"": {"victory"}}), "010"),
        # a meal with someone is a meeting; companies merging or one taking over another exchange economically
        ("lunch", True, _sense(("with",), {"with": PERSON}), "040"),
        ("dinner", True, _sense(("with",), {"with": STATE}), "040"),
        ("merge", False, _sense(("with",), {"with": {"@ORG", "@nonstate"}}), "061"),
        ("merger", True, _sense(("with",), {"with": {"@ORG", "@nonstate"}}), "061"),
        ("takeover", True, _sense(("of",), {"of": {"@ORG", "@nonstate"}}), "061"),
        # a party's takeover of a state is a seizure of power, not an acquisition
        ("takeover", True, _sense(("of",), {"of": STATE}), None),
        ("acquisition", True, _sense(("of",), {"of": {"@ORG", "@nonstate"}}), "061"),
        # blows between people are physical assault; kicking off a campaign is none
        ("punch", False, _sense(objects={"": PERSON}), "182"),
        ("shove", False, _sense(objects={"": PERSON}), "182"),
        ("kick", False, _sense(objects={"": PERSON}), "182"),
        ("kick", False, _sense(("off",), {"off": {"campaign"}}), None),
        ("deliver", False, _sense(("to",), {"": {"shove"}, "to": PERSON}), "182"),
        ("deliver", False, _sense(("to",), {"": {"aid"}, "to": STATE}), "070"),
    ],
)
def test_the_argument_class_selects_the_root(lemma: str, noun: bool, sense: Sense, code: str | None) -> None:
    assert event_code(lemma, noun=noun, sense=sense) == code


def test_a_reading_that_is_no_event_is_told_apart_from_no_reading() -> None:
    received = best_reading("receive", sense=_sense(objects={"": {"criticism"}}))
    assert received is not None and received.code is None  # listed: receiving a thing is no event
    assert best_reading("stroll", sense=_sense()) is None  # not listed at all


def _codes(table: str, rule: str) -> dict[tuple[str, str], str | None]:
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    return {(r.predicate, label[r.object.entity_id]): r.event_code for r in by_rule(reading, rule)}


def test_a_trip_to_a_city_is_no_visit_a_trip_to_a_state_is() -> None:
    city = _codes(
        """
    Ana        Ana       PROPN NNP 2 compound PERSON
    Lopez      Lopez     PROPN NNP 4 poss     I-PERSON
    's         's        PART  POS 2 case     I-PERSON
    trip       trip      NOUN  NN  7 nsubj    -
    to         to        ADP   IN  4 prep     -
    Arica      Arica     PROPN NNP 5 pobj     GPE
    ended      end       VERB  VBD 0 ROOT     -
    .          .         PUNCT .   7 punct    -
    """,
        "event_noun",
    )
    state = _codes(
        """
    Ana        Ana       PROPN NNP 2 compound PERSON
    Lopez      Lopez     PROPN NNP 4 poss     I-PERSON
    's         's        PART  POS 2 case     I-PERSON
    trip       trip      NOUN  NN  7 nsubj    -
    to         to        ADP   IN  4 prep     -
    Peru       Peru      PROPN NNP 5 pobj     GPE
    ended      end       VERB  VBD 0 ROOT     -
    .          .         PUNCT .   7 punct    -
    """,
        "event_noun",
    )
    assert (city, state) == ({("travel to", "Arica"): None}, {("travel to", "Peru"): "042"})


def test_a_musician_working_with_a_musician_is_no_cooperation_a_state_with_a_state_is() -> None:
    artists = _codes(
        """
    Ana        Ana          PROPN NNP 2 compound PERSON
    Lopez      Lopez        PROPN NNP 3 nsubj    I-PERSON
    collaborated collaborate VERB VBD 0 ROOT     -
    with       with         ADP   IN  3 prep     -
    Marta      Marta        PROPN NNP 6 compound PERSON
    Ruiz       Ruiz         PROPN NNP 4 pobj     I-PERSON
    .          .            PUNCT .   3 punct    -
    """,
        "prep",
    )
    states = _codes(
        """
    Chile      Chile        PROPN NNP 2 nsubj GPE
    collaborated collaborate VERB VBD 0 ROOT  -
    with       with         ADP   IN  2 prep  -
    Peru       Peru         PROPN NNP 3 pobj  GPE
    .          .            PUNCT .   2 punct -
    """,
        "prep",
    )
    assert artists == {("collaborate with", "Marta Ruiz"): None}
    assert states == {("collaborate with", "Peru"): "060"}


def test_a_person_moving_to_a_region_does_not_retreat() -> None:
    codes = _codes(
        """
    Ana        Ana       PROPN NNP 2 compound PERSON
    Lopez      Lopez     PROPN NNP 3 nsubj    I-PERSON
    retreated  retreat   VERB  VBD 0 ROOT     -
    to         to        ADP   IN  3 prep     -
    Patagonia  Patagonia PROPN NNP 4 pobj     LOC
    .          .         PUNCT .   3 punct    -
    """,
        "prep",
    )
    assert codes == {("retreat to", "Patagonia"): None}


def test_criticism_received_is_not_the_receivers_criticism() -> None:
    # the verb's reading (a thing received) says no event, so its object noun's act (11) is not taken:
    # the receiver is no critic of the channel
    codes = _codes(
        """
    Ana        Ana       PROPN NNP 2 compound PERSON
    Lopez      Lopez     PROPN NNP 3 nsubj    I-PERSON
    received   receive   VERB  VBD 0 ROOT     -
    criticism  criticism NOUN  NN  3 dobj     -
    on         on        ADP   IN  3 prep     -
    Telemundo  Telemundo PROPN NNP 5 pobj     ORG
    .          .         PUNCT .   3 punct    -
    """,
        "prep",
    )
    assert codes == {("receive criticism on", "Telemundo"): None}


def test_a_head_of_state_received_by_another_is_hosted() -> None:
    codes = _codes(
        """
    Chile      Chile     PROPN NNP 2 nsubj    GPE
    received   receive   VERB  VBD 0 ROOT     -
    Ana        Ana       PROPN NNP 4 compound PERSON
    Lopez      Lopez     PROPN NNP 2 dobj     I-PERSON
    .          .         PUNCT .   2 punct    -
    """,
        "svo",
    )
    assert codes == {("receive", "Ana Lopez"): "043"}


def test_a_court_trying_a_defendant_takes_legal_action() -> None:
    codes = _codes(
        """
    A          a         DET   DT  3 det   -
    Chilean    Chilean   ADJ   JJ  3 amod  NORP
    court      court     NOUN  NN  4 nsubj -
    tried      try       VERB  VBD 0 ROOT  -
    Ana        Ana       PROPN NNP 6 compound PERSON
    Lopez      Lopez     PROPN NNP 4 dobj  I-PERSON
    .          .         PUNCT .   4 punct -
    """,
        "svo",
    )
    assert list(codes.values()) == ["173"]


def _said(table: str, rule: str) -> set[tuple[str, str, str, str | None]]:
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (label[r.subject.entity_id], r.predicate, label[r.object.entity_id], r.event_root)
        for r in by_rule(reading, rule)
    }


def test_advice_urges_and_an_obligation_demands() -> None:
    # "should" advises (an appeal, 02); "must" demands (10)
    table = """
    Chile     Chile     PROPN NNP 2 nsubj GPE
    said      say       VERB  VBD 0 ROOT  -
    Peru      Peru      PROPN NNP 5 nsubj GPE
    {modal}   {modal}   AUX   MD  5 aux   -
    leave     leave     VERB  VB  2 ccomp -
    Arica     Arica     PROPN NNP 5 dobj  GPE
    .         .         PUNCT .   2 punct -
    """
    should = _said(table.format(modal="should"), "speech_content")
    must = _said(table.format(modal="must"), "speech_content")
    assert should == {("Chile", "urge", "Peru", "02")}
    assert must == {("Chile", "demand", "Peru", "10")}


def test_telling_someone_a_state_should_act_urges_them() -> None:
    table = """
    Chile     Chile     PROPN NNP 2 nsubj GPE
    told      tell      VERB  VBD 0 ROOT  -
    Bolivia   Bolivia   PROPN NNP 2 dobj  GPE
    that      that      SCONJ IN  7 mark  -
    Peru      Peru      PROPN NNP 7 nsubj GPE
    {modal}   {modal}   AUX   MD  7 aux   -
    leave     leave     VERB  VB  2 ccomp -
    Arica     Arica     PROPN NNP 7 dobj  GPE
    .         .         PUNCT .   2 punct -
    """
    should = _said(table.format(modal="should"), "svo")
    must = _said(table.format(modal="must"), "svo")
    assert ("Chile", "tell", "Bolivia", "02") in should
    assert ("Chile", "tell", "Bolivia", "10") in must


def test_blaming_a_rival_for_a_deed_is_criticism() -> None:
    codes = _codes(
        """
    Ana        Ana         PROPN NNP 2 compound PERSON
    Lopez      Lopez       PROPN NNP 3 nsubj    I-PERSON
    attacked   attack      VERB  VBD 0 ROOT     -
    Marta      Marta       PROPN NNP 5 compound PERSON
    Ruiz       Ruiz        PROPN NNP 3 dobj     I-PERSON
    for        for         ADP   IN  3 prep     -
    raising    raise       VERB  VBG 6 pcomp    -
    taxes      tax         NOUN  NNS 7 dobj     -
    .          .           PUNCT .   3 punct    -
    """,
        "svo",
    )
    assert codes == {("attack", "Marta Ruiz"): "111"}


def test_a_politicians_rally_is_no_protest_but_protesters_rally_is() -> None:
    table = """
    {first}    {first}   {pos} {tag} {head} {dep} {ent}
    {second}   {second}  {pos2} {tag2} 3 nsubj {ent2}
    held       hold      VERB  VBD 0 ROOT  -
    a          a         DET   DT  5 det   -
    rally      rally     NOUN  NN  3 dobj  -
    in         in        ADP   IN  3 prep  -
    Arica      Arica     PROPN NNP 6 pobj  GPE
    .          .         PUNCT .   3 punct -
    """
    politician = _said(
        table.format(
            first="Ana", pos="PROPN", tag="NNP", head=2, dep="compound", ent="PERSON",
            second="Lopez", pos2="PROPN", tag2="NNP", ent2="I-PERSON",
        ),
        "svo",
    )
    protesters = _said(
        table.format(
            first="Chilean", pos="ADJ", tag="JJ", head=2, dep="amod", ent="NORP",
            second="protesters", pos2="NOUN", tag2="NNS", ent2="-",
        ),
        "svo",
    )
    assert {root for *_, root in politician} == {None}
    assert {root for *_, root in protesters} == {"14"}


def test_calling_a_body_a_horrible_thing_criticises_it() -> None:
    table = """
    Chile     Chile     PROPN NNP 2 nsubj GPE
    described describe  VERB  VBD 0 ROOT  -
    Peru      Peru      PROPN NNP 2 dobj  GPE
    as        as        ADP   IN  2 prep  -
    a         a         DET   DT  7 det   -
    {word}    {word}    ADJ   JJ  7 amod  -
    neighbour neighbour NOUN  NN  4 pobj  -
    .         .         PUNCT .   2 punct -
    """
    assert _said(table.format(word="horrible"), "evaluation") == {("Chile", "criticise", "Peru", "11")}
    assert _said(table.format(word="arrogant"), "evaluation") == {("Chile", "criticise", "Peru", "11")}
    assert _said(table.format(word="quiet"), "evaluation") == {("Chile", "describe", "Peru", "01")}


def test_attacking_a_rival_on_his_record_is_criticism_on_a_day_it_is_force() -> None:
    table = """
    Hezbollah  Hezbollah  PROPN NNP 2 nsubj    ORG
    attacked   attack     VERB  VBD 0 ROOT     -
    Ana        Ana        PROPN NNP 4 compound PERSON
    Lopez      Lopez      PROPN NNP 2 dobj     I-PERSON
    on         on         ADP   IN  2 prep     -
    {words}
    .          .          PUNCT .   2 punct    -
    """
    record = """her        her        PRON  PRP$ 7 poss  -
    record     record     NOUN  NN  5 pobj  -"""
    day = """Monday     Monday     PROPN NNP 5 pobj  DATE"""
    assert _codes(table.format(words=record), "svo") == {("attack", "Ana Lopez"): "111"}
    assert _codes(table.format(words=day), "svo") == {("attack", "Ana Lopez"): "180"}

def test_taking_the_fight_to_a_rival_is_no_use_of_force() -> None:
    # the event noun reached after the verb ("take ... fight") is read with what it is taken to
    table = """
    Ana        Ana        PROPN NNP  2 compound PERSON
    Lopez      Lopez      PROPN NNP  4 nsubj    I-PERSON
    will       will       AUX   MD   4 aux      -
    take       take       VERB  VB   0 ROOT     -
    the        the        DET   DT   6 det      -
    fight      fight      NOUN  NN   4 dobj     -
    to         to         ADP   IN   4 prep     -
    {words}
    .          .          PUNCT .    4 punct    -
    """
    rival = """Marta      Marta      PROPN NNP  9 compound PERSON
    Ruiz       Ruiz       PROPN NNP  7 pobj     I-PERSON"""
    state = """Peru       Peru       PROPN NNP  7 pobj     GPE"""
    assert _codes(table.format(words=rival), "prep") == {("take fight to", "Marta Ruiz"): None}
    assert _codes(table.format(words=state), "prep") == {("take fight to", "Peru"): "190"}


def test_an_inquiry_launched_into_someones_conduct_investigates_them() -> None:
    codes = _codes(
        """
    Ana        Ana        PROPN NNP  2 compound PERSON
    Lopez      Lopez      PROPN NNP  3 nsubj    I-PERSON
    launched   launch     VERB  VBD  0 ROOT     -
    an         an         DET   DT   5 det      -
    inquiry    inquiry    NOUN  NN   3 dobj     -
    into       into       ADP   IN   3 prep     -
    the        the        DET   DT   8 det      -
    conduct    conduct    NOUN  NN   6 pobj     -
    of         of         ADP   IN   8 prep     -
    Marta      Marta      PROPN NNP  11 compound PERSON
    Ruiz       Ruiz       PROPN NNP  9 pobj     I-PERSON
    .          .          PUNCT .    3 punct    -
    """,
        "light_verb",
    )
    assert codes == {("launch inquiry into conduct of", "Marta Ruiz"): "090"}


def test_classifying_loans_lends_no_root_of_lending() -> None:
    # "Citibank classified its loans to Peru as bad.": a bank's books, no aid to Peru
    codes = _codes(
        """
    Citibank   Citibank   PROPN NNP  2   nsubj     ORG
    classified classify   VERB  VBD  0   ROOT      -
    its        its        PRON  PRP$ 4   poss      -
    loans      loan       NOUN  NNS  2   dobj      -
    to         to         ADP   IN   2   prep      -
    Peru       Peru       PROPN NNP  5   pobj      GPE
    as         as         ADV   RB   8   advmod    -
    bad        bad        ADJ   JJ   2   advcl     -
    .          .          PUNCT .    2   punct     -
    """,
        "prep",
    )
    assert codes == {("classify loan to", "Peru"): None}


SUPPLY = """
    {actor:9} {lemma:9} {pos:5} {tag:3} {head} {dep:8} {ent}
    {noun}
    will       will       AUX   MD   {verb}   aux       -
    supply     supply     VERB  VB   0   ROOT      -
    Chile      Chile      PROPN NNP  {verb}   dobj      GPE
    .          .          PUNCT .    {verb}   punct     -
"""


def test_traders_supply_by_trade_a_state_by_aid() -> None:
    # "Peruvian suppliers will supply Chile.": an economic exchange (06), not aid
    traders = SUPPLY.format(
        actor="Peruvian", lemma="peruvian", pos="ADJ", tag="JJ", head=2, dep="amod", ent="NORP", verb=4,
        noun="suppliers  supplier   NOUN  NNS  4   nsubj     -",
    )
    assert {code[:2] for code in _codes(traders, "svo").values() if code} == {"06"}
    # "Peru will supply Chile."
    state = SUPPLY.format(
        actor="Peru", lemma="Peru", pos="PROPN", tag="NNP", head=3, dep="nsubj", ent="GPE", verb=3, noun=""
    )
    assert {code[:2] for code in _codes(state, "svo").values() if code} == {"07"}


def test_charging_a_state_accuses_it() -> None:
    # "Chile charged Peru with violating the rules.": an accusation (11), no court's charge (17)
    codes = _codes(
        """
    Chile      Chile      PROPN NNP  2   nsubj     GPE
    charged    charge     VERB  VBD  0   ROOT      -
    Peru       Peru       PROPN NNP  2   dobj      GPE
    with       with       ADP   IN   2   prep      -
    violating  violate    VERB  VBG  4   pcomp     -
    the        the        DET   DT   7   det       -
    rules      rule       NOUN  NNS  5   dobj      -
    .          .          PUNCT .    2   punct     -
    """,
        "svo",
    )
    assert {(p, o, (c or "")[:2]) for (p, o), c in codes.items()} == {("charge", "Peru", "11")}


def test_readiness_to_use_force_on_a_condition_is_a_threat() -> None:
    # "If Chile fails, Peru is ready to attack Chile.": a threat (13), no attack (19); a readiness with no
    # condition stays the attack that may come (test_clause_inference_and_hearsay)
    table = """
    If         if         SCONJ IN   3   mark      -
    Chile      Chile      PROPN NNP  3   nsubj     GPE
    fails      fail       VERB  VBZ  6   advcl     -
    ,          ,          PUNCT ,    6   punct     -
    Peru       Peru       PROPN NNP  6   nsubj     GPE
    is         be         AUX   VBZ  0   ROOT      -
    {adj:10} {adj:10} ADJ   JJ   6   acomp     -
    to         to         PART  TO   9   aux       -
    attack     attack     VERB  VB   7   xcomp     -
    Chile      Chile      PROPN NNP  9   dobj      GPE
    .          .          PUNCT .    6   punct     -
    """
    ready = _codes(table.format(adj="ready"), "svo")
    assert {(c or "")[:2] for c in ready.values()} == {"13"}
    able = _codes(table.format(adj="able"), "svo")  # ability is no threat
    assert "13" not in {(c or "")[:2] for c in able.values()}


def test_contracts_given_are_business_not_aid() -> None:
    # "Peru gave contracts to Chile.": an economic exchange (06), not aid (07)
    codes = _codes(
        """
    Peru       Peru       PROPN NNP  2   nsubj     GPE
    gave       give       VERB  VBD  0   ROOT      -
    contracts  contract   NOUN  NNS  2   dobj      -
    to         to         ADP   IN   2   prep      -
    Chile      Chile      PROPN NNP  4   pobj      GPE
    .          .          PUNCT .    2   punct     -
    """,
        "prep",
    )
    assert {(c or "")[:2] for c in codes.values()} == {"06"}


def test_an_endorsement_delivered_is_an_endorsement() -> None:
    # "Peru delivered an endorsement of the Chilean government.": the noun's act (05), no delivery of aid
    found = facts_with_roots(
        """
    Peru       Peru       PROPN NNP  2   nsubj     GPE
    delivered  deliver    VERB  VBD  0   ROOT      -
    an         an         DET   DT   4   det       -
    endorsement endorsement NOUN  NN   2   dobj      -
    of         of         ADP   IN   4   prep      -
    the        the        DET   DT   8   det       -
    Chilean    chilean    ADJ   JJ   8   amod      NORP
    government government NOUN  NN   5   pobj      -
    .          .          PUNCT .    2   punct     -
    """
    )
    assert {root for s, _, o, root in found if (s, o) == ("Peru", "Chile")} == {"05"}


def test_a_states_name_before_its_statement_owns_it() -> None:
    # "Kuwait rejected the Iraq statement.": as "the Iraqi statement", Iraq's words are rejected
    found = facts_with_roots(
        """
    Kuwait     Kuwait     PROPN NNP  2   nsubj     GPE
    rejected   reject     VERB  VBD  0   ROOT      -
    the        the        DET   DT   5   det       -
    Iraq       Iraq       PROPN NNP  5   compound  GPE
    {noun:10} {noun:10} NOUN  NN   2   dobj      -
    .          .          PUNCT .    2   punct     -
    """.format(noun="statement")
    )
    assert ("Kuwait", "reject", "Iraq", "12") in found
