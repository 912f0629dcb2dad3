"""Forecasts are no appeals; a refusal of help refuses; the roots of persuasion, credit and trips (wave 43).

"said Acme should outperform Zenith" forecasts, it asks Acme nothing; "refused to help defend Bolivia" is a
refusal (12); "is trying to persuade Peru", "failed to persuade Peru" appeal (02); a development body's credit
line to a state is aid (07), a firm's to a firm economic cooperation (06); an official leaving for another
state's capital visits that state (042).

Each test states its parse by hand (tests/hand_docs.py), so no model update moves it;
the sentences are ours."""

from __future__ import annotations

from hand_docs import by_rule, read


def _relations(table: str) -> set[tuple[str, str, str, str | None, str | None, bool]]:
    """(subject, predicate, object, CAMEO code, modality, negated) of every relation read."""
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    found = set()
    for r in reading.relations:
        subject, obj = label[r.subject.entity_id], label[r.object.entity_id]
        found.add((subject, r.predicate, obj, r.event_code, r.modality, r.negated))
    return found


def _stances(table: str) -> set[str]:
    return {r.predicate for r in by_rule(read(table), "speech_content")}


# --- forecasts after "should" ---


def test_should_outperform_is_a_forecast_not_an_appeal() -> None:
    """ "Chile said Acme Corp should outperform Zenith Inc": nobody can be asked to outperform; Chile
    states a forecast about Acme, and Acme's claimed edge over Zenith keeps its "should"."""
    table = """
    Chile      Chile      PROPN NNP 2 nsubj    GPE
    said       say        VERB  VBD 0 ROOT     -
    Acme       Acme       PROPN NNP 4 compound ORG
    Corp       Corp       PROPN NNP 6 nsubj    I-ORG
    should     should     AUX   MD  6 aux      -
    outperform outperform VERB  VB  2 ccomp    -
    Zenith     Zenith     PROPN NNP 8 compound ORG
    Inc        Inc        PROPN NNP 6 dobj     I-ORG
    .          .          PUNCT .   2 punct    -
    """
    assert "urge" not in _stances(table)
    assert ("Acme Corp", "outperform", "Zenith Inc", None, "should", False) in _relations(table)


def test_should_be_riding_a_wave_is_a_forecast() -> None:
    """ "Chile said Acme Corp should be riding a good wave": the verb of a progressive befalls Acme (known
    by its form too: the lemmatiser takes "riding" for "rid")."""
    stances = _stances("""
    Chile  Chile  PROPN NNP 2  nsubj    GPE
    said   say    VERB  VBD 0  ROOT     -
    Acme   Acme   PROPN NNP 4  compound ORG
    Corp   Corp   PROPN NNP 7  nsubj    I-ORG
    should should AUX   MD  7  aux      -
    be     be     AUX   VB  7  aux      -
    riding rid    VERB  VBG 2  ccomp    -
    a      a      DET   DT  10 det      -
    good   good   ADJ   JJ  10 amod     -
    wave   wave   NOUN  NN  7  dobj     -
    .      .      PUNCT .   2  punct    -
    """)
    assert "urge" not in stances


def test_should_reach_an_agreement_still_urges() -> None:
    """ "Chile said Peru should reach an agreement with Bolivia": reaching an accord is a deed one can be
    asked to do (forecast_verb_deeds), so Chile urges Peru, as before."""
    stances = _stances("""
    Chile     Chile     PROPN NNP 2 nsubj GPE
    said      say       VERB  VBD 0 ROOT  -
    Peru      Peru      PROPN NNP 5 nsubj GPE
    should    should    AUX   MD  5 aux   -
    reach     reach     VERB  VB  2 ccomp -
    an        an        DET   DT  7 det   -
    agreement agreement NOUN  NN  5 dobj  -
    with      with      ADP   IN  7 prep  -
    Bolivia   Bolivia   PROPN NNP 8 pobj  GPE
    .         .         PUNCT .   2 punct -
    """)
    assert "urge" in stances


# --- a refusal of help ---


def test_refusing_to_help_defend_is_a_refusal() -> None:
    """ "Peru refused to help defend Bolivia": the refusal of the aid refuses the defence (12), which is
    not reported as done."""
    found = _relations("""
    Peru    Peru    PROPN NNP 2 nsubj GPE
    refused refuse  VERB  VBD 0 ROOT  -
    to      to      PART  TO  4 aux   -
    help    help    VERB  VB  2 xcomp -
    defend  defend  VERB  VB  4 xcomp -
    Bolivia Bolivia PROPN NNP 5 dobj  GPE
    .       .       PUNCT .   2 punct -
    """)
    assert {(s, p, o, c[:2] if c else None) for s, p, o, c, _, _ in found} == {
        ("Peru", "refuse to help defend", "Bolivia", "12")
    }


def test_refusing_to_help_someone_do_something_refuses_them() -> None:
    """ "Peru refused to help Bolivia defend its ports": the parser makes Bolivia the subject of "defend";
    Bolivia is still whom the help is refused (12)."""
    found = _relations("""
    Peru    Peru    PROPN NNP  2 nsubj GPE
    refused refuse  VERB  VBD  0 ROOT  -
    to      to      PART  TO   4 aux   -
    help    help    VERB  VB   2 xcomp -
    Bolivia Bolivia PROPN NNP  6 nsubj GPE
    defend  defend  VERB  VB   4 ccomp -
    its     its     PRON  PRP$ 8 poss  -
    ports   port    NOUN  NNS  6 dobj  -
    .       .       PUNCT .    2 punct -
    """)
    assert ("Peru", "refuse to help", "Bolivia", "120", None, False) in found


def test_unwillingness_to_help_defend_denies_the_defence() -> None:
    """ "Peru is unwilling to help defend Bolivia": Peru refuses to defend Bolivia (negated; since wave 86 F
    with no "may": unwillingness is a refusal, not a likelihood); no defence is reported."""
    found = _relations("""
    Peru      Peru      PROPN NNP 2 nsubj GPE
    is        be        AUX   VBZ 0 ROOT  -
    unwilling unwilling ADJ   JJ  2 acomp -
    to        to        PART  TO  5 aux   -
    help      help      VERB  VB  3 xcomp -
    defend    defend    VERB  VB  5 xcomp -
    Bolivia   Bolivia   PROPN NNP 6 dobj  GPE
    .         .         PUNCT .   2 punct -
    """)
    assert {(s, p, o, m, n) for s, p, o, _, m, n in found} == {("Peru", "defend", "Bolivia", None, True)}


def test_the_bare_verb_after_a_plural_taken_for_a_present_is_still_the_one_helped() -> None:
    """ "Peru has refused to help the United States defend the shipping lanes": the tagger takes "defend"
    for a present (VBP); the United States is still whom the help is refused (12)."""
    found = _relations("""
    Peru     Peru     PROPN NNP 3  nsubj    GPE
    has      have     AUX   VBZ 3  aux      -
    refused  refuse   VERB  VBN 0  ROOT     -
    to       to       PART  TO  5  aux      -
    help     help     VERB  VB  3  xcomp    -
    the      the      DET   DT  8  det      GPE
    United   United   PROPN NNP 8  compound I-GPE
    States   States   PROPN NNP 9  nsubj    I-GPE
    defend   defend   VERB  VBP 5  ccomp    -
    the      the      DET   DT  12 det      -
    shipping shipping NOUN  NN  12 compound -
    lanes    lane     NOUN  NNS 9  dobj     -
    .        .        PUNCT .   3  punct    -
    """)
    assert ("Peru", "refuse to help", "United States", "120", None, False) in found


def test_helping_someone_do_something_helps_them() -> None:
    """ "Chile will help Peru rebuild its ports": aid to Peru to come (070, will)."""
    found = _relations("""
    Chile   Chile   PROPN NNP  3 nsubj GPE
    will    will    AUX   MD   3 aux   -
    help    help    VERB  VB   0 ROOT  -
    Peru    Peru    PROPN NNP  5 nsubj GPE
    rebuild rebuild VERB  VB   3 ccomp -
    its     its     PRON  PRP$ 7 poss  -
    ports   port    NOUN  NNS  5 dobj  -
    .       .       PUNCT .    3 punct -
    """)
    assert ("Chile", "help", "Peru", "070", "will", False) in found


def test_a_states_name_before_its_request_makes_the_request_its_own() -> None:
    """ "Peru rejected U.S. requests": a refusal of what the United States asked (12), as "Washington's
    requests" is."""
    found = _relations("""
    Peru     Peru    PROPN NNP 2 nsubj    GPE
    rejected reject  VERB  VBD 0 ROOT     -
    U.S.     U.S.    PROPN NNP 4 compound GPE
    requests request NOUN  NNS 2 dobj     -
    .        .       PUNCT .   2 punct    -
    """)
    assert ("Peru", "reject request of", "United States", "120", None, False) in found


def test_a_states_name_before_a_common_noun_stays_no_owner() -> None:
    """ "Peru entered the U.S. market": a market in the United States, nothing done to the state."""
    found = _relations("""
    Peru    Peru    PROPN NNP 2 nsubj    GPE
    entered enter   VERB  VBD 0 ROOT     -
    the     the     DET   DT  5 det      -
    U.S.    U.S.    PROPN NNP 5 compound GPE
    market  market  NOUN  NN  2 dobj     -
    .       .       PUNCT .   2 punct    -
    """)
    assert not found


# --- persuasion ---


def test_trying_to_persuade_is_an_appeal() -> None:
    """ "Chile is trying to persuade Peru to buy its bonds": an appeal to Peru (02)."""
    found = _relations("""
    Chile    Chile    PROPN NNP  3  nsubj GPE
    is       be       AUX   VBZ  3  aux   -
    trying   try      VERB  VBG  0  ROOT  -
    to       to       PART  TO   5  aux   -
    persuade persuade VERB  VB   3  xcomp -
    Peru     Peru     PROPN NNP  5  dobj  GPE
    to       to       PART  TO   8  aux   -
    buy      buy      VERB  VB   5  xcomp -
    its      its      PRON  PRP$ 10 poss  -
    bonds    bond     NOUN  NNS  8  dobj  -
    .        .        PUNCT .    3  punct -
    """)
    assert ("Chile", "try to persuade", "Peru", "020", None, False) in found


def test_failing_to_persuade_keeps_the_appeal() -> None:
    """ "Chile failed to persuade Peru": the attempt was made, and it is the appeal (02)."""
    found = _relations("""
    Chile    Chile    PROPN NNP 2 nsubj GPE
    failed   fail     VERB  VBD 0 ROOT  -
    to       to       PART  TO  4 aux   -
    persuade persuade VERB  VB  2 xcomp -
    Peru     Peru     PROPN NNP 4 dobj  GPE
    .        .        PUNCT .   2 punct -
    """)
    assert ("Chile", "fail to persuade", "Peru", "020", None, False) in found


def test_failing_to_defend_is_still_no_defence() -> None:
    """ "Chile failed to defend Peru": no defence, and no code (only attempts that are acts keep one)."""
    found = _relations("""
    Chile  Chile  PROPN NNP 2 nsubj GPE
    failed fail   VERB  VBD 0 ROOT  -
    to     to     PART  TO  4 aux   -
    defend defend VERB  VB  2 xcomp -
    Peru   Peru   PROPN NNP 4 dobj  GPE
    .      .      PUNCT .   2 punct -
    """)
    assert ("Chile", "fail to defend", "Peru", None, None, False) in found


# --- credit ---


def test_a_development_banks_credit_line_to_a_state_is_aid() -> None:
    """ "The Asian Development Bank extended a credit line to Peru": economic aid (071)."""
    found = _relations("""
    The         the         DET   DT  4 det      ORG
    Asian       Asian       PROPN NNP 4 compound I-ORG
    Development Development PROPN NNP 4 compound I-ORG
    Bank        Bank        PROPN NNP 5 nsubj    I-ORG
    extended    extend      VERB  VBD 0 ROOT     -
    a           a           DET   DT  8 det      -
    credit      credit      NOUN  NN  8 compound -
    line        line        NOUN  NN  5 dobj     -
    to          to          ADP   IN  5 prep     -
    Peru        Peru        PROPN NNP 9 pobj     GPE
    .           .           PUNCT .   5 punct    -
    """)
    assert ("Asian Development Bank", "extend credit line to", "Peru", "071", None, False) in found


def test_a_firms_loan_to_a_firm_is_economic_cooperation() -> None:
    """ "Exxon Corp granted a loan to Mobil Corp": between firms (organisations.tsv knows both as firms,
    BUS), economic cooperation (061), not aid."""
    found = _relations("""
    Exxon   Exxon  PROPN NNP 2 compound ORG
    Corp    Corp   PROPN NNP 3 nsubj    I-ORG
    granted grant  VERB  VBD 0 ROOT     -
    a       a      DET   DT  5 det      -
    loan    loan   NOUN  NN  3 dobj     -
    to      to     ADP   IN  3 dative   -
    Mobil   Mobil  PROPN NNP 8 compound ORG
    Corp    Corp   PROPN NNP 6 pobj     I-ORG
    .       .      PUNCT .   3 punct    -
    """)
    assert ("Exxon Corp", "grant loan to", "Mobil Corp", "061", None, False) in found


def test_a_states_loan_is_aid() -> None:
    """ "Chile granted a loan to Peru": economic aid (071), the loan's own code, not bare granting (070)."""
    found = _relations("""
    Chile   Chile  PROPN NNP 2 nsubj  GPE
    granted grant  VERB  VBD 0 ROOT   -
    a       a      DET   DT  4 det    -
    loan    loan   NOUN  NN  2 dobj   -
    to      to     ADP   IN  2 dative -
    Peru    Peru   PROPN NNP 5 pobj   GPE
    .       .      PUNCT .   2 punct  -
    """)
    assert ("Chile", "grant loan to", "Peru", "071", None, False) in found


# --- trips ---

_LEAVING = """
    Chilean   Chilean   ADJ   JJ  3 amod     NORP
    President President PROPN NNP 3 compound -
    Boric     Boric     PROPN NNP 5 nsubj    PERSON
    will      will      AUX   MD  5 aux      -
    leave     leave     VERB  VB  0 ROOT     -
    for       for       ADP   IN  5 prep     -
    {place}   {place}   PROPN NNP 6 pobj     GPE
    on        on        ADP   IN  5 prep     -
    Tuesday   Tuesday   PROPN NNP 8 pobj     DATE
    .         .         PUNCT .   5 punct    -
"""


def test_an_official_leaving_for_another_states_capital_visits_it() -> None:
    """ "Chilean President Boric will leave for Lima on Tuesday": a visit to Peru to come (042, will)."""
    found = _relations(_LEAVING.format(place="Lima"))
    assert ("Boric", "leave for", "Lima", "042", "will", False) in found


def test_an_official_leaving_for_his_own_capital_visits_no_one() -> None:
    """ "Chilean President Boric will leave for Santiago on Tuesday": going home is no visit."""
    found = _relations(_LEAVING.format(place="Santiago"))
    assert ("Boric", "leave for", "Santiago", None, "will", False) in found


def test_leaving_for_a_state_is_a_visit() -> None:
    """ "Chilean President Boric will leave for Peru on Tuesday": a visit to Peru (042, will)."""
    found = _relations(_LEAVING.format(place="Peru"))
    assert ("Boric", "leave for", "Peru", "042", "will", False) in found


def test_an_official_leaving_for_his_own_state_visits_no_one() -> None:
    """ "Chilean President Boric will leave for Chile on Tuesday": going home is no visit, to the state as
    to its capital."""
    found = _relations(_LEAVING.format(place="Chile"))
    assert ("Boric", "leave for", "Chile", None, "will", False) in found
