"""A commitment not to act, and a goal that is no deed (wave 63 I). "X agreed (promised, vowed, decided) not
to V": the "not" is the deed's, the commitment was made, so the deed is denied to come ("will"), and a
commitment coded 03 keeps its intent root, never the root of the deed ruled out; "did not agree to V" stays
a refusal of the commitment. "The goal (aim, plan) is to V", "is to get X to V": a wish, not a deed; what X
is to be brought to do is asked of X ("should"). Each test states its parse by hand (tests/hand_docs.py);
the sentences are ours."""

from __future__ import annotations

from hand_docs import read_modal_acts

AGREED_NOT_TO = """
Bolivia        Bolivia        PROPN  NNP     2 nsubj      GPE
agreed         agree          VERB   VBD     0 ROOT       -
not            not            PART   RB      5 neg        -
to             to             PART   TO      5 aux        -
cut            cut            VERB   VB      2 xcomp      -
imports        import         NOUN   NNS     5 dobj       -
from           from           ADP    IN      5 prep       -
Ecuador        Ecuador        PROPN  NNP     7 pobj       GPE
.              .              PUNCT  .       2 punct      -
"""


def test_agreed_not_to_act_is_no_refusal_to_agree() -> None:
    acts = read_modal_acts(AGREED_NOT_TO)
    cut = [a for a in acts if a[0] == "Bolivia" and a[2] == "Ecuador"]
    assert cut
    for _subject, predicate, _object, root, modality, negated in cut:
        assert "agree" not in predicate and "cut" in predicate  # no "NOT agree to cut"
        assert negated and modality == "will" and root == "03"


def test_vowed_never_to_attack_is_an_intent_not_a_threat() -> None:
    acts = read_modal_acts("""
    Bolivia        Bolivia        PROPN  NNP     2 nsubj      GPE
    vowed          vow            VERB   VBD     0 ROOT       -
    never          never          ADV    RB      5 neg        -
    to             to             PART   TO      5 aux        -
    invade         invade         VERB   VB      2 xcomp      -
    Ecuador        Ecuador        PROPN  NNP     5 dobj       GPE
    .              .              PUNCT  .       2 punct      -
    """)
    assert ("Bolivia", "invade", "Ecuador", "03", "will", True) in acts


def test_decided_not_to_attend_denies_the_attendance_to_come() -> None:
    acts = read_modal_acts("""
    Bolivia        Bolivia        PROPN  NNP     2 nsubj      GPE
    decided        decide         VERB   VBD     0 ROOT       -
    not            not            PART   RB      5 neg        -
    to             to             PART   TO      5 aux        -
    attend         attend         VERB   VB      2 xcomp      -
    the            the            DET    DT      7 det        -
    summit         summit         NOUN   NN      5 dobj       -
    in             in             ADP    IN      7 prep       -
    Ecuador        Ecuador        PROPN  NNP     8 pobj       GPE
    .              .              PUNCT  .       2 punct      -
    """)
    attended = [a for a in acts if a[0] == "Bolivia" and a[2] == "Ecuador"]
    assert attended and all(not a[1].startswith("decide") and a[5] and a[4] == "will" for a in attended)


def test_did_not_agree_to_act_stays_a_refused_commitment() -> None:
    acts = read_modal_acts("""
    Bolivia        Bolivia        PROPN  NNP     4 nsubj      GPE
    did            do             AUX    VBD     4 aux        -
    not            not            PART   RB      4 neg        -
    agree          agree          VERB   VB      0 ROOT       -
    to             to             PART   TO      6 aux        -
    cut            cut            VERB   VB      4 xcomp      -
    imports        import         NOUN   NNS     6 dobj       -
    from           from           ADP    IN      7 prep       -
    Ecuador        Ecuador        PROPN  NNP     8 pobj       GPE
    .              .              PUNCT  .       4 punct      -
    """)
    cut = [a for a in acts if a[0] == "Bolivia" and a[2] == "Ecuador"]
    assert cut and all(a[1].startswith("agree to cut") and a[5] for a in cut)


def test_a_goal_to_get_another_to_stop_is_asked_not_done() -> None:
    acts = read_modal_acts("""
    One            one            NUM    CD      3 nummod     -
    early          early          ADJ    JJ      3 amod       -
    goal           goal           NOUN   NN      4 nsubj      -
    is             be             AUX    VBZ    16 ccomp      -
    to             to             PART   TO      6 aux        -
    get            get            VERB   VB      4 xcomp      -
    Chile          Chile          PROPN  NNP     9 nsubj      GPE
    to             to             PART   TO      9 aux        -
    stop           stop           VERB   VB      6 ccomp      -
    shipping       ship           VERB   VBG     9 xcomp      -
    oil            oil            NOUN   NN     10 dobj       -
    to             to             ADP    IN     10 prep       -
    Ecuador        Ecuador        PROPN  NNP    12 pobj       GPE
    ,              ,              PUNCT  ,      16 punct      -
    she            she            PRON   PRP    16 nsubj      -
    said           say            VERB   VBD     0 ROOT       -
    .              .              PUNCT  .      16 punct      -
    """)
    shipped = [a for a in acts if a[0] == "Chile" and a[2] == "Ecuador"]
    assert shipped and all(a[4] == "should" for a in shipped)


def test_a_stated_aim_to_act_is_a_plan() -> None:
    acts = read_modal_acts("""
    Bolivia's      Bolivia        PROPN  NNP     2 poss       GPE
    aim            aim            NOUN   NN      3 nsubj      -
    is             be             AUX    VBZ     0 ROOT       -
    to             to             PART   TO      5 aux        -
    isolate        isolate        VERB   VB      3 xcomp      -
    Ecuador        Ecuador        PROPN  NNP     5 dobj       GPE
    .              .              PUNCT  .       3 punct      -
    """)
    isolated = [a for a in acts if a[2] == "Ecuador" and "isolate" in a[1]]
    assert isolated and all(a[4] == "will" for a in isolated)
