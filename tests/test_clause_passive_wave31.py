"""Passives in harder frames (wave 31): a passive owed by a verb of obligation, and the agent phrases
a passive names."""

from __future__ import annotations

from hand_docs import by_rule, facts, read


# "Peru would have to be approved by the Senate." / "Peru will need to be approved by the Senate."
def _owed(modal: str, verb: str) -> str:
    return f"""
    Peru       Peru      PROPN NNP 3 nsubj     GPE
    {modal}    {modal}   AUX   MD  3 aux       -
    {verb}     {verb}    VERB  VB  0 ROOT      -
    to         to        PART  TO  6 aux       -
    be         be        AUX   VB  6 auxpass   -
    approved   approve   VERB  VBN 3 xcomp     -
    by         by        ADP   IN  6 agent     -
    the        the       DET   DT  9 det       -
    Senate     Senate    PROPN NNP 7 pobj      ORG
    .          .         PUNCT .   3 punct     -
    """


def test_a_passive_owed_by_its_subject_is_done_to_that_subject() -> None:
    reading = read(_owed("would", "have"))
    assert facts(reading, "passive") == {("Senate", "approve", "Peru")}
    [relation] = by_rule(reading, "passive")
    assert relation.modality == "must"


def test_a_passive_the_subject_needs_is_done_to_it_as_what_should_be() -> None:
    [relation] = by_rule(read(_owed("will", "need")), "passive")
    assert relation.modality == "should"
