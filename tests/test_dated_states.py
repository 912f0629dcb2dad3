"""Offices, capitals and state names by the article's date (wave 34 D): finance ministers, central bankers and
the US cabinet's trade, commerce and agriculture heads in the office table; places of states of the past
(former_places.tsv) on the article's day. Sentences written for these tests."""

from __future__ import annotations

from geokg.extract.entities.former_places import state_then
from geokg.extract.entities.offices import ended_before, holding
from geokg.extract.entities.places import place_country
from hand_docs import facts, read

# ---- the office table: finance, central banks, the US cabinet ----------------------------------------------


def test_a_finance_minister_named_in_full_is_of_his_state() -> None:
    held = holding(["Nigel Lawson"], "1987-03-03")
    assert held is not None and held.country == "GBR"
    assert held.term_for("chancellor") is not None  # "Chancellor Nigel Lawson"


def test_a_central_banker_named_alone_is_of_his_state_while_in_office() -> None:
    held = holding(["Volcker"], "1985-06-01")
    assert held is not None and held.country == "USA"
    assert holding(["Volcker"], "2010-06-01") is None  # a bare surname only names a holder of that day


def test_the_title_written_chooses_the_term_of_a_holder_of_two_offices() -> None:
    # a trade representative who later ran agriculture: each title names its own term
    held = holding(["Clayton Yeutter"], "1990-05-01", ["trade representative"])
    assert held is not None and held.country == "USA"
    assert held.term_for("trade representative") is not None
    assert held.term_for("trade representative").office == "trade_minister"
    assert ended_before(["Clayton Yeutter"], "trade representative", "1990-05-01")


def test_a_central_banker_who_moved_to_another_state_is_of_the_state_of_the_day() -> None:
    assert holding(["Carney"], "2011-04-01").country == "CAN"
    assert holding(["Carney"], "2016-04-01").country == "GBR"


def test_a_cabinet_secretary_of_the_day_gets_the_state() -> None:
    reading = read(
        """
    Agriculture Agriculture PROPN NNP   3 compound -
    Secretary   Secretary   PROPN NNP   4 compound -
    Richard     Richard     PROPN NNP   4 compound PERSON
    Lyng        Lyng        PROPN NNP   5 nsubj    I-PERSON
    praised     praise      VERB  VBD   0 ROOT     -
    the         the         DET   DT    7 det      -
    farmers     farmer      NOUN  NNS   5 dobj     -
    .           .           PUNCT .     5 punct    -
    """,
        day="1987-05-04",
    )
    [lyng] = [e for e in reading.entities.entities() if e.label == "Richard Lyng"]
    assert lyng.country == "USA"


# ---- places of states of the past --------------------------------------------------------------------------


def test_a_capital_lies_in_the_state_of_the_past_on_the_day() -> None:
    assert place_country("Moscow", day="1987-03-03").country == "SUN"
    assert place_country("Moscow", day="1991-12-26").country == "RUS"
    assert place_country("Moscow").country == "RUS"  # an undated article is recent news
    assert place_country("Zagreb", day="1990-01-15").country == "YUG"
    assert place_country("Zagreb", day="1992-01-15").country == "HRV"
    assert place_country("Bratislava", day="1992-12-31").country == "CSK"
    assert place_country("Bratislava", day="1993-01-01").country == "SVK"
    assert place_country("East Berlin", day="1989-11-09").country == "DDR"


def test_a_coarse_day_and_a_namesake() -> None:
    assert state_then("Leipzig", "1989", "DEU") == "DDR"
    assert state_then("Leipzig", "1989", "USA") is None  # a town of that name elsewhere keeps its state
    assert state_then("Leipzig", None, "DEU") is None


_MOSCOW_PROTESTED = """
    Moscow    Moscow    PROPN NNP 2 nsubj GPE
    protested protest   VERB  VBD 0 ROOT  -
    the       the       DET   DT  4 det   -
    move      move      NOUN  NN  2 dobj  -
    .         .         PUNCT .   2 punct -
    """


def test_a_capital_that_acts_is_the_state_it_was_the_capital_of() -> None:
    then = read(_MOSCOW_PROTESTED, day="1987-03-03")
    assert {e.country for e in then.entities.entities() if e.type == "GPE"} == {"SUN"}
    now = read(_MOSCOW_PROTESTED, day="2017-03-03")
    assert {e.country for e in now.entities.entities() if e.type == "GPE"} == {"RUS"}


def test_a_place_named_as_a_location_on_the_day() -> None:
    reading = read(
        """
    Thousands thousand PROPN NNS 2 nsubj -
    marched   march    VERB  VBD 0 ROOT  -
    in        in       ADP   IN  2 prep  -
    Prague    Prague   PROPN NNP 3 pobj  GPE
    .         .        PUNCT .   2 punct -
    """,
        day="1989-11-20",
    )
    [prague] = [e for e in reading.entities.entities() if e.label == "Prague"]
    assert prague.country == "CSK"


# ---- a state's name of the day -----------------------------------------------------------------------------

_WEST_GERMANY_PROTESTED = """
    West      West      PROPN NNP 2 compound GPE
    Germany   Germany   PROPN NNP 3 nsubj    I-GPE
    protested protest   VERB  VBD 0 ROOT     -
    the       the       DET   DT  5 det      -
    move      move      NOUN  NN  3 dobj     -
    .         .         PUNCT .   3 punct    -
    """


def test_west_germany_keeps_its_name_before_unity() -> None:
    then = read(_WEST_GERMANY_PROTESTED, day="1988-06-01")
    assert {(e.label, e.country) for e in then.entities.entities() if e.type == "GPE"} == {
        ("West Germany", "DEU")
    }
    now = read(_WEST_GERMANY_PROTESTED, day="1990-10-03")
    assert {(e.label, e.country) for e in now.entities.entities() if e.type == "GPE"} == {("Germany", "DEU")}
    undated = read(_WEST_GERMANY_PROTESTED)
    assert {e.label for e in undated.entities.entities() if e.type == "GPE"} == {"Germany"}


def test_the_dated_tables_are_consistent() -> None:
    from geokg.extract.entities.countries import country_by_code
    from geokg.extract.entities.former_places import _names, _table

    for name, rows in _table().items():
        for state, today, since, until in rows:
            assert state in {"SUN", "DDR", "YUG", "CSK", "YMD"}, name
            assert country_by_code(today).iso3 == today, name
            assert since < until, name
    assert all(country_by_code(state) for state in _names())


def test_the_actors_of_a_state_of_the_past_take_its_adjective() -> None:
    from geokg.extract.entities.countries import adjective

    # "Soviet police", not "Soviet Union police"
    assert [adjective(code) for code in ("SUN", "DDR", "YUG", "CSK")] == [
        "Soviet",
        "East German",
        "Yugoslav",
        "Czechoslovak",
    ]


_KREMLIN_AND_POLICE = """
    The       the       DET   DT  2 det      -
    Kremlin   Kremlin   PROPN NNP 3 nsubj    ORG
    protested protest   VERB  VBD 0 ROOT     -
    and       and       CCONJ CC  3 cc       -
    Moscow    Moscow    PROPN NNP 6 compound GPE
    police    police    NOUN  NNS 7 nsubj    -
    detained  detain    VERB  VBD 3 conj     -
    two       two       NUM   CD  9 nummod   -
    men       man       NOUN  NNS 7 dobj     -
    .         .         PUNCT .   3 punct    -
    """


def test_the_seat_of_a_government_and_a_body_named_by_its_capital_on_the_day() -> None:
    then = {e.label: e.country for e in read(_KREMLIN_AND_POLICE, day="1986-04-28").entities.entities()}
    assert then.get("Kremlin") == "SUN"
    assert then.get("Moscow police") == "SUN"
    now = {e.label: e.country for e in read(_KREMLIN_AND_POLICE, day="2016-04-28").entities.entities()}
    assert now.get("Kremlin") == "RUS"
    assert now.get("Moscow police") == "RUS"


# ---- a state's body named bare after a titled holder of its office -----------------------------------------

# "Chancellor of the Exchequer Nigel Lawson spoke. A Treasury spokesman said Peru would pay."
_CHANCELLOR_THEN_TREASURY = """
    Chancellor Chancellor PROPN NNP 6  compound -
    of         of         ADP   IN  1  prep     -
    the        the        DET   DT  4  det      -
    Exchequer  Exchequer  PROPN NNP 2  pobj     ORG
    Nigel      Nigel      PROPN NNP 6  compound PERSON
    Lawson     Lawson     PROPN NNP 7  nsubj    I-PERSON
    spoke      speak      VERB  VBD 0  ROOT     -
    .          .          PUNCT .   7  punct    -
    A          a          DET   DT  11 det      -
    Treasury   Treasury   PROPN NNP 11 compound ORG
    spokesman  spokesman  NOUN  NN  12 nsubj    -
    said       say        VERB  VBD 0  ROOT     -
    Peru       Peru       PROPN NNP 15 nsubj    GPE
    would      would      AUX   MD  15 aux      -
    pay        pay        VERB  VB  12 ccomp    -
    .          .          PUNCT .   12 punct    -
    """

# "A Treasury spokesman said Peru would pay. Peru met Finance Minister Ana Costa of Brazil."
_TREASURY_THEN_MINISTER = """
    A          a          DET   DT  3  det      -
    Treasury   Treasury   PROPN NNP 3  compound ORG
    spokesman  spokesman  NOUN  NN  4  nsubj    -
    said       say        VERB  VBD 0  ROOT     -
    Peru       Peru       PROPN NNP 7  nsubj    GPE
    would      would      AUX   MD  7  aux      -
    pay        pay        VERB  VB  4  ccomp    -
    .          .          PUNCT .   4  punct    -
    Peru       Peru       PROPN NNP 10 nsubj    GPE
    met        meet       VERB  VBD 0  ROOT     -
    Finance    Finance    PROPN NNP 12 compound -
    Minister   Minister   PROPN NNP 14 compound -
    Ana        Ana        PROPN NNP 14 compound PERSON
    Costa      Costa      PROPN NNP 10 dobj     I-PERSON
    of         of         ADP   IN  14 prep     -
    Brazil     Brazil     PROPN NNP 15 pobj     GPE
    .          .          PUNCT .   10 punct    -
    """


def test_a_bare_body_is_of_the_state_of_a_titled_holder_of_its_office_named_before_it() -> None:
    reading = read(_CHANCELLOR_THEN_TREASURY, day="1987-03-03")
    [treasury] = [e for e in reading.entities.entities() if e.label == "Treasury"]
    assert treasury.country == "GBR"


def test_a_holder_named_only_later_does_not_place_the_bare_body() -> None:
    reading = read(_TREASURY_THEN_MINISTER, day="2019-03-03")
    assert {e.label: e.country for e in reading.entities.entities()}.get("Ana Costa") == "BRA"
    [treasury] = [e for e in reading.entities.entities() if e.label == "Treasury"]
    assert treasury.country != "BRA"


def test_a_title_that_names_its_body_is_one_office_of_the_state() -> None:
    reading = read(_CHANCELLOR_THEN_TREASURY, day="1987-03-03")
    roles = {r for r in facts(reading, "title") if r[0] == "Nigel Lawson"}
    # the title phrase names its body: one office of the state, no second one of the body
    assert roles == {("Nigel Lawson", "chancellor of the exchequer of", "United Kingdom")}
    assert {e.label: e.country for e in reading.entities.entities()}["Nigel Lawson"] == "GBR"


def test_italy_s_treasury_ministers_before_the_merged_ministry() -> None:
    held = holding(["Giuliano Amato"], "1988-05-02", ["treasury minister"])
    assert held is not None and held.country == "ITA"
    assert held.term_for("treasury minister").office == "finance_minister"
    assert holding(["Carli"], "1990-05-02").country == "ITA"


# "U.S. Secretary of State Ana Costa met Peruvian officials. The Foreign Ministry said Peru would pay."
_SECRETARY_THEN_MINISTRY = """
    U.S.      U.S.      PROPN NNP 2  compound GPE
    Secretary Secretary PROPN NNP 6  compound -
    of        of        ADP   IN  2  prep     -
    State     State     PROPN NNP 3  pobj     -
    Ana       Ana       PROPN NNP 6  compound PERSON
    Costa     Costa     PROPN NNP 7  nsubj    I-PERSON
    met       meet      VERB  VBD 0  ROOT     -
    Peruvian  peruvian  ADJ   JJ  9  amod     NORP
    officials official  NOUN  NNS 7  dobj     -
    .         .         PUNCT .   7  punct    -
    The       the       DET   DT  13 det      -
    Foreign   Foreign   PROPN NNP 13 compound ORG
    Ministry  Ministry  PROPN NNP 14 nsubj    I-ORG
    said      say       VERB  VBD 0  ROOT     -
    Peru      Peru      PROPN NNP 17 nsubj    GPE
    would     would     AUX   MD  17 aux      -
    pay       pay       VERB  VB  14 ccomp    -
    .         .         PUNCT .   14 punct    -
    """


def test_a_ministry_is_not_the_body_of_a_secretary_s_state() -> None:
    # a state whose foreign office is headed by a secretary names it otherwise ("the State Department")
    countries = {
        e.label: e.country for e in read(_SECRETARY_THEN_MINISTRY, day="2019-03-03").entities.entities()
    }
    assert countries.get("Ana Costa") == "USA"
    assert countries.get("Foreign Ministry") != "USA"


_WEST_GERMAN_TROOPS = """
    West     west     ADJ   JJ  2 amod  NORP
    German   german   ADJ   JJ  3 amod  I-NORP
    troops   troop    NOUN  NNS 4 nsubj -
    joined   join     VERB  VBD 0 ROOT  -
    the      the      DET   DT  6 det   -
    exercise exercise NOUN  NN  4 dobj  -
    .        .        PUNCT .   4 punct -
    """


def test_a_state_s_unnamed_actors_take_the_adjective_of_its_name_of_the_day() -> None:
    then = {e.id: e.label for e in read(_WEST_GERMAN_TROOPS, day="1987-10-05").entities.entities()}
    assert then.get("org:military@deu") == "West German military"
    now = {e.id: e.label for e in read(_WEST_GERMAN_TROOPS, day="1997-10-05").entities.entities()}
    assert now.get("org:military@deu") == "German military"
