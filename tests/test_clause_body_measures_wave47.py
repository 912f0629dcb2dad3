"""Deeds on a thing a body owns (wave 47 B): a rule, limit or pact after a body's name ("its OPEC quota",
"the GATT ruling") is the body's, and the deed is on the body, with the thing in the predicate; "at the
request of X" is X asking the subject; "insisted that X comply" demands it of X."""

from __future__ import annotations

from hand_docs import facts_with_roots, read


def _label(table: str, key: str) -> str:
    """The label the reading gives the one entity whose id ends with `key` (an IGO takes its full name)."""
    [label] = [e.label for e in read(table).entities.entities() if e.id.endswith(key)]
    return label


REJECTED_QUOTA = """
    Gabon     Gabon     PROPN NNP 2  nsubj    GPE
    rejected  reject    VERB  VBD 0  ROOT     -
    its       its       PRON  PRP$ 5 poss     -
    OPEC      OPEC      PROPN NNP 5  compound ORG
    quota     quota     NOUN  NN  2  dobj     -
    .         .         PUNCT .   2  punct    -
"""


def test_a_deed_on_a_quota_after_a_bodys_name_is_on_the_body_even_with_its() -> None:
    # "Gabon rejected its OPEC quota": the quota OPEC set for Gabon; rejecting it rejects OPEC's measure
    opec = _label(REJECTED_QUOTA, "opec")
    assert ("Gabon", "reject quota of", opec, "12") in facts_with_roots(REJECTED_QUOTA)


def test_refusing_to_sign_a_bodys_pact_rejects_the_body() -> None:
    # "Chile refused to sign the NATO pact": the refusal (12), not a pact signed; "sign" alone would keep
    # the owner out as a mere possession's
    table = """
    Chile     Chile     PROPN NNP 2  nsubj    GPE
    refused   refuse    VERB  VBD 0  ROOT     -
    to        to        PART  TO  4  aux      -
    sign      sign      VERB  VB  2  xcomp    -
    the       the       DET   DT  7  det      -
    NATO      NATO      PROPN NNP 7  compound ORG
    pact      pact      NOUN  NN  4  dobj     -
    .         .         PUNCT .   2  punct    -
    """
    nato = _label(table, "nato")
    assert ("Chile", "refuse to sign pact of", nato, "12") in facts_with_roots(table)


def test_cheating_on_a_bodys_agreement_defies_it() -> None:
    # "Peru cheated on the OPEC agreement": breaking the accord, as violating it (128, root 12)
    table = """
    Peru      Peru      PROPN NNP 2  nsubj    GPE
    cheated   cheat     VERB  VBD 0  ROOT     -
    on        on        ADP   IN  2  prep     -
    the       the       DET   DT  6  det      -
    OPEC      OPEC      PROPN NNP 6  compound ORG
    agreement agreement NOUN  NN  3  pobj     -
    .         .         PUNCT .   2  punct    -
    """
    opec = _label(table, "opec")
    assert ("Peru", "cheat on agreement of", opec, "12") in facts_with_roots(table)


def test_abiding_by_a_bodys_quota_yields_to_the_body() -> None:
    # "Oman will abide by its OPEC quota": complying with the body's limit (08), as "comply with" does
    table = """
    Oman      Oman      PROPN NNP 3  nsubj    GPE
    will      will      AUX   MD  3  aux      -
    abide     abide     VERB  VB  0  ROOT     -
    by        by        ADP   IN  3  prep     -
    its       its       PRON  PRP$ 7 poss     -
    OPEC      OPEC      PROPN NNP 7  compound ORG
    quota     quota     NOUN  NN  4  pobj     -
    .         .         PUNCT .   3  punct    -
    """
    opec = _label(table, "opec")
    assert ("Oman", "abide by quota of", opec, "08") in facts_with_roots(table)


def test_a_bodys_measure_as_a_subject_does_not_make_the_body_act() -> None:
    # "The NATO treaty covers Norway": what the treaty provides is said of it; NATO does nothing to Norway
    table = """
    The       the       DET   DT  3  det      -
    NATO      NATO      PROPN NNP 3  compound ORG
    treaty    treaty    NOUN  NN  4  nsubj    -
    covers    cover     VERB  VBZ 0  ROOT     -
    Norway    Norway    PROPN NNP 4  dobj     GPE
    .         .         PUNCT .   4  punct    -
    """
    assert not any(fact[2] == "Norway" for fact in facts_with_roots(table))


def test_an_accord_named_after_a_city_is_no_bodys() -> None:
    # "Peru violated the Cartagena agreement": where it was made, whatever the tagger calls the name
    table = """
    Peru      Peru      PROPN NNP 2  nsubj    GPE
    violated  violate   VERB  VBD 0  ROOT     -
    the       the       DET   DT  5  det      -
    Cartagena Cartagena PROPN NNP 5  compound ORG
    agreement agreement NOUN  NN  2  dobj     -
    .         .         PUNCT .   2  punct    -
    """
    assert not any(fact[0] == "Peru" for fact in facts_with_roots(table))


def test_a_bodys_quota_rejected_in_the_passive_keeps_the_quota_in_the_predicate() -> None:
    # "The OPEC quota was rejected by Gabon": as the active, "reject quota of" OPEC
    table = """
    The       the       DET   DT  3  det       -
    OPEC      OPEC      PROPN NNP 3  compound  ORG
    quota     quota     NOUN  NN  5  nsubjpass -
    was       be        AUX   VBD 5  auxpass   -
    rejected  reject    VERB  VBN 0  ROOT      -
    by        by        ADP   IN  5  agent     -
    Gabon     Gabon     PROPN NNP 6  pobj      GPE
    .         .         PUNCT .   5  punct     -
    """
    opec = _label(table, "opec")
    assert ("Gabon", "reject quota of", opec, "12") in facts_with_roots(table)


def test_a_comment_on_a_bodys_accord_is_one_statement_about_the_body() -> None:
    # "Chile commented on the OPEC agreement, calling it absurd": one statement about OPEC, the criticism,
    # as "commented on Y, calling it absurd" is (relations._one_statement)
    table = """
    Chile     Chile     PROPN NNP 2  nsubj    GPE
    commented comment   VERB  VBD 0  ROOT     -
    on        on        ADP   IN  2  prep     -
    the       the       DET   DT  6  det      -
    OPEC      OPEC      PROPN NNP 6  compound ORG
    agreement agreement NOUN  NN  3  pobj     -
    ,         ,         PUNCT ,   2  punct    -
    calling   call      VERB  VBG 2  advcl    -
    it        it        PRON  PRP 8  dobj     -
    absurd    absurd    ADJ   JJ  8  oprd     -
    .         .         PUNCT .   2  punct    -
    """
    opec = _label(table, "opec")
    about_opec = {fact for fact in facts_with_roots(table) if fact[0] == "Chile" and fact[2] == opec}
    assert about_opec == {("Chile", "criticise", opec, "11")}


def test_at_the_request_of_a_body_the_body_asked_the_subject() -> None:
    # "Chile delayed the vote at the request of the Commission": the Commission asked Chile (02)
    table = """
    Chile      Chile      PROPN NNP 2  nsubj GPE
    delayed    delay      VERB  VBD 0  ROOT  -
    the        the        DET   DT  4  det   -
    vote       vote       NOUN  NN  2  dobj  -
    at         at         ADP   IN  2  prep  -
    the        the        DET   DT  7  det   -
    request    request    NOUN  NN  5  pobj  -
    of         of         ADP   IN  7  prep  -
    the        the        DET   DT  10 det   -
    Commission Commission PROPN NNP 8  pobj  ORG
    .          .          PUNCT .   2  punct -
    """
    commission = _label(table, "commission")
    found = facts_with_roots(table)
    assert (commission, "request", "Chile", "02") in found
    assert not any(fact[0] == "Chile" and fact[2] == commission for fact in found)


def test_at_the_urging_of_a_state_the_state_urged_the_subject() -> None:
    # "Chile delayed the vote at the urging of Peru": Peru urged Chile (02)
    table = """
    Chile      Chile      PROPN NNP 2  nsubj GPE
    delayed    delay      VERB  VBD 0  ROOT  -
    the        the        DET   DT  4  det   -
    vote       vote       NOUN  NN  2  dobj  -
    at         at         ADP   IN  2  prep  -
    the        the        DET   DT  7  det   -
    urging     urging     NOUN  NN  5  pobj  -
    of         of         ADP   IN  7  prep  -
    Peru       Peru       PROPN NNP 8  pobj  GPE
    .          .          PUNCT .   2  punct -
    """
    assert ("Peru", "urge", "Chile", "02") in facts_with_roots(table)


def test_at_the_behest_of_someone_they_asked_the_subject() -> None:
    # "Chile delayed the vote at the behest of Peru": Peru asked Chile (02), Chile did nothing to Peru
    table = """
    Chile      Chile      PROPN NNP 2  nsubj GPE
    delayed    delay      VERB  VBD 0  ROOT  -
    the        the        DET   DT  4  det   -
    vote       vote       NOUN  NN  2  dobj  -
    at         at         ADP   IN  2  prep  -
    the        the        DET   DT  7  det   -
    behest     behest     NOUN  NN  5  pobj  -
    of         of         ADP   IN  7  prep  -
    Peru       Peru       PROPN NNP 8  pobj  GPE
    .          .          PUNCT .   2  punct -
    """
    found = facts_with_roots(table)
    assert ("Peru", "request", "Chile", "02") in found
    assert not any(fact[0] == "Chile" and fact[2] == "Peru" for fact in found)


INSISTED = """
    Chile     Chile     PROPN NNP 2  nsubj GPE
    insisted  insist    VERB  VBD 0  ROOT  -
    that      that      SCONJ IN  5  mark  -
    Peru      Peru      PROPN NNP 5  nsubj GPE
    comply    comply    VERB  VBP 2  ccomp -
    with      with      ADP   IN  5  prep  -
    the       the       DET   DT  8  det   -
    ruling    ruling    NOUN  NN  6  pobj  -
    .         .         PUNCT .   2  punct -
"""


def test_insisting_that_someone_do_something_demands_it_of_them() -> None:
    # "Chile insisted that Peru comply with the ruling": a mandative subjunctive, a demand on Peru (10)
    found = facts_with_roots(INSISTED)
    assert ("Chile", "demand", "Peru", "10") in found
    assert ("Chile", "insist", "Peru", "01") not in found


def test_insisting_that_someone_had_done_something_states_it() -> None:
    # "Chile insisted that Peru had complied": a statement (01), no demand
    table = """
    Chile     Chile     PROPN NNP 2  nsubj GPE
    insisted  insist    VERB  VBD 0  ROOT  -
    that      that      SCONJ IN  6  mark  -
    Peru      Peru      PROPN NNP 6  nsubj GPE
    had       have      AUX   VBD 6  aux   -
    complied  comply    VERB  VBN 2  ccomp -
    .         .         PUNCT .   2  punct -
    """
    found = facts_with_roots(table)
    assert ("Chile", "insist", "Peru", "01") in found
    assert ("Chile", "demand", "Peru", "10") not in found


def test_demanding_that_someone_do_something_demands_it_of_them() -> None:
    # "Peru demanded that Chile withdraw its troops": "demand" reports nothing, but asks it of Chile (10)
    table = """
    Peru      Peru      PROPN NNP 2  nsubj GPE
    demanded  demand    VERB  VBD 0  ROOT  -
    that      that      SCONJ IN  5  mark  -
    Chile     Chile     PROPN NNP 5  nsubj GPE
    withdraw  withdraw  VERB  VB  2  ccomp -
    its       its       PRON  PRP$ 7 poss  -
    troops    troop     NOUN  NNS 5  dobj  -
    .         .         PUNCT .   2  punct -
    """
    assert ("Peru", "demand", "Chile", "10") in facts_with_roots(table)


def test_urging_that_someone_do_something_appeals_to_them() -> None:
    # "Peru urged that Chile open its border": an appeal (02)
    table = """
    Peru      Peru      PROPN NNP 2  nsubj GPE
    urged     urge      VERB  VBD 0  ROOT  -
    that      that      SCONJ IN  5  mark  -
    Chile     Chile     PROPN NNP 5  nsubj GPE
    open      open      VERB  VB  2  ccomp -
    its       its       PRON  PRP$ 7 poss  -
    border    border    NOUN  NN  5  dobj  -
    .         .         PUNCT .   2  punct -
    """
    assert ("Peru", "urge", "Chile", "02") in facts_with_roots(table)


def test_exceeding_a_bodys_quota_defies_it() -> None:
    # "Gabon exceeded its OPEC quota": the limit OPEC set is broken (128, root 12)
    table = """
    Gabon     Gabon     PROPN NNP 2  nsubj    GPE
    exceeded  exceed    VERB  VBD 0  ROOT     -
    its       its       PRON  PRP$ 5 poss     -
    OPEC      OPEC      PROPN NNP 5  compound ORG
    quota     quota     NOUN  NN  2  dobj     -
    .         .         PUNCT .   2  punct    -
    """
    opec = _label(table, "opec")
    assert ("Gabon", "exceed quota of", opec, "12") in facts_with_roots(table)


def test_accepting_a_bodys_ruling_yields_to_it() -> None:
    # "Chile accepted the OPEC ruling": yielding to the body (08), as complying with it is
    table = """
    Chile     Chile     PROPN NNP 2  nsubj    GPE
    accepted  accept    VERB  VBD 0  ROOT     -
    the       the       DET   DT  5  det      -
    OPEC      OPEC      PROPN NNP 5  compound ORG
    ruling    ruling    NOUN  NN  2  dobj     -
    .         .         PUNCT .   2  punct    -
    """
    opec = _label(table, "opec")
    assert ("Chile", "accept ruling of", opec, "08") in facts_with_roots(table)


def test_a_proposal_after_a_bodys_name_is_the_bodys() -> None:
    # "Norway rejected the Commission proposal", as "the Commission's proposal": reject proposal of it
    table = """
    Norway     Norway     PROPN NNP 2  nsubj    GPE
    rejected   reject     VERB  VBD 0  ROOT     -
    the        the        DET   DT  5  det      -
    Commission Commission PROPN NNP 5  compound ORG
    proposal   proposal   NOUN  NN  2  dobj     -
    .          .          PUNCT .   2  punct    -
    """
    commission = _label(table, "commission")
    assert ("Norway", "reject proposal of", commission, "12") in facts_with_roots(table)


def test_a_bodys_proposal_rejected_in_the_passive_keeps_the_proposal_in_the_predicate() -> None:
    # "The Commission proposal was rejected by Norway": as the active, "reject proposal of" the Commission
    table = """
    The        the        DET   DT  3  det       -
    Commission Commission PROPN NNP 3  compound  ORG
    proposal   proposal   NOUN  NN  5  nsubjpass -
    was        be         AUX   VBD 5  auxpass   -
    rejected   reject     VERB  VBN 0  ROOT      -
    by         by         ADP   IN  5  agent     -
    Norway     Norway     PROPN NNP 6  pobj      GPE
    .          .          PUNCT .   5  punct     -
    """
    commission = _label(table, "commission")
    assert ("Norway", "reject proposal of", commission, "12") in facts_with_roots(table)


def test_a_request_the_parser_hangs_on_the_object_is_still_the_askers() -> None:
    # "Chile postponed the deadline at Peru's request", "at" hung on "deadline": Peru asked Chile (02)
    table = """
    Chile      Chile      PROPN NNP 2  nsubj GPE
    postponed  postpone   VERB  VBD 0  ROOT  -
    the        the        DET   DT  4  det   -
    deadline   deadline   NOUN  NN  2  dobj  -
    at         at         ADP   IN  4  prep  -
    Peru       Peru       PROPN NNP 8  poss  GPE
    's         's         PART  POS 6  case  -
    request    request    NOUN  NN  5  pobj  -
    .          .          PUNCT .   2  punct -
    """
    assert ("Peru", "request", "Chile", "02") in facts_with_roots(table)


def test_asking_that_someone_be_dealt_with_asks_nothing_of_them() -> None:
    # "Chile asked that Peru be suspended": Peru is the one to be suspended, not the one asked
    table = """
    Chile      Chile      PROPN NNP 2  nsubj     GPE
    asked      ask        VERB  VBD 0  ROOT      -
    that       that       SCONJ IN  6  mark      -
    Peru       Peru       PROPN NNP 6  nsubjpass GPE
    be         be         AUX   VB  6  auxpass   -
    suspended  suspend    VERB  VBN 2  ccomp     -
    .          .          PUNCT .   2  punct     -
    """
    assert not any(fact[1] in ("urge", "demand") for fact in facts_with_roots(table))
