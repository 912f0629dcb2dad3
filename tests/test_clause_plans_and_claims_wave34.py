"""Plans are not deeds, claims keep their source (wave 34): an act only hoped for ("hopes to sign"), told in a
clause of time under an act to come ("will sign X before meeting Y"), or told as a leg of a journey in the
present ("travels to Lima after Quito", "flies to Lima on Monday and goes on to Quito") keeps a modality; what
the wire's trades say ("dealers said", "according to traders") keeps them as its source, and what anyone only
speculates is a possibility of its doer. Each test states its parse by hand (tests/hand_docs.py); the
sentences are ours."""

from __future__ import annotations

from geokg.extract.clauses.relations import Relation
from hand_docs import read


def _predicated(table: str, predicate: str) -> list[Relation]:
    found = [r for r in read(table).relations if r.predicate == predicate]
    assert found, f"no {predicate!r} read"
    return found


def _said(table: str, predicate: str) -> set[tuple[bool, str | None, str | None]]:
    return {(r.negated, r.modality, r.attributed_to) for r in _predicated(table, predicate)}


def test_an_act_only_hoped_for_is_a_possibility() -> None:
    """ "Chile hopes to sign a treaty with Peru": a hope is no treaty signed, nor a plan of its own."""
    table = """
    Chile      Chile      PROPN NNP  2  nsubj  GPE
    hopes      hope       VERB  VBZ  0  ROOT   -
    to         to         PART  TO   4  aux    -
    sign       sign       VERB  VB   2  xcomp  -
    a          a          DET   DT   6  det    -
    treaty     treaty     NOUN  NN   4  dobj   -
    with       with       ADP   IN   4  prep   -
    Peru       Peru       PROPN NNP  7  pobj   GPE
    .          .          PUNCT .    2  punct  -
    """
    assert {r.modality for r in _predicated(table, "hope to sign treaty with")} == {"may"}


# "Chile will sign a treaty with Peru before meeting Bolivia."
BEFORE_MEETING = """
    Chile      Chile      PROPN NNP  3  nsubj  GPE
    will       will       AUX   MD   3  aux    -
    sign       sign       VERB  VB   0  ROOT   -
    a          a          DET   DT   5  det    -
    treaty     treaty     NOUN  NN   3  dobj   -
    with       with       ADP   IN   3  prep   -
    Peru       Peru       PROPN NNP  6  pobj   GPE
    before     before     ADP   IN   3  prep   -
    meeting    meet       VERB  VBG  8  pcomp  -
    Bolivia    Bolivia    PROPN NNP  9  dobj   GPE
    .          .          PUNCT .    3  punct  -
"""


def test_a_gerund_of_time_under_an_act_to_come_is_to_come() -> None:
    assert {r.modality for r in _predicated(BEFORE_MEETING, "meet with")} == {"will"}


def test_a_gerund_of_time_under_a_deed_done_is_done() -> None:
    """ "Chile signed a treaty with Peru before meeting Bolivia": the meeting took place."""
    table = BEFORE_MEETING.replace("will       will       AUX   MD   3  aux    -", "").replace(
        "sign       sign       VERB  VB", "signed     sign       VERB  VBD"
    )
    rows = [line.split() for line in table.strip().splitlines() if line.strip()]
    for row in rows:
        head = int(row[4])
        row[4] = str(head - 1 if head > 2 else head)
    table = "\n".join("    " + " ".join(row) for row in rows)
    assert {r.modality for r in _predicated(table, "meet with")} == {None}


def test_a_present_clause_of_time_under_an_act_to_come_is_to_come() -> None:
    """ "Chile would sign a treaty after Peru meets Bolivia": the meeting is the condition's time, to come."""
    table = """
    Chile      Chile      PROPN NNP  3  nsubj  GPE
    would      would      AUX   MD   3  aux    -
    sign       sign       VERB  VB   0  ROOT   -
    a          a          DET   DT   5  det    -
    treaty     treaty     NOUN  NN   3  dobj   -
    after      after      SCONJ IN   8  mark   -
    Peru       Peru       PROPN NNP  8  nsubj  GPE
    meets      meet       VERB  VBZ  3  advcl  -
    Bolivia    Bolivia    PROPN NNP  8  dobj   GPE
    .          .          PUNCT .    3  punct  -
    """
    assert {r.modality for r in _predicated(table, "meet with")} == {"would"}


def test_a_leg_of_a_journey_after_a_place_is_to_come() -> None:
    """ "Ortega travels to Lima after Quito": the itinerary of a trip, not a trip made."""
    table = """
    Ortega     Ortega     PROPN NNP  2  nsubj  PERSON
    travels    travel     VERB  VBZ  0  ROOT   -
    to         to         ADP   IN   2  prep   -
    Lima       Lima       PROPN NNP  3  pobj   GPE
    after      after      ADP   IN   2  prep   -
    Quito      Quito      PROPN NNP  5  pobj   GPE
    .          .          PUNCT .    2  punct  -
    """
    assert {r.modality for r in _predicated(table, "travel to")} == {"will"}


# "Ortega flies to Lima on Monday and goes on to Quito."
FLIES_ON = """
    Ortega     Ortega     PROPN NNP  2  nsubj  PERSON
    flies      fly        VERB  VBZ  0  ROOT   -
    to         to         ADP   IN   2  prep   -
    Lima       Lima       PROPN NNP  3  pobj   GPE
    on         on         ADP   IN   2  prep   -
    Monday     Monday     PROPN NNP  5  pobj   DATE
    and        and        CCONJ CC   2  cc     -
    goes       go         VERB  VBZ  2  conj   -
    on         on         ADP   RP   8  prt    -
    to         to         ADP   IN   8  prep   -
    Quito      Quito      PROPN NNP  10 pobj   GPE
    .          .          PUNCT .    2  punct  -
"""


def test_the_next_leg_of_a_scheduled_journey_is_to_come() -> None:
    assert {r.modality for r in _predicated(FLIES_ON, "go on to")} == {"will"}


def test_a_journey_gone_on_in_the_past_is_done() -> None:
    """ "Ortega flew to Lima on Monday and went on to Quito": both legs are done."""
    table = FLIES_ON.replace("flies      fly        VERB  VBZ", "flew       fly        VERB  VBD").replace(
        "goes       go         VERB  VBZ", "went       go         VERB  VBD"
    )
    assert {r.modality for r in _predicated(table, "go on to")} == {None}


def test_what_dealers_say_is_theirs() -> None:
    """ "Dealers said Chile sold copper to Peru": the dealers' claim, which the article passes on."""
    table = """
    Dealers    Dealers    PROPN NNPS 2  nsubj  -
    said       say        VERB  VBD  0  ROOT   -
    Chile      Chile      PROPN NNP  4  nsubj  GPE
    sold       sell       VERB  VBD  2  ccomp  -
    copper     copper     NOUN  NN   4  dobj   -
    to         to         ADP   IN   4  dative -
    Peru       Peru       PROPN NNP  6  pobj   GPE
    .          .          PUNCT .    2  punct  -
    """
    assert _said(table, "sell copper to") == {(False, None, "source:dealers")}


def test_what_is_according_to_traders_is_theirs() -> None:
    """ "According to traders, Chile sold copper to Peru." """
    table = """
    According  accord     VERB  VBG  6  prep   -
    to         to         ADP   IN   1  prep   -
    traders    trader     NOUN  NNS  2  pobj   -
    ,          ,          PUNCT ,    6  punct  -
    Chile      Chile      PROPN NNP  6  nsubj  GPE
    sold       sell       VERB  VBD  0  ROOT   -
    copper     copper     NOUN  NN   6  dobj   -
    to         to         ADP   IN   6  dative -
    Peru       Peru       PROPN NNP  8  pobj   GPE
    .          .          PUNCT .    6  punct  -
    """
    assert _said(table, "sell copper to") == {(False, None, "source:traders")}


def test_what_is_speculated_is_a_possibility_of_its_doer() -> None:
    """ "Bankers speculated that Chile would sell copper to Peru": no plan of Chile's, and the bankers'."""
    table = """
    Bankers    banker     NOUN  NNS  2  nsubj  -
    speculated speculate  VERB  VBD  0  ROOT   -
    that       that       SCONJ IN   6  mark   -
    Chile      Chile      PROPN NNP  6  nsubj  GPE
    would      would      AUX   MD   6  aux    -
    sell       sell       VERB  VB   2  ccomp  -
    copper     copper     NOUN  NN   6  dobj   -
    to         to         ADP   IN   6  dative -
    Peru       Peru       PROPN NNP  8  pobj   GPE
    .          .          PUNCT .    2  punct  -
    """
    assert _said(table, "sell copper to") == {(False, "may", "source:bankers")}


def test_sources_close_to_someone_are_no_words_of_theirs() -> None:
    """ "Sources close to Ortega said Chile would sell copper to Peru": Ortega is the sources' entity, whom
    the content is attributed to, but Ortega said nothing: no "Ortega say Chile"."""
    table = """
    Sources    source     NOUN  NNS  4  nsubj  -
    close      close      ADJ   JJ   1  amod   -
    to         to         ADP   IN   2  prep   -
    Ortega     Ortega     PROPN NNP  3  pobj   PERSON
    said       say        VERB  VBD  0  ROOT   -
    Chile      Chile      PROPN NNP  8  nsubj  GPE
    would      would      AUX   MD   8  aux    -
    sell       sell       VERB  VB   5  ccomp  -
    copper     copper     NOUN  NN   8  dobj   -
    to         to         ADP   IN   8  dative -
    Peru       Peru       PROPN NNP  10 pobj   GPE
    .          .          PUNCT .    5  punct  -
    """
    table = table.replace("4  nsubj  -", "5  nsubj  -")
    reading = read(table)
    assert not [r for r in reading.relations if r.predicate == "say"]
    assert {(r.modality, r.attributed_to) for r in reading.relations if r.predicate == "sell copper to"} == {
        ("would", "person:ortega")
    }


def test_a_time_to_come_hung_on_the_object_schedules_the_act() -> None:
    """ "Chile opens talks on Monday with Peru": the parser hangs "on Monday" on "talks"; still to come."""
    table = """
    Chile      Chile      PROPN NNP  2  nsubj  GPE
    opens      open       VERB  VBZ  0  ROOT   -
    talks      talk       NOUN  NNS  2  dobj   -
    on         on         ADP   IN   3  prep   -
    Monday     Monday     PROPN NNP  4  pobj   DATE
    with       with       ADP   IN   2  prep   -
    Peru       Peru       PROPN NNP  6  pobj   GPE
    .          .          PUNCT .    2  punct  -
    """
    found = [r for r in read(table).relations if r.object.entity_id == "country:PER"]
    assert found and {r.modality for r in found} == {"will"}


def test_a_present_progressive_with_a_time_of_day_to_come_is_scheduled() -> None:
    """ "Ortega is meeting Ruiz this evening": the meeting has not happened yet."""
    table = """
    Ortega     Ortega     PROPN NNP  3  nsubj  PERSON
    is         be         AUX   VBZ  3  aux    -
    meeting    meet       VERB  VBG  0  ROOT   -
    Ruiz       Ruiz       PROPN NNP  3  dobj   PERSON
    this       this       DET   DT   6  det    TIME
    evening    evening    NOUN  NN   3  npadvmod I-TIME
    .          .          PUNCT .    3  punct  -
    """
    assert {r.modality for r in _predicated(table, "meet with")} == {"will"}


# "Ortega was quoted as saying Chile would sell copper to Peru."
QUOTED_AS = """
    Ortega     Ortega     PROPN NNP  3  nsubjpass PERSON
    was        be         AUX   VBD  3  auxpass   -
    quoted     quote      VERB  VBN  0  ROOT      -
    as         as         ADP   IN   3  prep      -
    saying     say        VERB  VBG  4  pcomp     -
    Chile      Chile      PROPN NNP  8  nsubj     GPE
    would      would      AUX   MD   8  aux       -
    sell       sell       VERB  VB   5  ccomp     -
    copper     copper     NOUN  NN   8  dobj      -
    to         to         ADP   IN   8  dative    -
    Peru       Peru       PROPN NNP  10 pobj      GPE
    .          .          PUNCT .    3  punct     -
"""


def test_who_is_quoted_as_saying_said_it() -> None:
    assert _said(QUOTED_AS, "sell copper to") == {(False, "would", "person:ortega")}


def test_dealers_quoted_as_saying_are_the_source() -> None:
    """ "Dealers were quoted as saying Chile would sell copper to Peru." """
    ortega = "Ortega     Ortega     PROPN NNP  3  nsubjpass PERSON"
    dealers = "Dealers    dealer     NOUN  NNS  3  nsubjpass -"
    was, were = "was        be         AUX   VBD", "were       be         AUX   VBD"
    table = QUOTED_AS.replace(ortega, dealers).replace(was, were)
    assert _said(table, "sell copper to") == {(False, "would", "source:dealers")}


def test_what_rumours_say_is_a_possibility() -> None:
    """ "Market rumours said Chile would sell copper to Peru": a rumour is no plan of Chile's."""
    table = """
    Market     market     NOUN  NN   2  compound -
    rumours    rumour     NOUN  NNS  3  nsubj  -
    said       say        VERB  VBD  0  ROOT   -
    Chile      Chile      PROPN NNP  6  nsubj  GPE
    would      would      AUX   MD   6  aux    -
    sell       sell       VERB  VB   3  ccomp  -
    copper     copper     NOUN  NN   6  dobj   -
    to         to         ADP   IN   6  dative -
    Peru       Peru       PROPN NNP  8  pobj   GPE
    .          .          PUNCT .    3  punct  -
    """
    assert {r.modality for r in _predicated(table, "sell copper to")} == {"may"}


def test_one_trader_is_a_source_too() -> None:
    """ "One trader said Chile sold copper to Peru." """
    table = """
    One        one        NUM   CD   2  nummod -
    trader     trader     NOUN  NN   3  nsubj  -
    said       say        VERB  VBD  0  ROOT   -
    Chile      Chile      PROPN NNP  5  nsubj  GPE
    sold       sell       VERB  VBD  3  ccomp  -
    copper     copper     NOUN  NN   5  dobj   -
    to         to         ADP   IN   5  dative -
    Peru       Peru       PROPN NNP  7  pobj   GPE
    .          .          PUNCT .    3  punct  -
    """
    assert _said(table, "sell copper to") == {(False, None, "source:trader")}


def test_they_who_report_after_unnamed_sources_are_those_sources() -> None:
    """ "Bankers said Chile paid Peru. They said Chile would sell copper to Peru." """
    table = """
    Bankers    banker     NOUN  NNS  2  nsubj  -
    said       say        VERB  VBD  0  ROOT   -
    Chile      Chile      PROPN NNP  4  nsubj  GPE
    paid       pay        VERB  VBD  2  ccomp  -
    Peru       Peru       PROPN NNP  4  dobj   GPE
    .          .          PUNCT .    2  punct  -
    They       they       PRON  PRP  8  nsubj  -
    said       say        VERB  VBD  0  ROOT   -
    Chile      Chile      PROPN NNP  11 nsubj  GPE
    would      would      AUX   MD   11 aux    -
    sell       sell       VERB  VB   8  ccomp  -
    copper     copper     NOUN  NN   11 dobj   -
    to         to         ADP   IN   11 dative -
    Peru       Peru       PROPN NNP  13 pobj   GPE
    .          .          PUNCT .    8  punct  -
    """
    assert _said(table, "sell copper to") == {(False, "would", "source:bankers")}


# "Ortega will fly to Lima, where he meets Ruiz."
WHERE_HE_MEETS = """
    Ortega     Ortega     PROPN NNP  3  nsubj  PERSON
    will       will       AUX   MD   3  aux    -
    fly        fly        VERB  VB   0  ROOT   -
    to         to         ADP   IN   3  prep   -
    Lima       Lima       PROPN NNP  4  pobj   GPE
    ,          ,          PUNCT ,    5  punct  -
    where      where      SCONJ WRB  9  advmod -
    he         he         PRON  PRP  9  nsubj  -
    meets      meet       VERB  VBZ  5  relcl  -
    Ruiz       Ruiz       PROPN NNP  9  dobj   PERSON
    .          .          PUNCT .    3  punct  -
"""


def test_a_present_set_where_an_act_to_come_takes_place_is_to_come() -> None:
    assert {r.modality for r in _predicated(WHERE_HE_MEETS, "meet with")} == {"will"}


def test_a_present_set_where_a_deed_took_place_stays_as_it_is() -> None:
    """ "Ortega flew to Lima, where he meets Ruiz": nothing to come is told; the present stays plain."""
    rows = [line.split() for line in WHERE_HE_MEETS.strip().splitlines()]
    del rows[1]
    rows[1][:4] = ["flew", "fly", "VERB", "VBD"]
    for row in rows:
        head = int(row[4])
        row[4] = str(head - 1 if head > 2 else head)
    table = "\n".join("    " + " ".join(row) for row in rows)
    assert {r.modality for r in _predicated(table, "meet with")} == {None}


def test_what_press_reports_say_is_theirs() -> None:
    """ "Press reports said Chile sold copper to Peru": the reports' claim, no body named as their author."""
    table = """
    Press      press      NOUN  NN   2  compound -
    reports    report     NOUN  NNS  3  nsubj  -
    said       say        VERB  VBD  0  ROOT   -
    Chile      Chile      PROPN NNP  5  nsubj  GPE
    sold       sell       VERB  VBD  3  ccomp  -
    copper     copper     NOUN  NN   5  dobj   -
    to         to         ADP   IN   5  dative -
    Peru       Peru       PROPN NNP  7  pobj   GPE
    .          .          PUNCT .    3  punct  -
    """
    assert _said(table, "sell copper to") == {(False, None, "source:press reports")}


def test_a_clause_closed_by_a_semicolon_is_no_content_of_the_report_after_it() -> None:
    """ "Chile attacked Peru; reports describe heavy losses": the attack is the writer's, though the parser
    takes it for what the reports describe."""
    table = """
    Chile      Chile      PROPN NNP  2  nsubj  GPE
    attacked   attack     VERB  VBD  6  ccomp  -
    Peru       Peru       PROPN NNP  2  dobj   GPE
    ;          ;          PUNCT :    6  punct  -
    reports    report     NOUN  NNS  6  nsubj  -
    describe   describe   VERB  VBP  0  ROOT   -
    heavy      heavy      ADJ   JJ   8  amod   -
    losses     loss       NOUN  NNS  6  dobj   -
    .          .          PUNCT .    6  punct  -
    """
    assert _said(table, "attack") == {(False, None, None)}


# "Chile and Peru failed to agree, officials said. Argentine firms asked Chile for aid, they told Reuters.
# Argentina will sue Chile, they added."
_THEY_TOLD_AFTER_SOURCES = """
    Chile      Chile      PROPN NNP  4   nsubj     GPE
    and        and        CCONJ CC   1   cc        -
    Peru       Peru       PROPN NNP  1   conj      GPE
    failed     fail       VERB  VBD  9   ccomp     -
    to         to         PART  TO   6   aux       -
    agree      agree      VERB  VB   4   xcomp     -
    ,          ,          PUNCT ,    9   punct     -
    officials  official   NOUN  NNS  9   nsubj     -
    said       say        VERB  VBD  0   ROOT      -
    .          .          PUNCT .    9   punct     -
    Argentine  argentine  ADJ   JJ   12  amod      NORP
    firms      firm       NOUN  NNS  13  nsubj     -
    asked      ask        VERB  VBD  19  ccomp     -
    Chile      Chile      PROPN NNP  13  dobj      GPE
    for        for        ADP   IN   13  prep      -
    aid        aid        NOUN  NN   15  pobj      -
    ,          ,          PUNCT ,    19  punct     -
    they       they       PRON  PRP  19  nsubj     -
    told       tell       VERB  VBD  0   ROOT      -
    Reuters    Reuters    PROPN NNP  19  dobj      ORG
    .          .          PUNCT .    19  punct     -
    Argentina  Argentina  PROPN NNP  24  nsubj     GPE
    will       will       AUX   MD   24  aux       -
    sue        sue        VERB  VB   28  ccomp     -
    Chile      Chile      PROPN NNP  24  dobj      GPE
    ,          ,          PUNCT ,    28  punct     -
    they       they       PRON  PRP  28  nsubj     -
    added      add        VERB  VBD  0   ROOT      -
    .          .          PUNCT .    28  punct     -
"""


def test_they_who_tell_right_after_unnamed_sources_are_those_sources_not_the_groups_named() -> None:
    """The firms asked (as the officials tell it); the firms told no one; "they added" is still the officials
    (lead, after round 50)."""
    assert {r.attributed_to for r in _predicated(_THEY_TOLD_AFTER_SOURCES, "ask")} == {"source:officials"}
    assert not [r for r in read(_THEY_TOLD_AFTER_SOURCES).relations if r.predicate == "tell"]
    assert {r.attributed_to for r in _predicated(_THEY_TOLD_AFTER_SOURCES, "sue")} == {"source:officials"}


def test_no_plans_to_try_to_do_a_deed_deny_the_deed() -> None:
    """ "Chile has no plans to try to renegotiate the accord with Peru": the aim governs the whole chain, so
    the renegotiation is denied, never told as tried (lead, after round 50)."""
    table = """
    Chile      Chile      PROPN NNP  2   nsubj     GPE
    has        have       VERB  VBZ  0   ROOT      -
    no         no         DET   DT   4   det       -
    plans      plan       NOUN  NNS  2   dobj      -
    to         to         PART  TO   6   aux       -
    try        try        VERB  VB   4   acl       -
    to         to         PART  TO   8   aux       -
    renegotiate renegotiate VERB VB  6   xcomp     -
    the        the        DET   DT   10  det       -
    accord     accord     NOUN  NN   8   dobj      -
    with       with       ADP   IN   10  prep      -
    Peru       Peru       PROPN NNP  11  pobj      GPE
    .          .          PUNCT .    2   punct     -
    """
    found = [r for r in read(table).relations if "renegotiate" in r.predicate]
    assert found
    assert all(r.negated and r.predicate.startswith("plan to") for r in found)


def test_a_commitment_reported_is_a_claim_about_who_committed() -> None:
    """ "Ana Ruiz said Japan had agreed to take part in the talks": "agreed to" reports no words of Japan's;
    Ruiz's claim is about Japan (lead, after round 50)."""
    table = """
    Ana        Ana        PROPN NNP  2   compound  PERSON
    Ruiz       Ruiz       PROPN NNP  3   nsubj     I-PERSON
    said       say        VERB  VBD  0   ROOT      -
    Japan      Japan      PROPN NNP  6   nsubj     GPE
    had        have       AUX   VBD  6   aux       -
    agreed     agree      VERB  VBN  3   ccomp     -
    to         to         PART  TO   8   aux       -
    take       take       VERB  VB   6   xcomp     -
    part       part       NOUN  NN   8   dobj      -
    in         in         ADP   IN   8   prep      -
    the        the        DET   DT   12  det       -
    talks      talk       NOUN  NNS  10  pobj      -
    .          .          PUNCT .    3   punct     -
    """
    said = _predicated(table, "say")
    label = {e.id: e.label for e in read(table).entities.entities()}
    assert {(label[r.subject.entity_id], label[r.object.entity_id]) for r in said} == {("Ana Ruiz", "Japan")}


def test_a_second_that_clause_coordinated_with_the_first_is_said_too() -> None:
    """ "Ana Ruiz said Japan would help, and that Peru was ready to pay": both claims are hers (lead, after
    round 50)."""
    table = """
    Ana        Ana        PROPN NNP  2   compound  PERSON
    Ruiz       Ruiz       PROPN NNP  3   nsubj     I-PERSON
    said       say        VERB  VBD  0   ROOT      -
    Japan      Japan      PROPN NNP  6   nsubj     GPE
    would      would      AUX   MD   6   aux       -
    help       help       VERB  VB   3   ccomp     -
    ,          ,          PUNCT ,    6   punct     -
    and        and        CCONJ CC   6   cc        -
    that       that       SCONJ IN   11  mark      -
    Peru       Peru       PROPN NNP  11  nsubj     GPE
    was        be         AUX   VBD  6   conj      -
    ready      ready      ADJ   JJ   11  acomp     -
    to         to         PART  TO   14  aux       -
    pay        pay        VERB  VB   12  xcomp     -
    .          .          PUNCT .    3   punct     -
    """
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    said = {label[r.object.entity_id] for r in reading.relations if r.predicate == "say"}
    assert said == {"Japan", "Peru"}
