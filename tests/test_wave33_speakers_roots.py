"""Wave 33: organisations as speakers, the place of speaking, and the roots of verbal attacks and
political clashes (words, not arms). Sentences written for these tests; parses by hand."""

from __future__ import annotations

from hand_docs import country_of, facts, facts_with_roots, read, then_abroad

# --- roots: a clash or an attack in politics is words (11), in arms a fight (19) --------------------------

CLASH = """
    Jane         Jane         PROPN NNP  2  compound PERSON
    Doe          Doe          PROPN NNP  3  nsubj    I-PERSON
    clashed      clash        VERB  VBD  0  ROOT     -
    with         with         ADP   IN   3  prep     -
    John         John         PROPN NNP  6  compound PERSON
    Roe          Roe          PROPN NNP  4  pobj     I-PERSON
    .            .            PUNCT .    3  punct    -
"""


def test_one_politician_clashing_with_another_argues() -> None:
    assert ("Jane Doe", "clash with", "John Roe", "11") in facts_with_roots(CLASH)


PARTIES_CLASH = """
    Labour       Labour       PROPN NNP  2  nsubj    ORG
    clashed      clash        VERB  VBD  0  ROOT     -
    with         with         ADP   IN   2  prep     -
    the          the          DET   DT   5  det      -
    Conservatives Conservatives PROPN NNPS 3  pobj     ORG
    over         over         ADP   IN   2  prep     -
    the          the          DET   DT   8  det      -
    budget       budget       NOUN  NN   6  pobj     -
    .            .            PUNCT .    2  punct    -
"""


def test_parties_clashing_over_a_budget_argue() -> None:
    roots = {root for _, predicate, _, root in facts_with_roots(PARTIES_CLASH) if predicate == "clash with"}
    assert roots == {"11"}


ARMED_CLASH = """
    Kurdish      kurdish      ADJ   JJ   2  amod     NORP
    rebels       rebel        NOUN  NNS  3  nsubj    -
    clashed      clash        VERB  VBD  0  ROOT     -
    with         with         ADP   IN   3  prep     -
    Turkish      turkish      ADJ   JJ   6  amod     NORP
    troops       troop        NOUN  NNS  4  pobj     -
    .            .            PUNCT .    3  punct    -
"""


def test_rebels_clashing_with_troops_still_fight() -> None:
    roots = {root for _, predicate, _, root in facts_with_roots(ARMED_CLASH) if predicate == "clash with"}
    assert roots == {"19"}


ATTACKED_GOVERNMENT = """
    Jane         Jane         PROPN NNP  2  compound PERSON
    Doe          Doe          PROPN NNP  3  nsubj    I-PERSON
    attacked     attack       VERB  VBD  0  ROOT     -
    the          the          DET   DT   6  det      -
    Peruvian     peruvian     ADJ   JJ   6  amod     NORP
    government   government   NOUN  NN   3  dobj     -
    .            .            PUNCT .    3  punct    -
"""


def test_a_politician_attacking_the_government_criticises_it() -> None:
    assert ("Jane Doe", "attack", "Peru", "11") in facts_with_roots(ATTACKED_GOVERNMENT)


STATE_ATTACKED = """
    Peru         Peru         PROPN NNP  2  nsubj    GPE
    attacked     attack       VERB  VBD  0  ROOT     -
    Chile        Chile        PROPN NNP  2  dobj     GPE
    .            .            PUNCT .    2  punct    -
"""


def test_a_state_attacking_a_state_still_fights() -> None:
    assert ("Peru", "attack", "Chile", "19") in facts_with_roots(STATE_ATTACKED)


# --- the place of speaking is no object of the verb of speech ---------------------------------------------

SAID_IN_A_CITY = """
    Acme         Acme         PROPN NNP  2  compound ORG
    Corp         Corp         PROPN NNP  3  nsubj    I-ORG
    said         say          VERB  VBD  0  ROOT     -
    in           in           ADP   IN   3  prep     -
    Lima         Lima         PROPN NNP  4  pobj     GPE
    that         that         SCONJ IN   9  mark     -
    Chile        Chile        PROPN NNP  9  nsubj    GPE
    would        would        AUX   MD   9  aux      -
    cut          cut          VERB  VB   3  ccomp    -
    tariffs      tariff       NOUN  NNS  9  dobj     -
    .            .            PUNCT .    3  punct    -
"""


def test_where_a_firm_spoke_is_no_object_of_its_statement() -> None:
    reading = read(SAID_IN_A_CITY)
    assert not {fact for fact in facts(reading, "prep") if fact[1].startswith("say")}


# --- a firm named in apposition to the subject noun is the one that speaks of "it" ------------------------

BANK_NAMED_IN_APPOSITION = """
    Peru         Peru         PROPN NNP  4  poss     GPE
    's           's           PART  POS  1  case     -
    biggest      big          ADJ   JJS  4  amod     -
    bank         bank         NOUN  NN   9  nsubj    -
    ,            ,            PUNCT ,    4  punct    -
    Acme         Acme         PROPN NNP  7  compound ORG
    Bank         Bank         PROPN NNP  4  appos    I-ORG
    ,            ,            PUNCT ,    4  punct    -
    said         say          VERB  VBD  0  ROOT     -
    it           it           PRON  PRP  12 nsubj    -
    had          have         AUX   VBD  12 aux      -
    sued         sue          VERB  VBN  9  ccomp    -
    Zenith       Zenith       PROPN NNP  14 compound ORG
    Airways      Airways      PROPN NNPS 12 dobj     I-ORG
    .            .            PUNCT .    9  punct    -
"""


def test_the_bank_named_in_apposition_to_the_subject_is_its_it() -> None:
    found = facts_with_roots(BANK_NAMED_IN_APPOSITION)
    assert ("Acme Bank", "sue", "Zenith Airways", "11") in found
    assert not {fact for fact in found if fact[1] == "say"}  # no "Acme Bank say Zenith Airways"


# --- data and estimates speak for whoever issued them -------------------------------------------------------

ESTIMATES_SHOW = """
    Estimates    estimate     NOUN  NNS  5  nsubj    -
    from         from         ADP   IN   1  prep     -
    Acme         Acme         PROPN NNP  4  compound ORG
    Corp         Corp         PROPN NNP  2  pobj     I-ORG
    show         show         VERB  VBP  0  ROOT     -
    that         that         SCONJ IN   8  mark     -
    Peru         Peru         PROPN NNP  8  nsubj    GPE
    sold         sell         VERB  VBD  5  ccomp    -
    arms         arm          NOUN  NNS  8  dobj     -
    to           to           ADP   IN   8  prep     -
    Chile        Chile        PROPN NNP  10 pobj     GPE
    .            .            PUNCT .    5  punct    -
"""


def test_what_estimates_from_a_body_show_is_that_body_s_claim() -> None:
    reading = read(ESTIMATES_SHOW)
    label = {e.id: e.label for e in reading.entities.entities()}
    sold = [r for r in reading.relations if r.predicate.startswith("sell")]
    assert sold and {label.get(r.attributed_to or "") for r in sold} == {"Acme Corp"}


PERSON_SHOWED = ESTIMATES_SHOW.replace(
    "Estimates    estimate     NOUN  NNS", "Jane         Jane         PROPN NNP"
)


def test_a_verb_of_showing_reports_only_for_a_document() -> None:
    reading = read(PERSON_SHOWED)
    sold = [r for r in reading.relations if r.predicate.startswith("sell")]
    assert sold and {r.attributed_to for r in sold} == {None}


# --- "the American company": a firm of a state speaks, never the state --------------------------------------

THE_AMERICAN_COMPANY = """
    Zenith       Zenith       PROPN NNP  2  compound ORG
    Corp         Corp         PROPN NNP  3  nsubj    I-ORG
    bought       buy          VERB  VBD  0  ROOT     -
    Boltron      Boltron      PROPN NNP  5  compound ORG
    Ltd          Ltd          PROPN NNP  3  dobj     I-ORG
    .            .            PUNCT .    3  punct    -
    The          the          DET   DT   9  det      -
    American     american     ADJ   JJ   9  amod     NORP
    company      company      NOUN  NN   10 nsubj    -
    said         say          VERB  VBD  0  ROOT     -
    it           it           PRON  PRP  13 nsubj    -
    would        would        AUX   MD   13 aux      -
    sue          sue          VERB  VB   10 ccomp    -
    Acme         Acme         PROPN NNP  15 compound ORG
    Corp         Corp         PROPN NNP  13 dobj     I-ORG
    .            .            PUNCT .    10 punct    -
"""


def test_the_american_company_is_the_firm_named_before_not_the_united_states() -> None:
    reading = read(THE_AMERICAN_COMPANY)
    label = {e.id: e.label for e in reading.entities.entities()}
    sued = {
        (label[r.subject.entity_id], label.get(r.attributed_to or ""))
        for r in reading.relations
        if r.predicate == "sue"
    }
    assert sued == {("Zenith Corp", "Zenith Corp")}


SPOKESMAN_OF_A_FIRM = """
    Acme         Acme         PROPN NNP  3  poss     ORG
    's           's           PART  POS  1  case     -
    spokesman    spokesman    NOUN  NN   4  nsubj    -
    said         say          VERB  VBD  0  ROOT     -
    Peru         Peru         PROPN NNP  7  nsubj    GPE
    had          have         AUX   VBD  7  aux      -
    sued         sue          VERB  VBN  4  ccomp    -
    Zenith       Zenith       PROPN NNP  9  compound ORG
    Airways      Airways      PROPN NNPS 7  dobj     I-ORG
    .            .            PUNCT .    4  punct    -
"""


def test_a_firm_s_spokesman_speaks_for_the_firm() -> None:
    reading = read(SPOKESMAN_OF_A_FIRM)
    label = {e.id: e.label for e in reading.entities.entities()}
    sued = [r for r in reading.relations if r.predicate == "sue"]
    assert sued and {label.get(r.attributed_to or "", r.attributed_to) for r in sued} == {"Acme"}


THE_AMERICAN_COMPANY_ALONE = """
    The          the          DET   DT   3  det      -
    American     american     ADJ   JJ   3  amod     NORP
    company      company      NOUN  NN   4  nsubj    -
    said         say          VERB  VBD  0  ROOT     -
    Peru         Peru         PROPN NNP  7  nsubj    GPE
    had          have         AUX   VBD  7  aux      -
    sued         sue          VERB  VBN  4  ccomp    -
    Acme         Acme         PROPN NNP  9  compound ORG
    Corp         Corp         PROPN NNP  7  dobj     I-ORG
    .            .            PUNCT .    4  punct    -
"""


def test_an_unnamed_american_company_is_not_the_united_states() -> None:
    reading = read(THE_AMERICAN_COMPANY_ALONE)
    sides = {r.subject.entity_id for r in reading.relations} | {r.attributed_to for r in reading.relations}
    assert "country:USA" not in sides


# --- a forecast about a state is no statement edge to it -------------------------------------------------

FORECAST = """
    Acme         Acme         PROPN NNP  2  compound ORG
    Corp         Corp         PROPN NNP  3  nsubj    I-ORG
    said         say          VERB  VBD  0  ROOT     -
    Chile        Chile        PROPN NNP  6  nsubj    GPE
    would        would        AUX   MD   6  aux      -
    repay        repay        VERB  VB   3  ccomp    -
    its          its          PRON  PRP$ 8  poss     -
    debts        debt         NOUN  NNS  6  dobj     -
    to           to           ADP   IN   6  prep     -
    Peru         Peru         PROPN NNP  9  pobj     GPE
    .            .            PUNCT .    3  punct    -
"""


def test_a_forecast_about_a_state_keeps_its_own_fact_but_no_say_edge() -> None:
    reading = read(FORECAST)
    assert not facts(reading, "speech_content")
    label = {e.id: e.label for e in reading.entities.entities()}
    repaid = [r for r in reading.relations if r.predicate.startswith("repay")]
    assert repaid and {label[r.attributed_to] for r in repaid if r.attributed_to} == {"Acme Corp"}


STATED = FORECAST.replace("would        would        AUX   MD", "had          have         AUX   VBD")


def test_a_report_of_what_a_state_did_still_says_it() -> None:
    # "Acme Corp said Chile had repaid its debts.": no forecast, and no fact of its own about Chile
    alone = STATED.replace(
        "    to           to           ADP   IN   6  prep     -\n"
        "    Peru         Peru         PROPN NNP  9  pobj     GPE\n",
        "",
    )
    assert facts(read(alone), "speech_content") == {("Acme Corp", "say", "Chile")}
    # with its own fact ("… to Peru", Acme's word) the report is that fact, no `say` edge (wave 34)
    assert facts(read(STATED), "speech_content") == set()


# --- a body described as of a region or of several states is of no single state --------------------------

EUROPEAN_CONSORTIUM = """
    Zenith       Zenith       PROPN NNP  2  compound ORG
    Industrie    Industrie    PROPN NNP  8  nsubj    I-ORG
    ,            ,            PUNCT ,    2  punct    -
    a            a            DET   DT   6  det      -
    European     european     ADJ   JJ   6  amod     NORP
    consortium   consortium   NOUN  NN   2  appos    -
    ,            ,            PUNCT ,    2  punct    -
    sued         sue          VERB  VBD  0  ROOT     -
    Air          Air          PROPN NNP  10 compound ORG
    France       France       PROPN NNP  8  dobj     I-ORG
    in           in           ADP   IN   8  prep     -
    Paris        Paris        PROPN NNP  11 pobj     GPE
    .            .            PUNCT .    8  punct    -
"""


def test_a_european_consortium_takes_no_state_of_a_story_set_in_france() -> None:
    reading = read(EUROPEAN_CONSORTIUM)
    assert country_of(reading, "Air France") == "FRA"
    assert country_of(reading, "Zenith Industrie") is None


TABLED_CONSORTIUM = """
    Airbus       Airbus       PROPN NNP  7  nsubj    ORG
    ,            ,            PUNCT ,    1  punct    -
    a            a            DET   DT   5  det      -
    European     european     ADJ   JJ   5  amod     NORP
    consortium   consortium   NOUN  NN   1  appos    -
    ,            ,            PUNCT ,    1  punct    -
    sued         sue          VERB  VBD  0  ROOT     -
    Air          Air          PROPN NNP  9  compound ORG
    France       France       PROPN NNP  7  dobj     I-ORG
    .            .            PUNCT .    7  punct    -
"""


def test_a_description_of_several_states_outranks_the_table_s_one_state() -> None:
    reading = read(TABLED_CONSORTIUM)
    assert country_of(reading, "Airbus") is None


def test_the_american_company_gives_the_firm_named_before_its_state() -> None:
    reading = read(THE_AMERICAN_COMPANY)
    assert country_of(reading, "Zenith Corp") == "USA"
    assert country_of(reading, "Acme Corp") is None  # the description is no evidence of the story's state


THE_LIMA_BASED_COMPANY = """
    Zenith       Zenith       PROPN NNP  2  compound ORG
    Corp         Corp         PROPN NNP  3  nsubj    I-ORG
    bought       buy          VERB  VBD  0  ROOT     -
    Boltron      Boltron      PROPN NNP  5  compound ORG
    Ltd          Ltd          PROPN NNP  3  dobj     I-ORG
    .            .            PUNCT .    3  punct    -
    The          the          DET   DT   11 det      -
    Lima         Lima         PROPN NNP  10 npadvmod GPE
    -            -            PUNCT HYPH 10 punct    -
    based        base         VERB  VBN  11 amod     -
    company      company      NOUN  NN   12 nsubj    -
    said         say          VERB  VBD  0  ROOT     -
    it           it           PRON  PRP  15 nsubj    -
    would        would        AUX   MD   15 aux      -
    sue          sue          VERB  VB   12 ccomp    -
    Acme         Acme         PROPN NNP  17 compound ORG
    Corp         Corp         PROPN NNP  15 dobj     I-ORG
    .            .            PUNCT .    12 punct    -
"""


def test_the_lima_based_company_speaks_as_the_firm_named_before() -> None:
    reading = read(THE_LIMA_BASED_COMPANY)
    label = {e.id: e.label for e in reading.entities.entities()}
    sued = {
        (label[r.subject.entity_id], label.get(r.attributed_to or ""))
        for r in reading.relations
        if r.predicate == "sue"
    }
    assert sued == {("Zenith Corp", "Zenith Corp")}


SPOKESMAN_OF_THE_COMPANY = """
    An           an           DET   DT   3  det      -
    Acme         Acme         PROPN NNP  3  compound ORG
    spokesman    spokesman    NOUN  NN   4  nsubj    -
    said         say          VERB  VBD  0  ROOT     -
    the          the          DET   DT   6  det      -
    company      company      NOUN  NN   8  nsubj    -
    had          have         AUX   VBD  8  aux      -
    sued         sue          VERB  VBN  4  ccomp    -
    Zenith       Zenith       PROPN NNP  10 compound ORG
    Airways      Airways      PROPN NNPS 8  dobj     I-ORG
    .            .            PUNCT .    4  punct    -
"""


def test_the_company_in_what_its_spokesman_says_is_the_spokesman_s_firm() -> None:
    found = facts_with_roots(SPOKESMAN_OF_THE_COMPANY)
    assert ("Acme", "sue", "Zenith Airways", "11") in found
    assert ("Acme", "say", "Zenith Airways", "01") not in found


ATTACK_NOUN = """
    Jane         Jane         PROPN NNP  2  compound PERSON
    Doe          Doe          PROPN NNP  4  poss     I-PERSON
    's           's           PART  POS  2  case     -
    {noun:<12} {noun:<12} NOUN  NN   8  nsubj    -
    {prep:<12} {prep:<12} ADP   IN   4  prep     -
    John         John         PROPN NNP  7  compound PERSON
    Roe          Roe          PROPN NNP  5  pobj     I-PERSON
    was          be           AUX   VBD  0  ROOT     -
    fierce       fierce       ADJ   JJ   8  acomp    -
    .            .            PUNCT .    8  punct    -
"""


def test_one_politician_s_attack_on_or_clash_with_another_is_words() -> None:
    attack = facts_with_roots(ATTACK_NOUN.format(noun="attack", prep="on"))
    clash = facts_with_roots(ATTACK_NOUN.format(noun="clash", prep="with"))
    assert ("Jane Doe", "attack", "John Roe", "11") in attack
    assert ("Jane Doe", "clash with", "John Roe", "11") in clash


# --- what a statement's "that" clause says is its issuer's claim --------------------------------------------

SAID_IN_A_STATEMENT_THAT = """
    Acme         Acme         PROPN NNP  2  compound ORG
    Corp         Corp         PROPN NNP  3  nsubj    I-ORG
    said         say          VERB  VBD  0  ROOT     -
    in           in           ADP   IN   3  prep     -
    a            a            DET   DT   6  det      -
    statement    statement    NOUN  NN   4  pobj     -
    that         that         SCONJ IN   10 mark     -
    Peru         Peru         PROPN NNP  10 nsubj    GPE
    had          have         AUX   VBD  10 aux      -
    sued         sue          VERB  VBN  6  acl      -
    Zenith       Zenith       PROPN NNP  12 compound ORG
    Airways      Airways      PROPN NNPS 10 dobj     I-ORG
    .            .            PUNCT .    3  punct    -
"""


def test_the_that_clause_of_a_statement_is_said_by_its_issuer() -> None:
    reading = read(SAID_IN_A_STATEMENT_THAT)
    label = {e.id: e.label for e in reading.entities.entities()}
    sued = [r for r in reading.relations if r.predicate == "sue"]
    assert sued and {label.get(r.attributed_to or "") for r in sued} == {"Acme Corp"}


def test_the_lima_based_company_gives_the_firm_named_before_peru() -> None:
    reading = read(then_abroad(THE_LIMA_BASED_COMPANY))
    assert country_of(reading, "Zenith Corp") == "PER"
    assert country_of(reading, "Acme Corp") is None


ATTACKED_TROOPS = ATTACKED_GOVERNMENT.replace(
    "government   government   NOUN  NN   3  dobj", "troops       troop        NOUN  NNS  3  dobj"
)


def test_a_person_attacking_troops_still_uses_force() -> None:
    roots = {root for _, predicate, _, root in facts_with_roots(ATTACKED_TROOPS) if predicate == "attack"}
    assert roots == {"18"}
