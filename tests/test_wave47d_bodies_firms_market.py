"""Wave 47 D: names of bodies, firms and projects, titles before names and market copy. Sentences written
for these tests; the parses are hand-built."""

from __future__ import annotations

from tests.hand_docs import facts, read

BOARD_OF_GOVERNORS_CHAIRMAN = """
    Board        Board        PROPN NNP  4   nmod      ORG
    of           of           ADP   IN   1   prep      I-ORG
    Governors    Governors    PROPN NNPS 2   pobj      I-ORG
    chairman     chairman     NOUN  NN   6   compound  -
    Ann          Ann          PROPN NNP  6   compound  PERSON
    Lee          Lee          PROPN NNP  7   nsubj     I-PERSON
    said         say          VERB  VBD  0   ROOT      -
    rates        rate         NOUN  NNS  10  nsubj     -
    would        would        AUX   MD   10  aux       -
    rise         rise         VERB  VB   7   ccomp     -
    .            .            PUNCT .    7   punct     -
"""

ECONOMIC_ADVISERS_CHAIRMAN = """
    Council      Council      PROPN NNP  5   nmod      ORG
    of           of           ADP   IN   1   prep      I-ORG
    Farm         Farm         PROPN NNP  4   compound  I-ORG
    Advisers     Advisers     PROPN NNPS 2   pobj      I-ORG
    chairman     chairman     NOUN  NN   7   compound  -
    Ann          Ann          PROPN NNP  7   compound  PERSON
    Lee          Lee          PROPN NNP  8   nsubj     I-PERSON
    told         tell         VERB  VBD  0   ROOT      -
    reporters    reporter     NOUN  NNS  8   dobj      -
    .            .            PUNCT .    8   punct     -
"""


def test_a_body_named_with_a_plural_title_word_keeps_it_and_its_chairman_is_the_person():
    for table, body in (
        (BOARD_OF_GOVERNORS_CHAIRMAN, "Board of Governors"),
        (ECONOMIC_ADVISERS_CHAIRMAN, "Council of Farm Advisers"),
    ):
        reading = read(table)
        found = facts(reading, "title")
        assert ("Ann Lee", "chairperson of", body) in found
        assert not any(pred.startswith(("governor", "adviser")) for _, pred, _ in found)


RAWS_OFFERED = """
    Chilean      chilean      ADJ   JJ   2   amod      NORP
    raws         raw          NOUN  NNS  4   nsubjpass -
    were         be           AUX   VBD  4   auxpass   -
    offered      offer        VERB  VBN  9   ccomp     -
    to           to           ADP   IN   4   dative    -
    Japan        Japan        PROPN NNP  5   pobj      GPE
    ,            ,            PUNCT ,    9   punct     -
    dealers      dealer       NOUN  NNS  9   nsubj     -
    said         say          VERB  VBD  0   ROOT      -
    .            .            PUNCT .    9   punct     -
"""

BEANS_OFFERED = RAWS_OFFERED.replace("raws         raw ", "beans        bean")


def test_a_state_adjective_before_a_market_commodity_word_is_its_origin_not_an_actor():
    for table in (RAWS_OFFERED, BEANS_OFFERED):
        reading = read(table)
        labels = {e.id: e.label for e in reading.entities.entities()}
        assert not any(labels[r.subject.entity_id] == "Chile" for r in reading.relations)


SOLD_UNDER_A_MONTH_CONTRACT = """
    Cuba         Cuba         PROPN NNP  2   nsubj     GPE
    sold         sell         VERB  VBD  0   ROOT      -
    sugar        sugar        NOUN  NN   2   dobj      -
    at           at           ADP   IN   2   prep      -
    10           10           NUM   CD   6   nummod    CARDINAL
    points       point        NOUN  NNS  4   pobj      -
    under        under        ADP   IN   2   prep      -
    March        March        PROPN NNP  10  compound  -
    New          New          PROPN NNP  10  compound  GPE
    York         York         PROPN NNP  7   pobj      I-GPE
    .            .            PUNCT .    2   punct     -
"""

IN_A_MONTH_A_CAPITAL = """
    In           in           ADP   IN   4   prep      -
    March        March        PROPN NNP  1   pobj      DATE
    London       London       PROPN NNP  4   nsubj     GPE
    warned       warn         VERB  VBD  0   ROOT      -
    Cuba         Cuba         PROPN NNP  4   dobj      GPE
    .            .            PUNCT .    4   punct     -
"""


SOLD_OVER_A_MONTH_CONTRACT_OF_A_CAPITAL = """
    Chile        Chile        PROPN NNP  2   nsubj     GPE
    sold         sell         VERB  VBD  0   ROOT      -
    copper       copper       NOUN  NN   2   dobj      -
    at           at           ADP   IN   2   prep      -
    30           30           NUM   CD   6   nummod    CARDINAL
    points       point        NOUN  NNS  4   pobj      -
    over         over         ADP   IN   2   prep      -
    May          May          PROPN NNP  9   compound  DATE
    London       London       PROPN NNP  7   pobj      GPE
    .            .            PUNCT .    2   punct     -
"""

# the parser hangs the month of "In May" on the subject
IN_A_MONTH_A_CAPITAL_AS_SUBJECT = """
    In           in           ADP   IN   4   prep      -
    May          May          PROPN NNP  3   compound  DATE
    London       London       PROPN NNP  4   nsubj     GPE
    warned       warn         VERB  VBD  0   ROOT      -
    Cuba         Cuba         PROPN NNP  4   dobj      GPE
    .            .            PUNCT .    4   punct     -
"""


def test_a_month_before_a_capital_that_hosts_an_exchange_is_a_contract_unless_it_dates_the_subject():
    labels = {e.label for e in read(SOLD_OVER_A_MONTH_CONTRACT_OF_A_CAPITAL).entities.entities()}
    assert labels == {"Chile"}
    assert ("United Kingdom", "warn", "Cuba") in facts(read(IN_A_MONTH_A_CAPITAL_AS_SUBJECT), "svo")


def test_a_month_before_an_exchange_place_is_a_futures_contract_not_a_place():
    reading = read(SOLD_UNDER_A_MONTH_CONTRACT)
    assert not any(e.label == "New York" for e in reading.entities.entities())
    assert not any(e.type in ("GPE", "LOC") and e.label != "Cuba" for e in reading.entities.entities())
    # a month that dates the clause leaves the place
    labels = {e.label for e in read(IN_A_MONTH_A_CAPITAL).entities.entities()}
    assert "United Kingdom" in labels or "London" in labels


DRY_IN_TWO_STATES = """
    The          the          DET   DT   4   det       ORG
    Canadian     Canadian     PROPN NNP  4   compound  I-ORG
    Wheat        Wheat        PROPN NNP  4   compound  I-ORG
    Board        Board        PROPN NNP  5   nsubj     I-ORG
    said         say          VERB  VBD  0   ROOT      -
    crops        crop         NOUN  NNS  7   nsubj     -
    were         be           AUX   VBD  5   ccomp     -
    good         good         ADJ   JJ   7   acomp     -
    .            .            PUNCT .    5   punct     -
    In           in           ADP   IN   16  prep      -
    Chile        Chile        PROPN NNP  10  pobj      GPE
    and          and          CCONJ CC   11  cc        -
    Peru         Peru         PROPN NNP  11  conj      GPE
    ,            ,            PUNCT ,    16  punct     -
    it           it           PRON  PRP  16  nsubj     -
    was          be           AUX   VBD  0   ROOT      -
    mostly       mostly       ADV   RB   18  advmod    -
    dry          dry          ADJ   JJ   16  acomp     -
    .            .            PUNCT .    16  punct     -
"""

COLDER_IN_TWO_STATES = DRY_IN_TWO_STATES.replace("dry          dry ", "colder       cold")


def test_an_it_of_the_weather_refers_to_no_one_and_relates_no_one_to_the_states():
    for table in (DRY_IN_TWO_STATES, COLDER_IN_TWO_STATES):
        reading = read(table)
        labels = {e.id: e.label for e in reading.entities.entities()}
        sides = {labels[r.subject.entity_id] for r in reading.relations}
        sides |= {labels[r.object.entity_id] for r in reading.relations}
        assert not sides & {"Chile", "Peru"}


PT_FIRM_UNTAGGED = """
    PT           PT           PROPN NNP  4   compound  -
    Kestrel      Kestrel      PROPN NNP  4   compound  -
    Nickel       Nickel       PROPN NNP  4   compound  -
    Mining       Mining       PROPN NNP  5   nsubj     -
    signed       sign         VERB  VBD  0   ROOT      -
    a            a            DET   DT   7   det       -
    deal         deal         NOUN  NN   5   dobj      -
    with         with         ADP   IN   5   prep      -
    Japan        Japan        PROPN NNP  8   pobj      GPE
    .            .            PUNCT .    5   punct     -
"""

# the tagger's reading of such a name in the audit: the form as a body, the rest as a person
PT_FIRM_AS_A_PERSON = """
    PT           PT           PROPN NNP  4   compound  ORG
    Kestrel      Kestrel      PROPN NNP  4   compound  PERSON
    Nickel       Nickel       PROPN NNP  4   compound  I-PERSON
    Mining       Mining       PROPN NNP  5   nsubj     I-PERSON
    signed       sign         VERB  VBD  0   ROOT      -
    a            a            DET   DT   7   det       -
    deal         deal         NOUN  NN   7   dobj      -
    with         with         ADP   IN   5   prep      -
    Japan        Japan        PROPN NNP  8   pobj      GPE
    .            .            PUNCT .    5   punct     -
""".replace("deal         NOUN  NN   7", "deal         NOUN  NN   5")


def _sides(table: str) -> set[tuple[str, str, str | None, str]]:
    """(subject label, subject type, subject country, object label) of every relation read."""
    reading = read(table)
    entity = {e.id: e for e in reading.entities.entities()}
    return {
        (
            entity[r.subject.entity_id].label,
            entity[r.subject.entity_id].type,
            entity[r.subject.entity_id].country,
            entity[r.object.entity_id].label,
        )
        for r in reading.relations
    }


def test_a_firm_named_after_the_indonesian_legal_form_pt_is_one_indonesian_organisation():
    for table in (PT_FIRM_UNTAGGED, PT_FIRM_AS_A_PERSON):
        assert ("PT Kestrel Nickel Mining", "ORG", "IDN", "Japan") in _sides(table)


FIRM_BY_ITS_TRADE = """
    Borneo       Borneo       PROPN NNP  2   compound  PERSON
    Coal         Coal         PROPN NNP  3   nsubj     I-PERSON
    signed       sign         VERB  VBD  0   ROOT      -
    a            a            DET   DT   5   det       -
    deal         deal         NOUN  NN   3   dobj      -
    with         with         ADP   IN   3   prep      -
    Japan        Japan        PROPN NNP  6   pobj      GPE
    .            .            PUNCT .    3   punct     -
"""

PERSON_NAMED_MINES = FIRM_BY_ITS_TRADE.replace("Borneo       Borneo ", "Ann          Ann    ").replace(
    "Coal         Coal   ", "Mines        Mines  "
)
# "Steel" ends firms' names and people's ("Danielle Steel"): no word of a trade that makes a firm
PERSON_NAMED_STEEL = FIRM_BY_ITS_TRADE.replace("Borneo       Borneo ", "Danielle     Danielle").replace(
    "Coal         Coal   ", "Steel        Steel  "
)


def test_a_name_ending_in_a_word_of_a_trade_is_a_firm_not_a_person():
    assert {(s, t) for s, t, _, _ in _sides(FIRM_BY_ITS_TRADE)} == {("Borneo Coal", "ORG")}
    # a given name before such a word is a person's surname
    assert {(s, t) for s, t, _, _ in _sides(PERSON_NAMED_MINES)} == {("Ann Mines", "PERSON")}
    assert {(s, t) for s, t, _, _ in _sides(PERSON_NAMED_STEEL)} == {("Danielle Steel", "PERSON")}


RIVER_PROJECT = """
    The          the          DET   DT   5   det       -
    Kestrel      Kestrel      PROPN NNP  3   compound  LOC
    River        River        PROPN NNP  5   compound  I-LOC
    aluminium    aluminium    NOUN  NN   5   compound  -
    project      project      NOUN  NN   7   nsubj     -
    will         will         AUX   MD   7   aux       -
    ship         ship         VERB  VB   0   ROOT      -
    ingots       ingot        NOUN  NNS  7   dobj      -
    to           to           ADP   IN   8   prep      -
    Japan        Japan        PROPN NNP  9   pobj      GPE
    .            .            PUNCT .    7   punct     -
"""


def test_a_project_named_after_a_river_is_no_actor():
    reading = read(RIVER_PROJECT)
    assert not reading.relations
    assert not any(e.label.startswith("Kestrel") for e in reading.entities.entities())


TBK_FIRM = """
    Kestrel      Kestrel      PROPN NNP  3   compound  PERSON
    Asam         Asam         PROPN NNP  3   compound  I-PERSON
    Tbk          Tbk          PROPN NNP  4   nsubj     I-PERSON
    signed       sign         VERB  VBD  0   ROOT      -
    a            a            DET   DT   6   det       -
    deal         deal         NOUN  NN   4   dobj      -
    with         with         ADP   IN   4   prep      -
    Japan        Japan        PROPN NNP  7   pobj      GPE
    .            .            PUNCT .    4   punct     -
"""


def test_a_firm_named_with_the_indonesian_legal_form_tbk_is_an_indonesian_organisation():
    assert ("Kestrel Asam Tbk", "ORG", "IDN", "Japan") in _sides(TBK_FIRM)


PORTFOLIO_OF_TWO_WORDS_STATE_BEFORE = """
    Peru         Peru         PROPN NNP  2   nsubj     GPE
    raised       raise        VERB  VBD  0   ROOT      -
    tariffs      tariff       NOUN  NNS  2   dobj      -
    .            .            PUNCT .    2   punct     -
    Economic     Economic     PROPN NNP  6   compound  -
    Planning     Planning     PROPN NNP  7   compound  -
    Minister     Minister     PROPN NNP  9   compound  -
    Ana          Ana          PROPN NNP  9   compound  PERSON
    Roe          Roe          PROPN NNP  10  nsubj     I-PERSON
    defended     defend       VERB  VBD  0   ROOT      -
    them         they         PRON  PRP  10  dobj      -
    .            .            PUNCT .    10  punct     -
"""

PORTFOLIO_OF_TWO_WORDS_AFTER_A_DEMONYM = """
    Peruvian     Peruvian     ADJ   JJ   4   amod      NORP
    Economic     Economic     PROPN NNP  3   compound  -
    Planning     Planning     PROPN NNP  4   compound  -
    Minister     Minister     PROPN NNP  6   compound  -
    Ana          Ana          PROPN NNP  6   compound  PERSON
    Roe          Roe          PROPN NNP  7   nsubj     I-PERSON
    defended     defend       VERB  VBD  0   ROOT      -
    the          the          DET   DT   9   det       -
    tariffs      tariff       NOUN  NNS  7   dobj      -
    .            .            PUNCT .    7   punct     -
"""

PORTFOLIO_WITH_A_QUALIFIER = PORTFOLIO_OF_TWO_WORDS_STATE_BEFORE.replace(
    "Economic     Economic     PROPN NNP  6   compound  -",
    "Former       former       ADJ   JJ   6   amod      -",
)


def test_a_portfolio_of_two_capitalised_words_before_minister_is_kept_with_the_state():
    for table in (PORTFOLIO_OF_TWO_WORDS_STATE_BEFORE, PORTFOLIO_OF_TWO_WORDS_AFTER_A_DEMONYM):
        assert ("Ana Roe", "economic planning minister of", "Peru") in facts(read(table), "title")
    # a qualifier is no word of the portfolio: it qualifies the office once
    found = facts(read(PORTFOLIO_WITH_A_QUALIFIER), "title")
    assert found == {("Ana Roe", "former planning minister of", "Peru")}


PT_UNIT_OF_A_FOREIGN_FIRM = """
    PT           PT           PROPN NNP  2   compound  PERSON
    Kestrel      Kestrel      PROPN NNP  12  nsubj     I-PERSON
    ,            ,            PUNCT ,    2   punct     -
    a            a            DET   DT   5   det       -
    unit         unit         NOUN  NN   2   appos     -
    of           of           ADP   IN   5   prep      -
    Orvan        Orvan        PROPN NNP  8   compound  ORG
    Ltd          Ltd          PROPN NNP  6   pobj      I-ORG
    of           of           ADP   IN   8   prep      I-ORG
    Canada       Canada       PROPN NNP  9   pobj      I-ORG
    ,            ,            PUNCT ,    2   punct     -
    signed       sign         VERB  VBD  0   ROOT      -
    a            a            DET   DT   14  det       -
    deal         deal         NOUN  NN   12  dobj      -
    with         with         ADP   IN   12  prep      -
    Japan        Japan        PROPN NNP  15  pobj      GPE
    .            .            PUNCT .    12  punct     -
"""

INITIALS_BEFORE_A_NAME = """
    P.T.         P.T.         PROPN NNP  2   compound  PERSON
    Kestrel      Kestrel      PROPN NNP  3   nsubj     I-PERSON
    signed       sign         VERB  VBD  0   ROOT      -
    a            a            DET   DT   5   det       -
    deal         deal         NOUN  NN   3   dobj      -
    with         with         ADP   IN   3   prep      -
    Japan        Japan        PROPN NNP  6   pobj      GPE
    .            .            PUNCT .    3   punct     -
"""


def test_a_pt_firm_is_indonesian_even_as_a_unit_of_a_foreign_firm_and_initials_are_no_form():
    assert ("PT Kestrel", "ORG", "IDN", "Japan") in _sides(PT_UNIT_OF_A_FOREIGN_FIRM)
    assert ("P.T. Kestrel", "PERSON", None, "Japan") in _sides(INITIALS_BEFORE_A_NAME)


CAPITALISED_RAWS = """
    Chilean      Chilean      ADJ   JJ   2   amod      ORG
    Raws         Raws         PROPN NNPS 4   nsubjpass I-ORG
    were         be           AUX   VBD  4   auxpass   -
    sold         sell         VERB  VBN  0   ROOT      -
    to           to           ADP   IN   4   prep      -
    Japan        Japan        PROPN NNP  5   pobj      GPE
    .            .            PUNCT .    4   punct     -
"""


def test_a_state_word_and_a_market_commodity_word_tagged_as_a_name_are_no_body():
    reading = read(CAPITALISED_RAWS)
    assert not any("Raws" in e.label for e in reading.entities.entities())
    labels = {e.id: e.label for e in reading.entities.entities()}
    assert not any(labels[r.subject.entity_id] == "Chile" for r in reading.relations)


NAMED_PROJECT = """
    The          the          DET   DT   3   det       -
    Kestrel      Kestrel      PROPN NNP  3   compound  ORG
    project      project      NOUN  NN   5   nsubj     -
    will         will         AUX   MD   5   aux       -
    ship         ship         VERB  VB   0   ROOT      -
    ore          ore          NOUN  NN   5   dobj      -
    to           to           ADP   IN   5   prep      -
    Japan        Japan        PROPN NNP  7   pobj      GPE
    .            .            PUNCT .    5   punct     -
"""

KNOWN_FIRMS_PROJECT = NAMED_PROJECT.replace("Kestrel      Kestrel ", "Alcoa        Alcoa   ")


def test_a_name_before_project_is_no_firm_and_no_actor_unless_the_tables_know_the_body():
    reading = read(NAMED_PROJECT)
    assert not reading.relations
    assert not any(e.label == "Kestrel" for e in reading.entities.entities())
    assert ("Alcoa", "ORG", "USA", "Japan") in _sides(KNOWN_FIRMS_PROJECT)


IT_RAINED_SHELLS = """
    Peru         Peru         PROPN NNP  2   nsubj     GPE
    massed       mass         VERB  VBD  0   ROOT      -
    troops       troop        NOUN  NNS  2   dobj      -
    .            .            PUNCT .    2   punct     -
    It           it           PRON  PRP  6   nsubj     -
    rained       rain         VERB  VBD  0   ROOT      -
    shells       shell        NOUN  NNS  6   dobj      -
    on           on           ADP   IN   6   prep      -
    Chile        Chile        PROPN NNP  8   pobj      GPE
    .            .            PUNCT .    6   punct     -
"""

IT_HAILED = """
    Peru         Peru         PROPN NNP  2   nsubj     GPE
    won          win          VERB  VBD  0   ROOT      -
    the          the          DET   DT   4   det       -
    vote         vote         NOUN  NN   2   dobj      -
    .            .            PUNCT .    2   punct     -
    It           it           PRON  PRP  7   nsubj     -
    hailed       hail         VERB  VBD  0   ROOT      -
    Chile        Chile        PROPN NNP  7   dobj      GPE
    .            .            PUNCT .    7   punct     -
"""


def test_an_it_that_does_something_to_someone_with_a_verb_of_the_weather_still_refers():
    assert ("Peru", "Chile") in {(s, o) for s, _, _, o in _sides(IT_RAINED_SHELLS)}
    assert ("Peru", "Chile") in {(s, o) for s, _, _, o in _sides(IT_HAILED)}
