"""Refusals, vows and subjectless infinitives (wave 23): a refusal to speak is no statement made, a vow
of force is a threat, and "it is necessary to X" names nobody who does X.

Each test states its parse by hand (tests/hand_docs.py), so no model update moves it;
the sentences are ours."""

from __future__ import annotations

from hand_docs import by_rule, facts, facts_with_roots, read


def test_declining_to_say_whether_a_state_acted_is_no_statement_about_it() -> None:
    """ "Chile declined to say whether Peru had armed the rebels": Chile withheld a statement (CAMEO 011);
    it said nothing of Peru, least of all that Peru armed anyone."""
    reading = read("""
    Chile     Chile     PROPN NNP 2  nsubj  GPE
    declined  decline   VERB  VBD 0  ROOT   -
    to        to        PART  TO  4  aux    -
    say       say       VERB  VB  2  xcomp  -
    whether   whether   SCONJ IN  8  mark   -
    Peru      Peru      PROPN NNP 8  nsubj  GPE
    had       have      AUX   VBD 8  aux    -
    armed     arm       VERB  VBN 4  ccomp  -
    the       the       DET   DT  10 det    -
    rebels    rebel     NOUN  NNS 8  dobj   -
    .         .         PUNCT .   2  punct  -
    """)
    assert facts(reading, "speech_content") == {("Chile", "decline to say", "Peru")}
    [withheld] = by_rule(reading, "speech_content")
    assert withheld.event_code == "011" and not withheld.negated


def test_declining_to_comment_on_a_state_is_a_comment_withheld_not_a_rejection() -> None:
    """ "Chile declined to comment on Peru": 01 (a statement withheld), not 12 (Peru was not rejected)."""
    reading = read("""
    Chile     Chile     PROPN NNP 2  nsubj  GPE
    declined  decline   VERB  VBD 0  ROOT   -
    to        to        PART  TO  4  aux    -
    comment   comment   VERB  VB  2  xcomp  -
    on        on        ADP   IN  4  prep   -
    Peru      Peru      PROPN NNP 5  pobj   GPE
    .         .         PUNCT .   2  punct  -
    """)
    assert facts(reading, "prep") == {("Chile", "decline to comment on", "Peru")}
    [withheld] = by_rule(reading, "prep")
    assert withheld.event_code == "011"


def test_refusing_a_deed_stays_a_rejection() -> None:
    """ "Chile refused to recognise Peru": the refusal of an act is a rejection (12), as before."""
    reading = read("""
    Chile      Chile      PROPN NNP 2  nsubj  GPE
    refused    refuse     VERB  VBD 0  ROOT   -
    to         to         PART  TO  4  aux    -
    recognise  recognise  VERB  VB  2  xcomp  -
    Peru       Peru       PROPN NNP 4  dobj   GPE
    .          .          PUNCT .   2  punct  -
    """)
    [refused] = by_rule(reading, "svo")
    assert refused.predicate == "refuse to recognise" and refused.event_root == "12"


def test_an_infinitive_after_it_is_necessary_has_no_doer_in_the_sentence() -> None:
    """ "Chile says it is necessary to arm Peru": the "it" stands for "to arm Peru"; nobody is named as
    arming Peru, least of all Chile (whom the "it" would otherwise be taken for)."""
    reading = read("""
    Chile      Chile      PROPN NNP 2  nsubj  GPE
    says       say        VERB  VBZ 0  ROOT   -
    it         it         PRON  PRP 4  nsubj  -
    is         be         AUX   VBZ 2  ccomp  -
    necessary  necessary  ADJ   JJ  4  acomp  -
    to         to         PART  TO  7  aux    -
    arm        arm        VERB  VB  4  xcomp  -
    Peru       Peru       PROPN NNP 7  dobj   GPE
    .          .          PUNCT .   2  punct  -
    """)
    assert not any(r.predicate == "arm" for r in reading.relations)


def test_the_state_of_the_sentence_before_does_not_do_what_it_is_vital_to_do() -> None:
    """ "Bolivia is weak. It is vital to arm Peru": coreference may take the "it" for Bolivia; it is empty."""
    reading = read("""
    Bolivia  Bolivia  PROPN NNP 2  nsubj  GPE
    is       be       AUX   VBZ 0  ROOT   -
    weak     weak     ADJ   JJ  2  acomp  -
    .        .        PUNCT .   2  punct  -
    It       it       PRON  PRP 6  nsubj  -
    is       be       AUX   VBZ 0  ROOT   -
    vital    vital    ADJ   JJ  6  acomp  -
    to       to       PART  TO  9  aux    -
    arm      arm      VERB  VB  6  xcomp  -
    Peru     Peru     PROPN NNP 9  dobj   GPE
    .        .        PUNCT .   6  punct  -
    """)
    assert not any(r.predicate == "arm" for r in reading.relations)


def test_it_without_an_infinitive_still_refers() -> None:
    """ "Chile said it was important to Peru": no infinitive, so "it" is Chile (as before)."""
    reading = read("""
    Chile      Chile      PROPN NNP 2  nsubj  GPE
    said       say        VERB  VBD 0  ROOT   -
    it         it         PRON  PRP 4  nsubj  -
    was        be         AUX   VBD 2  ccomp  -
    important  important  ADJ   JJ  4  acomp  -
    to         to         ADP   IN  5  prep   -
    Peru       Peru       PROPN NNP 6  pobj   GPE
    .          .          PUNCT .   2  punct  -
    """)
    assert ("Chile", "be important to", "Peru") in facts(reading, "copula")


def test_a_vow_to_attack_is_a_threat_not_yet_an_attack() -> None:
    """ "Peru vowed to attack Chile": a promise of force threatens Chile (138); no attack (19) took place."""
    reading = read("""
    Peru    Peru    PROPN NNP 2  nsubj  GPE
    vowed   vow     VERB  VBD 0  ROOT   -
    to      to      PART  TO  4  aux    -
    attack  attack  VERB  VB  2  xcomp  -
    Chile   Chile   PROPN NNP 4  dobj   GPE
    .       .       PUNCT .   2  punct  -
    """)
    assert facts(reading, "svo") == {("Peru", "vow to attack", "Chile")}
    [vowed] = by_rule(reading, "svo")
    assert vowed.event_code == "138"


def test_a_pledge_to_help_is_an_intent_to_aid_not_yet_aid() -> None:
    """ "Peru pledged to help Chile": an intent to provide aid (033), not aid given (07)."""
    reading = read("""
    Peru     Peru     PROPN NNP 2  nsubj  GPE
    pledged  pledge   VERB  VBD 0  ROOT   -
    to       to       PART  TO  4  aux    -
    help     help     VERB  VB  2  xcomp  -
    Chile    Chile    PROPN NNP 4  dobj   GPE
    .        .        PUNCT .   2  punct  -
    """)
    [pledged] = by_rule(reading, "svo")
    assert (pledged.predicate, pledged.event_code) == ("pledge to help", "033")


def test_what_a_speaker_declines_to_confirm_is_no_fact_of_theirs() -> None:
    """ "Chile declined to confirm that Peru had armed Bolivia": no arming is reported, by Chile or the
    text."""
    reading = read("""
    Chile     Chile     PROPN NNP 2  nsubj  GPE
    declined  decline   VERB  VBD 0  ROOT   -
    to        to        PART  TO  4  aux    -
    confirm   confirm   VERB  VB  2  xcomp  -
    that      that      SCONJ IN  8  mark   -
    Peru      Peru      PROPN NNP 8  nsubj  GPE
    had       have      AUX   VBD 8  aux    -
    armed     arm       VERB  VBN 4  ccomp  -
    Bolivia   Bolivia   PROPN NNP 8  dobj   GPE
    .         .         PUNCT .   2  punct  -
    """)
    assert not any(r.predicate == "arm" for r in reading.relations)
    assert facts(reading, "speech_content") == {("Chile", "decline to confirm", "Peru")}


_DECLINED_TO = """
    Ana       Ana       PROPN NNP 2  compound PERSON
    Ruiz      Ruiz      PROPN NNP 3  nsubj    I-PERSON
    declined  decline   VERB  VBD 0  ROOT     -
    to        to        PART  TO  5  aux      -
    {verb}    {verb}    VERB  VB  3  xcomp    -
    how       how       SCONJ WRB 7  advmod   -
    much      much      ADJ   JJ  8  amod     -
    aid       aid       NOUN  NN  11 dobj     -
    Chile     Chile     PROPN NNP 11 nsubj    GPE
    would     would     AUX   MD  11 aux      -
    give      give      VERB  VB  5  ccomp    -
    Peru      Peru      PROPN NNP 11 dative   GPE
    .         .         PUNCT .   3  punct    -
    """


def test_declining_to_specify_withholds_the_clause_and_is_no_rejection() -> None:
    # "declined to specify (elaborate on, detail) how much aid Chile would give Peru": a refusal to comment
    # (CAMEO 011), as "declined to say" is; the clause is not told, let alone as done (lead, after round 50)
    for verb in ("specify", "elaborate", "detail"):
        found = facts_with_roots(_DECLINED_TO.format(verb=verb))
        assert not any(s == "Chile" for s, _, _, _ in found), verb
        assert {root for s, _, _, root in found if s == "Ana Ruiz"} <= {"01"}, verb
