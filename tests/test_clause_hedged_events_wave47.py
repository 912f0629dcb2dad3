"""Hedged, unlikely and failed events (wave 47 C): an event its own clause doubts ("a meeting between X and
Y is unlikely", "prospects appear slim for a meeting") is at most possible and denied; a habit ("normally
meets Y in April") is no schedule. Each test states its parse by hand (tests/hand_docs.py); the sentences
are ours."""

from __future__ import annotations

from hand_docs import read


def _polarity(table: str, predicate: str) -> set[tuple[bool, str | None]]:
    found = {(r.negated, r.modality) for r in read(table).relations if r.predicate == predicate}
    assert found, f"no {predicate!r} read"
    return found


# "A meeting between Chile and Peru is unlikely."
UNLIKELY_MEETING = """
    A         a         DET   DT   2  det    -
    meeting   meeting   NOUN  NN   7  nsubj  -
    between   between   ADP   IN   2  prep   -
    Chile     Chile     PROPN NNP  3  pobj   GPE
    and       and       CCONJ CC   4  cc     -
    Peru      Peru      PROPN NNP  4  conj   GPE
    is        be        AUX   VBZ  0  ROOT   -
    unlikely  unlikely  ADJ   JJ   7  acomp  -
    .         .         PUNCT .    7  punct  -
"""


def test_an_unlikely_meeting_is_at_most_possible_and_denied() -> None:
    assert _polarity(UNLIKELY_MEETING, "meet with") == {(True, "may")}


def test_a_likely_meeting_stays_a_possibility_told() -> None:
    """ "A meeting between Chile and Peru is likely.": possible, not denied (as before)."""
    table = UNLIKELY_MEETING.replace("unlikely  unlikely", "likely    likely  ")
    assert _polarity(table, "meet with") == {(False, "may")}


def test_a_meeting_not_expected_is_at_most_possible_and_denied() -> None:
    """ "A meeting between Chile and Peru is not expected.": no meeting is expected; it may not come."""
    table = """
    A         a         DET   DT   2  det       -
    meeting   meeting   NOUN  NN   9  nsubjpass -
    between   between   ADP   IN   2  prep      -
    Chile     Chile     PROPN NNP  3  pobj      GPE
    and       and       CCONJ CC   4  cc        -
    Peru      Peru      PROPN NNP  4  conj      GPE
    is        be        AUX   VBZ  9  auxpass   -
    not       not       PART  RB   9  neg       -
    expected  expect    VERB  VBN  0  ROOT      -
    .         .         PUNCT .    9  punct     -
    """
    assert _polarity(table, "meet with") == {(True, "may")}


def test_slim_prospects_for_a_meeting_deny_it() -> None:
    """ "Prospects appear slim for a meeting between Chile and Peru.": the parser hangs the meeting on the
    adjective judging its prospects."""
    table = """
    Prospects prospect  NOUN  NNS  2  nsubj  -
    appear    appear    VERB  VBP  0  ROOT   -
    slim      slim      ADJ   JJ   2  oprd   -
    for       for       ADP   IN   3  prep   -
    a         a         DET   DT   6  det    -
    meeting   meeting   NOUN  NN   4  pobj   -
    between   between   ADP   IN   6  prep   -
    Chile     Chile     PROPN NNP  7  pobj   GPE
    and       and       CCONJ CC   8  cc     -
    Peru      Peru      PROPN NNP  8  conj   GPE
    .         .         PUNCT .    2  punct  -
    """
    assert _polarity(table, "meet with") == {(True, "may")}


def test_chances_of_a_meeting_that_are_slim_deny_it() -> None:
    """ "Chances of a meeting between Chile and Peru are slim.": the noun of prospect is the subject."""
    table = """
    Chances   chance    NOUN  NNS  9  nsubj  -
    of        of        ADP   IN   1  prep   -
    a         a         DET   DT   4  det    -
    meeting   meeting   NOUN  NN   2  pobj   -
    between   between   ADP   IN   4  prep   -
    Chile     Chile     PROPN NNP  5  pobj   GPE
    and       and       CCONJ CC   6  cc     -
    Peru      Peru      PROPN NNP  6  conj   GPE
    are       be        AUX   VBP  0  ROOT   -
    slim      slim      ADJ   JJ   9  acomp  -
    .         .         PUNCT .    9  punct  -
    """
    assert _polarity(table, "meet with") == {(True, "may")}
    good = table.replace("slim      slim", "good      good")  # "Chances ... are good": no doubt told
    assert _polarity(good, "meet with") == {(False, None)}


def test_a_meeting_considered_unlikely_is_denied_as_a_possibility() -> None:
    """ "A meeting between Chile and Peru was considered unlikely.": judged by a verb of judgement."""
    table = """
    A          a          DET   DT   2  det       -
    meeting    meeting    NOUN  NN   8  nsubjpass -
    between    between    ADP   IN   2  prep      -
    Chile      Chile      PROPN NNP  3  pobj      GPE
    and        and        CCONJ CC   4  cc        -
    Peru       Peru       PROPN NNP  4  conj      GPE
    was        be         AUX   VBD  8  auxpass   -
    considered consider   VERB  VBN  0  ROOT      -
    unlikely   unlikely   ADJ   JJ   8  oprd      -
    .          .          PUNCT .    8  punct     -
    """
    assert _polarity(table, "meet with") == {(True, "may")}


def test_faded_hopes_for_a_meeting_deny_it() -> None:
    """ "Hopes for a meeting between Chile and Peru have faded.": its prospects are lost."""
    table = """
    Hopes     hope      NOUN  NNS  10 nsubj  -
    for       for       ADP   IN   1  prep   -
    a         a         DET   DT   4  det    -
    meeting   meeting   NOUN  NN   2  pobj   -
    between   between   ADP   IN   4  prep   -
    Chile     Chile     PROPN NNP  5  pobj   GPE
    and       and       CCONJ CC   6  cc     -
    Peru      Peru      PROPN NNP  6  conj   GPE
    have      have      AUX   VBP  10 aux    -
    faded     fade      VERB  VBN  0  ROOT   -
    .         .         PUNCT .    10 punct  -
    """
    assert _polarity(table, "meet with") == {(True, "may")}


def test_a_meeting_doubted_to_take_place_is_denied_as_a_possibility() -> None:
    """ "Officials doubted a meeting between Chile and Peru would take place.", as "doubted Chile would
    meet Peru" is; was "meet with", would."""
    table = """
    Officials official  NOUN  NNS  2  nsubj  -
    doubted   doubt     VERB  VBD  0  ROOT   -
    a         a         DET   DT   4  det    -
    meeting   meeting   NOUN  NN   10 nsubj  -
    between   between   ADP   IN   4  prep   -
    Chile     Chile     PROPN NNP  5  pobj   GPE
    and       and       CCONJ CC   6  cc     -
    Peru      Peru      PROPN NNP  6  conj   GPE
    would     would     AUX   MD   10 aux    -
    take      take      VERB  VB   2  ccomp  -
    place     place     NOUN  NN   10 dobj   -
    .         .         PUNCT .    2  punct  -
    """
    assert _polarity(table, "meet with") == {(True, "may")}


def test_a_meeting_ruled_out_is_no_meeting() -> None:
    """ "Officials ruled out a meeting between Chile and Peru.": no meeting, held or to come."""
    table = """
    Officials official  NOUN  NNS  2  nsubj  -
    ruled     rule      VERB  VBD  0  ROOT   -
    out       out       ADP   RP   2  prt    -
    a         a         DET   DT   5  det    -
    meeting   meeting   NOUN  NN   2  dobj   -
    between   between   ADP   IN   5  prep   -
    Chile     Chile     PROPN NNP  6  pobj   GPE
    and       and       CCONJ CC   7  cc     -
    Peru      Peru      PROPN NNP  7  conj   GPE
    .         .         PUNCT .    2  punct  -
    """
    assert not [r for r in read(table).relations if r.predicate == "meet with"]


def test_no_meeting_is_a_meeting_denied() -> None:
    """ "There was no meeting between Chile and Peru." """
    table = """
    There     there     PRON  EX   2  expl   -
    was       be        VERB  VBD  0  ROOT   -
    no        no        DET   DT   4  det    -
    meeting   meeting   NOUN  NN   2  attr   -
    between   between   ADP   IN   4  prep   -
    Chile     Chile     PROPN NNP  5  pobj   GPE
    and       and       CCONJ CC   6  cc     -
    Peru      Peru      PROPN NNP  6  conj   GPE
    .         .         PUNCT .    2  punct  -
    """
    assert _polarity(table, "meet with") == {(True, None)}


# "Chile normally meets Peru in April."
HABIT = """
    Chile     Chile     PROPN NNP  3  nsubj  GPE
    normally  normally  ADV   RB   3  advmod -
    meets     meet      VERB  VBZ  0  ROOT   -
    Peru      Peru      PROPN NNP  3  dobj   GPE
    in        in        ADP   IN   3  prep   -
    April     April     PROPN NNP  5  pobj   DATE
    .         .         PUNCT .    3  punct  -
"""


def test_a_habit_is_no_schedule() -> None:
    """ "normally (usually, regularly, traditionally) meets Y in April" tells what is done as a rule, not a
    meeting to come."""
    assert _polarity(HABIT, "meet with") == {(False, None)}
    for adverb in ("regularly", "traditionally", "typically"):
        table = HABIT.replace("normally  normally", f"{adverb} {adverb}")
        assert _polarity(table, "meet with") == {(False, None)}, adverb


def test_a_present_with_a_date_to_come_stays_a_schedule() -> None:
    """ "Chile soon meets Peru in April." has no word of habit: still a meeting to come."""
    table = HABIT.replace("normally  normally", "soon      soon    ")
    assert _polarity(table, "meet with") == {(False, "will")}


# "Hans Brandt, who had not met Ana Ruiz before, praised her."
NOT_MET_BEFORE = """
    Hans      Hans      PROPN NNP  2  compound PERSON
    Brandt    Brandt    PROPN NNP  12 nsubj    I-PERSON
    ,         ,         PUNCT ,    2  punct    -
    who       who       PRON  WP   7  nsubj    -
    had       have      AUX   VBD  7  aux      -
    not       not       PART  RB   7  neg      -
    met       meet      VERB  VBN  2  relcl    -
    Ana       Ana       PROPN NNP  9  compound PERSON
    Ruiz      Ruiz      PROPN NNP  7  dobj     I-PERSON
    before    before    ADV   RB   7  advmod   -
    ,         ,         PUNCT ,    2  punct    -
    praised   praise    VERB  VBD  0  ROOT     -
    her       she       PRON  PRP  12 dobj     -
    .         .         PUNCT .    12 punct    -
"""


def test_a_relative_clause_denying_only_the_past_gives_no_denial() -> None:
    """ "who had not met Y before" (as "which had not previously recognised Y") denies earlier meetings, not
    the one the sentence may tell: no "NOT meet with"; the main clause stands."""
    predicates = {(r.predicate, r.negated) for r in read(NOT_MET_BEFORE).relations}
    assert ("meet with", True) not in predicates
    assert ("praise", False) in predicates
    previously = NOT_MET_BEFORE.replace("before    before", "previously previously")
    assert ("meet with", True) not in {(r.predicate, r.negated) for r in read(previously).relations}


def test_a_relative_clause_denial_with_no_earlier_time_stands() -> None:
    """ "Hans Brandt, who had not met Ana Ruiz yet, praised her." has no word of earlier time: the denial
    stands."""
    table = NOT_MET_BEFORE.replace("before    before", "yet       yet   ")
    assert ("meet with", True) in {(r.predicate, r.negated) for r in read(table).relations}


# "Chile and Peru failed to agree on quotas."
FAILED_TO_AGREE = """
    Chile     Chile     PROPN NNP  4  nsubj  GPE
    and       and       CCONJ CC   1  cc     -
    Peru      Peru      PROPN NNP  1  conj   GPE
    failed    fail      VERB  VBD  0  ROOT   -
    to        to        PART  TO   6  aux    -
    agree     agree     VERB  VB   4  xcomp  -
    on        on        ADP   IN   6  prep   -
    quotas    quota     NOUN  NNS  7  pobj   -
    .         .         PUNCT .    4  punct  -
"""


def test_a_failure_to_agree_between_two_sides_is_an_agreement_denied() -> None:
    """Not "fail to agree with" (no event, and not denied): the two did not agree."""
    assert _polarity(FAILED_TO_AGREE, "agree with") == {(True, None)}
    assert not [r for r in read(FAILED_TO_AGREE).relations if r.predicate.startswith("fail")]


def test_an_inability_to_agree_is_an_agreement_denied() -> None:
    """ "Chile and Peru were unable to agree on quotas." (the parser hangs the infinitive on the adjective):
    they could not agree; was nothing."""
    table = """
    Chile     Chile     PROPN NNP  4  nsubj  GPE
    and       and       CCONJ CC   1  cc     -
    Peru      Peru      PROPN NNP  1  conj   GPE
    were      be        AUX   VBD  0  ROOT   -
    unable    unable    ADJ   JJ   4  acomp  -
    to        to        PART  TO   7  aux    -
    agree     agree     VERB  VB   5  xcomp  -
    on        on        ADP   IN   7  prep   -
    quotas    quota     NOUN  NNS  8  pobj   -
    .         .         PUNCT .    4  punct  -
    """
    assert _polarity(table, "agree with") == {(True, "could")}


def test_a_failure_to_reach_an_agreement_concludes_none() -> None:
    """ "Chile failed to reach an agreement with Peru.": no deal done (05 denied), and the agreement itself
    is no side of anything."""
    table = """
    Chile     Chile     PROPN NNP  2  nsubj  GPE
    failed    fail      VERB  VBD  0  ROOT   -
    to        to        PART  TO   4  aux    -
    reach     reach     VERB  VB   2  xcomp  -
    an        an        DET   DT   6  det    -
    agreement agreement NOUN  NN   4  dobj   -
    with      with      ADP   IN   6  prep   -
    Peru      Peru      PROPN NNP  7  pobj   GPE
    .         .         PUNCT .    2  punct  -
    """
    found = {(r.predicate, r.negated, r.event_root) for r in read(table).relations}
    assert found == {("reach agreement with", True, "05")}
    # without a second side: nothing ("Chile failed to reach an agreement.")
    alone = "\n".join([*table.strip().splitlines()[:6], "    .         .         PUNCT .    2  punct  -"])
    assert [(r.predicate, r.negated) for r in read(alone).relations] == []


def test_a_failed_persuasion_stays_an_attempt() -> None:
    """ "Chile failed to persuade Peru." is no accord: the appeal was made (as before), not denied."""
    table = """
    Chile     Chile     PROPN NNP  2  nsubj  GPE
    failed    fail      VERB  VBD  0  ROOT   -
    to        to        PART  TO   4  aux    -
    persuade  persuade  VERB  VB   2  xcomp  -
    Peru      Peru      PROPN NNP  4  dobj   GPE
    .         .         PUNCT .    2  punct  -
    """
    assert _polarity(table, "fail to persuade") == {(False, None)}


def test_talks_that_failed_to_reach_an_agreement_deny_it_between_their_sides() -> None:
    """ "Talks between Chile and Peru failed to reach an agreement.": the talks were held (meet with), and
    their two sides reached no agreement."""
    table = """
    Talks     talk      NOUN  NNS  6  nsubj  -
    between   between   ADP   IN   1  prep   -
    Chile     Chile     PROPN NNP  2  pobj   GPE
    and       and       CCONJ CC   3  cc     -
    Peru      Peru      PROPN NNP  3  conj   GPE
    failed    fail      VERB  VBD  0  ROOT   -
    to        to        PART  TO   8  aux    -
    reach     reach     VERB  VB   6  xcomp  -
    an        an        DET   DT   10 det    -
    agreement agreement NOUN  NN   8  dobj   -
    .         .         PUNCT .    6  punct  -
    """
    found = {(r.predicate, r.negated, r.event_root) for r in read(table).relations}
    assert ("reach agreement with", True, "05") in found
    assert ("meet with", False, "04") in found
    assert not [f for f in found if f[0] == "reach agreement with" and not f[1]]


# "Iraq has never before recognized Kuwait." (the parser hangs "never" on "before")
NEVER_BEFORE = """
    Iraq       Iraq       PROPN NNP  5  nsubj  GPE
    has        have       AUX   VBZ  5  aux    -
    never      never      ADV   RB   4  neg    -
    before     before     ADP   IN   5  advmod -
    recognized recognize  VERB  VBN  0  ROOT   -
    Kuwait     Kuwait     PROPN NNP  5  dobj   GPE
    .          .          PUNCT .    5  punct  -
"""


def test_never_before_denies_the_deed() -> None:
    """Was "recognize", told as done."""
    assert _polarity(NEVER_BEFORE, "recognize") == {(True, None)}


def test_an_event_that_was_not_expected_is_a_surprise_not_a_doubt() -> None:
    """ "Chile's attack on Peru was not expected.": a past surprise, which happened; no denial (only "is not
    expected" doubts an event to come)."""
    table = """
    Chile     Chile     PROPN NNP  3  poss      GPE
    's        's        PART  POS  1  case      -
    attack    attack    NOUN  NN   8  nsubjpass -
    on        on        ADP   IN   3  prep      -
    Peru      Peru      PROPN NNP  4  pobj      GPE
    was       be        AUX   VBD  8  auxpass   -
    not       not       PART  RB   8  neg       -
    expected  expect    VERB  VBN  0  ROOT      -
    .         .         PUNCT .    8  punct     -
    """
    assert {negated for negated, _ in _polarity(table, "attack")} == {False}
