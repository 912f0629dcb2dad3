"""Whose deed a verb inside a report is (wave 48 A): a verb joined to a reported clause's modal verb shares
that clause's subject, never the speaker after the comma; a state's emblem ("the U.S. Flag") is no body.
Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots

# "The cartel would mine zinc and aim to sell zinc to Bolivia, Ortiz said.": the tagger reads "aim" as a
# tensed verb (VBP) beside the modal's infinitive.
REPORTED_AIM = """
    The      the      DET   DT   2  det     -
    cartel   cartel   NOUN  NN   4  nsubj   -
    would    would    AUX   MD   4  aux     -
    mine     mine     VERB  VB   15 ccomp   -
    zinc     zinc     NOUN  NN   4  dobj    -
    and      and      CCONJ CC   4  cc      -
    aim      aim      VERB  VBP  4  conj    -
    to       to       PART  TO   9  aux     -
    sell     sell     VERB  VB   7  xcomp   -
    zinc     zinc     NOUN  NN   9  dobj    -
    to       to       ADP   IN   9  dative  -
    Bolivia  Bolivia  PROPN NNP  11 pobj    GPE
    ,        ,        PUNCT ,    15 punct   -
    Ortiz    Ortiz    PROPN NNP  15 nsubj   PERSON
    said     say      VERB  VBD  0  ROOT    -
    .        .        PUNCT .    15 punct   -
"""


def _named(table: str) -> str:
    """The table with "Acme Corp" for "The cartel"."""
    table = table.replace("The      the      DET   DT   2  det     -", "Acme Acme PROPN NNP 2 compound ORG")
    return table.replace("cartel   cartel   NOUN  NN   4  nsubj   -", "Corp Corp PROPN NNP 4 nsubj I-ORG")


def test_a_verb_joined_to_a_reported_modal_clause_is_not_the_speakers() -> None:
    """The cartel aims to sell (no entity: no fact), not Ortiz."""
    found = facts_with_roots(REPORTED_AIM)
    assert not [f for f in found if f[0] == "Ortiz"], found


def test_a_verb_joined_to_a_reported_clause_of_a_named_doer_is_the_doers() -> None:
    """ "Acme would mine zinc and aim to sell zinc to Bolivia, Ortiz said.": Acme aims to sell."""
    table = _named(REPORTED_AIM)
    found = facts_with_roots(table)
    assert not [f for f in found if f[0] == "Ortiz"], found
    assert [f for f in found if f[0] == "Acme Corp" and f[2] == "Bolivia" and "sell" in f[1]], found


# "Malta carries the Peruvian Flag.": the tagger takes the flag for a facility (or a body).
CARRIED_FLAG = """
    Malta     Malta     PROPN NNP  2  nsubj     GPE
    carries   carry     VERB  VBZ  0  ROOT      -
    the       the       DET   DT   5  det       FAC
    Peruvian  Peruvian  PROPN NNP  5  compound  I-FAC
    Flag      Flag      PROPN NNP  2  dobj      I-FAC
    .         .         PUNCT .    2  punct     -
"""


def test_a_states_flag_tagged_as_a_facility_is_no_entity() -> None:
    found = facts_with_roots(CARRIED_FLAG)
    assert not [f for f in found if "Flag" in f[2]], found


def test_a_states_flag_tagged_as_a_body_is_no_entity() -> None:
    """ "Malta flies the U.S. Flag." tagged ORG."""
    table = CARRIED_FLAG.replace("FAC", "ORG").replace("Peruvian  Peruvian", "U.S.      U.S.    ")
    table = table.replace("carries   carry", "flies     fly  ")
    found = facts_with_roots(table)
    assert not [f for f in found if "Flag" in f[2]], found


# "Norway guards Malta's tankers carrying oil to Japan.": the tankers carry the oil, not Malta.
OWNED_CARRIERS = """
    Norway    Norway    PROPN NNP  2  nsubj  GPE
    guards    guard     VERB  VBZ  0  ROOT   -
    Malta     Malta     PROPN NNP  5  poss   GPE
    's        's        PART  POS  3  case   -
    tankers   tanker    NOUN  NNS  2  dobj   -
    carrying  carry     VERB  VBG  5  acl    -
    oil       oil       NOUN  NN   6  dobj   -
    to        to        ADP   IN   6  prep   -
    Japan     Japan     PROPN NNP  8  pobj   GPE
    .         .         PUNCT .    2  punct  -
"""


def test_a_reduced_relative_on_an_owned_thing_is_not_the_owners_deed() -> None:
    found = facts_with_roots(OWNED_CARRIERS)
    assert not [f for f in found if f[0] == "Malta" and f[2] == "Japan"], found


def test_an_infinitive_hung_on_an_owned_thing_is_not_the_owners_deed() -> None:
    """ "Acme sold Zenith's trucks to focus on Kia Motors.": the parser hangs "to focus" on the trucks as
    a relative clause; Zenith, the last owner named, focuses on nothing."""
    table = """
    Acme      Acme      PROPN NNP  2  nsubj  ORG
    sold      sell      VERB  VBD  0  ROOT   -
    Zenith    Zenith    PROPN NNP  5  poss   ORG
    's        's        PART  POS  3  case   -
    trucks    truck     NOUN  NNS  2  dobj   -
    to        to        PART  TO   7  aux    -
    focus     focus     VERB  VB   5  relcl  -
    on        on        ADP   IN   7  prep   -
    Kia       Kia       PROPN NNP  10 compound ORG
    Motors    Motors    PROPN NNP  8  pobj   I-ORG
    .         .         PUNCT .    2  punct  -
    """
    found = facts_with_roots(table)
    assert not [f for f in found if f[0] == "Zenith" and f[2] == "Kia Motors"], found


def test_a_past_verb_after_a_reported_modal_clause_is_the_reporters() -> None:
    """ "Ortiz predicted Acme would fail and asked Bolivia to act.": a past tense cannot follow "would";
    it continues the predicter's clause: Ortiz asks Bolivia, Acme does not."""
    table = """
    Ortiz      Ortiz     PROPN NNP  2  nsubj  PERSON
    predicted  predict   VERB  VBD  0  ROOT   -
    Acme       Acme      PROPN NNP  5  nsubj  ORG
    would      would     AUX   MD   5  aux    -
    fail       fail      VERB  VB   2  ccomp  -
    and        and       CCONJ CC   5  cc     -
    asked      ask       VERB  VBD  5  conj   -
    Bolivia    Bolivia   PROPN NNP  7  dobj   GPE
    to         to        PART  TO   10 aux    -
    act        act       VERB  VB   7  xcomp  -
    .          .         PUNCT .    2  punct  -
    """
    found = facts_with_roots(table)
    assert [f for f in found if f[0] == "Ortiz" and f[1] == "ask" and f[2] == "Bolivia"], found
    assert not [f for f in found if f[0] == "Acme" and f[2] == "Bolivia"], found


def test_a_present_verb_after_a_reported_modal_clause_of_a_past_report_is_not_the_speakers() -> None:
    """ "Acme would mine zinc and aims to sell zinc to Bolivia, Ortiz said.": a present tense beside the
    past "said" goes on with the reported clause: Acme aims, Ortiz does not."""
    table = _named(REPORTED_AIM).replace("aim      aim      VERB  VBP", "aims     aim      VERB  VBZ")
    found = facts_with_roots(table)
    assert not [f for f in found if f[0] == "Ortiz"], found
    assert [f for f in found if f[0] == "Acme Corp" and f[2] == "Bolivia" and "sell" in f[1]], found


# "Chile boarded a tanker, the Zorvath, carrying oil to Peru.": the parser hangs the participle on
# "boarded"; the tanker carries the oil, not Chile.
BOARDED_CARRIER = """
    Chile     Chile     PROPN NNP  2  nsubj  GPE
    boarded   board     VERB  VBD  0  ROOT   -
    a         a         DET   DT   4  det    -
    tanker    tanker    NOUN  NN   2  dobj   -
    ,         ,         PUNCT ,    4  punct  -
    the       the       DET   DT   7  det    -
    Zorvath   Zorvath   PROPN NNP  4  appos  FAC
    ,         ,         PUNCT ,    2  punct  -
    carrying  carry     VERB  VBG  2  advcl  -
    oil       oil       NOUN  NN   9  dobj   -
    to        to        ADP   IN   9  prep   -
    Peru      Peru      PROPN NNP  11 pobj   GPE
    .         .         PUNCT .    2  punct  -
"""


def test_a_vessels_cargo_hung_on_the_verb_acting_on_it_is_the_vessels() -> None:
    found = facts_with_roots(BOARDED_CARRIER)
    assert not [f for f in found if f[0] == "Chile" and f[2] == "Peru"], found


def test_a_deed_after_a_vessel_stays_the_doers() -> None:
    """ "Chile boarded a tanker, the Zorvath, arresting officers of Peru.": not a vessel's conveying."""
    table = BOARDED_CARRIER.replace("carrying  carry ", "arresting arrest").replace(
        "oil       oil       NOUN  NN ", "officers  officer   NOUN  NNS"
    ).replace("to        to        ADP", "of        of        ADP")
    found = facts_with_roots(table)
    assert [f for f in found if f[0] == "Chile" and f[2] == "Peru"], found
