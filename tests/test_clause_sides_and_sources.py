"""Who speaks and who takes part (audit round 37): a country's newspapers are its press, not its state; "the
X newspaper" is X; a state meets no one of its own at a meeting that places its deed; "a host of" counts a
group; "neither X nor Y" did it; a call for a quota on a group is no call for the group.

Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts, read


def _speakers(table: str) -> set[str]:
    return {subject for subject, _, _ in facts(read(table), "speech_content")}


def test_a_countrys_newspapers_are_its_press_not_its_state() -> None:
    speakers = _speakers("""
    Kenyan     kenyan     ADJ   JJ  2 amod     NORP
    newspapers newspaper  NOUN  NNS 3 nsubj    -
    claimed    claim      VERB  VBD 0 ROOT     -
    that       that       SCONJ IN  7 mark     -
    Uganda     Uganda     PROPN NNP 7 nsubj    GPE
    had        have       AUX   VBD 7 aux      -
    shelled    shell      VERB  VBN 3 ccomp    -
    Rwanda     Rwanda     PROPN NNP 7 dobj     GPE
    .          .          PUNCT .   3 punct    -
    """)
    assert speakers == {"Kenyan media"}


def test_the_name_before_a_newspaper_noun_is_the_speaker() -> None:
    speakers = _speakers("""
    Kenya      Kenya      PROPN NNP 5 poss     GPE
    's         's         PART  POS 1 case     -
    Daily      Daily      PROPN NNP 4 compound ORG
    Nation     Nation     PROPN NNP 5 compound I-ORG
    newspaper  newspaper  NOUN  NN  6 nsubj    -
    said       say        VERB  VBD 0 ROOT     -
    Uganda     Uganda     PROPN NNP 9 nsubj    GPE
    had        have       AUX   VBD 9 aux      -
    shelled    shell      VERB  VBN 6 ccomp    -
    Rwanda     Rwanda     PROPN NNP 9 dobj     GPE
    .          .          PUNCT .   6 punct    -
    """)
    assert speakers == {"Daily Nation"}


def test_a_state_meets_no_one_of_its_own_at_the_meeting_that_places_its_deed() -> None:
    found = facts(
        read("""
    Kenya      Kenya      PROPN NNP 4 nsubj    GPE
    and        and        CCONJ CC  1 cc       -
    Peru       Peru       PROPN NNP 1 conj     GPE
    signed     sign       VERB  VBD 0 ROOT     -
    a          a          DET   DT  6 det      -
    deal       deal       NOUN  NN  4 dobj     -
    during     during     ADP   IN  4 prep     -
    a          a          DET   DT  9 det      -
    meeting    meeting    NOUN  NN  7 pobj     -
    between    between    ADP   IN  9 prep     -
    Kenya      Kenya      PROPN NNP 13 poss    GPE
    's         's         PART  POS 11 case    -
    minister   minister   NOUN  NN  15 compound -
    Ana        Ana        PROPN NNP 15 compound PERSON
    Lind       Lind       PROPN NNP 10 pobj    I-PERSON
    and        and        CCONJ CC  15 cc      -
    Jan        Jan        PROPN NNP 18 compound PERSON
    Berg       Berg       PROPN NNP 15 conj    I-PERSON
    .          .          PUNCT .   4 punct    -
    """),
        "circumstance_event",
    )
    met = {(s, o) for s, _, o in found}
    assert ("Peru", "Ana Lind") in met
    assert ("Kenya", "Ana Lind") not in met


def test_a_host_of_companies_is_the_companies() -> None:
    found = facts(
        read("""
    Acme       Acme       PROPN NNP 3 nsubj    ORG
    is         be         AUX   VBZ 3 aux      -
    suing      sue        VERB  VBG 0 ROOT     -
    a          a          DET   DT  5 det      -
    host       host       NOUN  NN  3 dobj     -
    of         of         ADP   IN  5 prep     -
    companies  company    NOUN  NNS 6 pobj     -
    .          .          PUNCT .   3 punct    -
    """),
        "svo",
    )
    assert found == {("Acme", "sue", "businesses")}


def test_neither_of_two_subjects_did_it() -> None:
    reading = read("""
    Neither    neither    DET   DT  2 det      -
    Kenya      Kenya      PROPN NNP 5 nsubj    GPE
    nor        nor        CCONJ CC  2 cc       -
    Peru       Peru       PROPN NNP 2 conj     GPE
    sent       send       VERB  VBD 0 ROOT     -
    troops     troop      NOUN  NNS 5 dobj     -
    to         to         ADP   IN  5 prep     -
    Chile      Chile      PROPN NNP 7 pobj     GPE
    .          .          PUNCT .   5 punct    -
    """)
    label = {e.id: e.label for e in reading.entities.entities()}
    sent = {
        (label[r.subject.entity_id], r.negated)
        for r in reading.relations
        if label[r.object.entity_id] == "Chile"
    }
    assert sent == {("Kenya", True), ("Peru", True)}


def test_a_call_for_a_thing_on_a_group_keeps_the_thing_in_its_phrase() -> None:
    found = facts(
        read("""
    Kenya      Kenya      PROPN NNP 2 nsubj    GPE
    rejected   reject     VERB  VBD 0 ROOT     -
    Peru       Peru       PROPN NNP 5 poss     GPE
    's         's         PART  POS 3 case     -
    call       call       NOUN  NN  2 dobj     -
    for        for        ADP   IN  5 prep     -
    a          a          DET   DT  8 det      -
    quota      quota      NOUN  NN  6 pobj     -
    on         on         ADP   IN  8 prep     -
    refugees   refugee    NOUN  NNS 9 pobj     -
    .          .          PUNCT .   2 punct    -
    """),
        "event_noun",
    )
    assert found == {("Peru", "call for quota on", "refugees")}  # not a call for the refugees
