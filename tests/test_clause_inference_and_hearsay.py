"""What a speaker infers and what hearsay says (wave 24): "must have known" or "should make a good match"
is the speaker's conclusion, no demand or appeal; what "reports" or "speculation" say is no fact.

Each test states its parse by hand (tests/hand_docs.py), so no model update moves it;
the sentences are ours."""

from __future__ import annotations

from hand_docs import by_rule, facts, read


def _stances(table: str) -> set[str]:
    return {r.predicate for r in by_rule(read(table), "speech_content")}


def test_a_perfect_after_must_is_an_inference_not_a_demand() -> None:
    """ "Chile said Peru must have known about the loans": Chile concludes; nobody can be ordered to have
    known."""
    stances = _stances("""
    Chile   Chile  PROPN NNP 2  nsubj  GPE
    said    say    VERB  VBD 0  ROOT   -
    Peru    Peru   PROPN NNP 6  nsubj  GPE
    must    must   AUX   MD  6  aux    -
    have    have   AUX   VB  6  aux    -
    known   know   VERB  VBN 2  ccomp  -
    about   about  ADP   IN  6  prep   -
    the     the    DET   DT  9  det    -
    loans   loan   NOUN  NNS 7  pobj   -
    .       .      PUNCT .   2  punct  -
    """)
    assert stances == {"say"}


def test_a_perfect_after_has_to_is_an_inference_not_a_demand() -> None:
    """ "Chile said Peru has to have seen the ships": "has to" concludes here as "must" does."""
    stances = _stances("""
    Chile   Chile  PROPN NNP 2  nsubj  GPE
    said    say    VERB  VBD 0  ROOT   -
    Peru    Peru   PROPN NNP 4  nsubj  GPE
    has     have   VERB  VBZ 2  ccomp  -
    to      to     PART  TO  7  aux    -
    have    have   AUX   VB  7  aux    -
    seen    see    VERB  VBN 4  xcomp  -
    the     the    DET   DT  9  det    -
    ships   ship   NOUN  NNS 7  dobj   -
    .       .      PUNCT .   2  punct  -
    """)
    assert stances == {"say"}


def test_has_to_with_a_deed_is_still_a_demand() -> None:
    """ "Chile said Peru has to stop the flights" orders Peru (CAMEO 10), as before."""
    stances = _stances("""
    Chile    Chile   PROPN NNP 2  nsubj  GPE
    said     say     VERB  VBD 0  ROOT   -
    Peru     Peru    PROPN NNP 4  nsubj  GPE
    has      have    VERB  VBZ 2  ccomp  -
    to       to      PART  TO  6  aux    -
    stop     stop    VERB  VB  4  xcomp  -
    the      the     DET   DT  8  det    -
    flights  flight  NOUN  NNS 6  dobj   -
    .        .       PUNCT .   2  punct  -
    """)
    assert stances == {"demand"}


def test_a_state_after_should_is_no_appeal() -> None:
    """ "Chile said Acme and Zenith should make a good match": a forecast of a fit, not advice to either."""
    stances = _stances("""
    Chile   Chile   PROPN NNP 2  nsubj  GPE
    said    say     VERB  VBD 0  ROOT   -
    Acme    Acme    PROPN NNP 7  nsubj  ORG
    and     and     CCONJ CC  3  cc     -
    Zenith  Zenith  PROPN NNP 3  conj   ORG
    should  should  AUX   MD  7  aux    -
    make    make    VERB  VB  2  ccomp  -
    a       a       DET   DT  10 det    -
    good    good    ADJ   JJ  10 amod   -
    match   match   NOUN  NN  7  dobj   -
    .       .       PUNCT .   2  punct  -
    """)
    assert "urge" not in stances


def test_being_aware_is_inferred_being_accountable_is_demanded() -> None:
    """ "Chile said Peru must be aware of the risk" concludes; "… must be accountable" demands."""
    for state, stance in (("aware", "say"), ("accountable", "demand")):
        stances = _stances(f"""
        Chile   Chile   PROPN NNP 2  nsubj  GPE
        said    say     VERB  VBD 0  ROOT   -
        Peru    Peru    PROPN NNP 5  nsubj  GPE
        must    must    AUX   MD  5  aux    -
        be      be      AUX   VB  2  ccomp  -
        {state} {state} ADJ   JJ  5  acomp  -
        .       .       PUNCT .   2  punct  -
        """)
        assert stances == {stance}, state


def test_an_event_is_urged_nothing() -> None:
    """ "Chile said the referendum should settle the dispute": the vote is no one to appeal to."""
    reading = read("""
    Chile       Chile       PROPN NNP 2  nsubj  GPE
    said        say         VERB  VBD 0  ROOT   -
    the         the         DET   DT  4  det    -
    referendum  referendum  NOUN  NN  6  nsubj  -
    should      should      AUX   MD  6  aux    -
    settle      settle      VERB  VB  2  ccomp  -
    the         the         DET   DT  8  det    -
    dispute     dispute     NOUN  NN  6  dobj   -
    .           .           PUNCT .   2  punct  -
    """)
    said = by_rule(reading, "speech_content")
    assert said and all(r.object.entity_id.startswith("event:") for r in said)
    assert not any(r.predicate in ("urge", "demand") for r in said)


def test_what_reports_say_is_no_fact() -> None:
    """ "Chile declined to comment on reports that Peru had armed Bolivia": the article does not say Peru
    armed anyone, and Chile did not either."""
    reading = read("""
    Chile     Chile     PROPN NNP 2  nsubj  GPE
    declined  decline   VERB  VBD 0  ROOT   -
    to        to        PART  TO  4  aux    -
    comment   comment   VERB  VB  2  xcomp  -
    on        on        ADP   IN  4  prep   -
    reports   report    NOUN  NNS 5  pobj   -
    that      that      SCONJ IN  10 mark   -
    Peru      Peru      PROPN NNP 10 nsubj  GPE
    had       have      AUX   VBD 10 aux    -
    armed     arm       VERB  VBN 6  acl    -
    Bolivia   Bolivia   PROPN NNP 10 dobj   GPE
    .         .         PUNCT .   2  punct  -
    """)
    assert not any(r.predicate == "arm" for r in reading.relations)


def test_what_speculation_says_is_no_fact_however_the_parser_hangs_it() -> None:
    """ "The speech fuelled speculation that Peru will sanction Chile": the parser may hang the clause on
    the verb rather than on "speculation"; it opens right after the noun and its "that" all the same."""
    reading = read("""
    The          the          DET   DT  2  det    -
    speech       speech       NOUN  NN  3  nsubj  -
    fuelled      fuel         VERB  VBD 0  ROOT   -
    speculation  speculation  NOUN  NN  3  dobj   -
    that         that         SCONJ IN  8  mark   -
    Peru         Peru         PROPN NNP 8  nsubj  GPE
    will         will         AUX   MD  8  aux    -
    sanction     sanction     VERB  VB  3  ccomp  -
    Chile        Chile        PROPN NNP 8  dobj   GPE
    .            .            PUNCT .   3  punct  -
    """)
    assert not any("sanction" in r.predicate for r in reading.relations)


def test_what_speculation_says_is_no_fact() -> None:
    """ "The speech fuelled speculation that Peru has agreed to sanction Chile": no agreement, no sanction."""
    reading = read("""
    The          the          DET   DT  2  det    -
    speech       speech       NOUN  NN  3  nsubj  -
    fuelled      fuel         VERB  VBD 0  ROOT   -
    speculation  speculation  NOUN  NN  3  dobj   -
    that         that         SCONJ IN  8  mark   -
    Peru         Peru         PROPN NNP 8  nsubj  GPE
    has          have         AUX   VBZ 8  aux    -
    agreed       agree        VERB  VBN 4  acl    -
    to           to           PART  TO  10 aux    -
    sanction     sanction     VERB  VB  8  xcomp  -
    Chile        Chile        PROPN NNP 10 dobj   GPE
    .            .            PUNCT .   3  punct  -
    """)
    assert not any("sanction" in r.predicate for r in reading.relations)


def test_a_relative_clause_on_a_report_is_still_read() -> None:
    """ "Bolivia read a report that Chile sent to Peru": the clause says what Chile did with the report."""
    reading = read("""
    Bolivia  Bolivia  PROPN NNP 2  nsubj  GPE
    read     read     VERB  VBD 0  ROOT   -
    a        a        DET   DT  4  det    -
    report   report   NOUN  NN  2  dobj   -
    that     that     PRON  WDT 7  dobj   -
    Chile    Chile    PROPN NNP 7  nsubj  GPE
    sent     send     VERB  VBD 4  relcl  -
    to       to       ADP   IN  7  prep   -
    Peru     Peru     PROPN NNP 8  pobj   GPE
    .        .        PUNCT .   2  punct  -
    """)
    # (wave 86 H: the report the clause hangs on is what was sent, kept in the predicate)
    assert ("Chile", "send report to", "Peru") in facts(reading, "prep")


def test_what_a_speaker_says_in_a_report_is_still_theirs() -> None:
    """ "Chile said in its report, Peru armed Bolivia": set off by the comma, the clause is Chile's word,
    not what unnamed reports say."""
    reading = read("""
    Chile    Chile    PROPN NNP 2  nsubj  GPE
    said     say      VERB  VBD 0  ROOT   -
    in       in       ADP   IN  2  prep   -
    its      its      PRON  PRP$ 5 poss   -
    report   report   NOUN  NN  3  pobj   -
    ,        ,        PUNCT ,   8  punct  -
    Peru     Peru     PROPN NNP 8  nsubj  GPE
    armed    arm      VERB  VBD 2  ccomp  -
    Bolivia  Bolivia  PROPN NNP 8  dobj   GPE
    .        .        PUNCT .   2  punct  -
    """)
    assert ("Peru", "arm", "Bolivia") in facts(reading, "svo")


def test_readiness_to_act_is_the_act_to_come() -> None:
    """ "Chile said it was ready to attack Peru": Chile's stated readiness, an attack that may come ("may",
    wave 27: "will" overstated it), on Chile's word; not nothing, and not an attack done."""
    reading = read("""
    Chile   Chile   PROPN NNP 2  nsubj  GPE
    said    say     VERB  VBD 0  ROOT   -
    it      it      PRON  PRP 4  nsubj  -
    was     be      AUX   VBD 2  ccomp  -
    ready   ready   ADJ   JJ  4  acomp  -
    to      to      PART  TO  7  aux    -
    attack  attack  VERB  VB  5  xcomp  -
    Peru    Peru    PROPN NNP 7  dobj   GPE
    .       .       PUNCT .   2  punct  -
    """)
    [attack] = [r for r in by_rule(reading, "svo") if r.predicate == "attack"]
    assert attack.subject.entity_id == "country:CHL" and attack.object.entity_id == "country:PER"
    assert (attack.modality, attack.negated, attack.attributed_to) == ("may", False, "country:CHL")


def test_willingness_not_to_meet_is_no_meeting_to_come() -> None:
    """ "Chile is not willing to meet Peru": no meeting it stands ready for."""
    reading = read("""
    Chile    Chile    PROPN NNP 2  nsubj  GPE
    is       be       AUX   VBZ 0  ROOT   -
    not      not      PART  RB  2  neg    -
    willing  willing  ADJ   JJ  2  acomp  -
    to       to       PART  TO  6  aux    -
    meet     meet     VERB  VB  4  xcomp  -
    Peru     Peru     PROPN NNP 6  dobj   GPE
    .        .        PUNCT .   2  punct  -
    """)
    [meeting] = [r for r in reading.relations if "meet" in r.predicate]
    assert (meeting.modality, meeting.negated) == ("may", True)


def test_what_should_become_of_a_firms_costs_is_a_forecast() -> None:
    """ "Chile said Acme's costs should fall": a forecast of a measure of Acme's, no appeal to Acme."""
    stances = _stances("""
    Chile   Chile   PROPN NNP 2  nsubj  GPE
    said    say     VERB  VBD 0  ROOT   -
    Acme    Acme    PROPN NNP 5  poss   ORG
    's      's      PART  POS 3  case   -
    costs   cost    NOUN  NNS 7  nsubj  -
    should  should  AUX   MD  7  aux    -
    fall    fall    VERB  VB  2  ccomp  -
    .       .       PUNCT .   2  punct  -
    """)
    assert "urge" not in stances


def test_what_must_become_of_a_states_attacks_is_still_demanded_of_it() -> None:
    """ "Chile said Peru's attacks must stop": Peru's own acts, demanded of Peru (CAMEO 10), as before."""
    stances = _stances("""
    Chile    Chile   PROPN NNP 2  nsubj  GPE
    said     say     VERB  VBD 0  ROOT   -
    Peru     Peru    PROPN NNP 5  poss   GPE
    's       's      PART  POS 3  case   -
    attacks  attack  NOUN  NNS 7  nsubj  -
    must     must    AUX   MD  7  aux    -
    stop     stop    VERB  VB  2  ccomp  -
    .        .       PUNCT .   2  punct  -
    """)
    assert stances == {"demand"}
