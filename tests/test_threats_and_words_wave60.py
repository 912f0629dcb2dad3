"""CAMEO roots of warnings, deliberations and words (wave 60 U): a warning that the warner's side may hit back
or use force threatens the one warned (13) whatever the modal; force only deliberated ("is considering how to
retaliate against X") threatens (13), it is not used (19); a person attacking the media criticises (11);
"provided an example of X" is said, not aid (01); "described his talks with X" reports a meeting held with X
(04). Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_modal_acts


def _acts(table: str) -> set[tuple[str, str, str, str | None, str | None]]:
    """(subject, predicate, object, CAMEO root, modality) of every relation read."""
    return {act[:5] for act in read_modal_acts(table)}


def test_a_warning_that_the_warner_might_strike_back_threatens() -> None:
    acts = _acts("""
    Chile     Chile     PROPN NNP 2 nsubj  GPE
    warned    warn      VERB  VBD 0 ROOT   -
    Peru      Peru      PROPN NNP 2 dobj   GPE
    that      that      SCONJ IN  7 mark   -
    it        it        PRON  PRP 7 nsubj  -
    might     might     AUX   MD  7 aux    -
    strike    strike    VERB  VB  2 ccomp  -
    back      back      ADP   RP  7 advmod -
    .         .         PUNCT .   2 punct  -
    """)
    assert ("Chile", "warn", "Peru", "13", None) in acts


def test_a_warning_that_the_warner_could_use_force_threatens() -> None:
    acts = _acts("""
    Chile     Chile     PROPN NNP 2 nsubj  GPE
    warned    warn      VERB  VBD 0 ROOT   -
    Peru      Peru      PROPN NNP 2 dobj   GPE
    that      that      SCONJ IN  7 mark   -
    Chile     Chile     PROPN NNP 7 nsubj  GPE
    could     could     AUX   MD  7 aux    -
    respond   respond   VERB  VB  2 ccomp  -
    with      with      ADP   IN  7 prep   -
    force     force     NOUN  NN  8 pobj   -
    .         .         PUNCT .   2 punct  -
    """)
    assert ("Chile", "warn", "Peru", "13", None) in acts


def test_a_reprisal_the_warner_may_take_is_its_threat() -> None:
    acts = _acts("""
    Chile     Chile     PROPN NNP 2 nsubj  GPE
    warned    warn      VERB  VBD 0 ROOT   -
    on        on        ADP   IN  2 prep   -
    Monday    Monday    PROPN NNP 3 pobj   DATE
    that      that      SCONJ IN  8 mark   -
    it        it        PRON  PRP 8 nsubj  -
    may       may       AUX   MD  8 aux    -
    retaliate retaliate VERB  VB  2 ccomp  -
    against   against   ADP   IN  8 prep   -
    Peru      Peru      PROPN NNP 9 pobj   GPE
    .         .         PUNCT .   2 punct  -
    """)
    roots = {root for subject, _, obj, root, _ in acts if (subject, obj) == ("Chile", "Peru")}
    assert roots == {"13"}


def test_a_reprisal_only_considered_is_a_threat_not_force() -> None:
    acts = _acts("""
    Chile       Chile       PROPN NNP 3 nsubj  GPE
    is          be          AUX   VBZ 3 aux    -
    considering consider    VERB  VBG 0 ROOT   -
    how         how         SCONJ WRB 6 advmod -
    to          to          PART  TO  6 aux    -
    retaliate   retaliate   VERB  VB  3 xcomp  -
    against     against     ADP   IN  6 prep   -
    Peru        Peru        PROPN NNP 7 pobj   GPE
    .           .           PUNCT .   3 punct  -
    """)
    roots = {root for subject, _, obj, root, _ in acts if (subject, obj) == ("Chile", "Peru")}
    assert roots == {"13"}


def test_a_person_attacking_the_media_criticises() -> None:
    acts = _acts("""
    Senator  Senator  PROPN NNP 2 compound -
    Smith    Smith    PROPN NNP 3 nsubj    PERSON
    attacked attack   VERB  VBD 0 ROOT     -
    the      the      DET   DT  5 det      -
    media    medium   NOUN  NNS 3 dobj     -
    .        .        PUNCT .   3 punct    -
    """)
    assert ("Smith", "attack", "media", "11", None) in acts


def test_an_example_provided_is_said_not_aid() -> None:
    acts = _acts("""
    Senator  Senator  PROPN NNP 2 compound -
    Smith    Smith    PROPN NNP 3 nsubj    PERSON
    provided provide  VERB  VBD 0 ROOT     -
    an       an       DET   DT  5 det      -
    example  example  NOUN  NN  3 dobj     -
    of       of       ADP   IN  5 prep     -
    the      the      DET   DT  8 det      -
    media    medium   NOUN  NNS 6 pobj     -
    lying    lie      VERB  VBG 8 acl      -
    .        .        PUNCT .   3 punct    -
    """)
    roots = {root for subject, predicate, _, root, _ in acts if predicate.startswith("provide")}
    assert roots == {"01"}


def test_talks_described_with_a_person_are_a_meeting() -> None:
    acts = _acts("""
    Smith     Smith     PROPN NNP 2 nsubj    PERSON
    described describe  VERB  VBD 0 ROOT     -
    his       his       PRON  PRP$ 4 poss    -
    talks     talk      NOUN  NNS 2 dobj     -
    with      with      ADP   IN  4 prep     -
    Senator   Senator   PROPN NNP 7 compound -
    Jones     Jones     PROPN NNP 5 pobj     PERSON
    .         .         PUNCT .   2 punct    -
    """)
    assert ("Smith", "describe talk with", "Jones", "04", None) in acts
