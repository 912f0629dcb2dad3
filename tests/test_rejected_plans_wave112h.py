"""Wave 112 H: what a plan says that is rejected is no deed, done or to come. "Danish voters rejected plans
for Mali to be ruled jointly by France and Denmark" reads no `rule` of Mali with "will" (the plan's modality);
a plan proposed keeps it, still to come (sentences of our own, parses written by hand)."""

from __future__ import annotations

from hand_docs import read_modal_acts


def _plans(subject: str, verb: str, lemma: str) -> str:
    """ "<subject> <verb> plans for Mali to be ruled jointly by France and Denmark." """
    return f"""
{subject}    {subject.lower()}  NOUN   NNS  2  nsubj      -
{verb}       {lemma}            VERB   VBD  0  ROOT       -
plans        plan               NOUN   NNS  2  dobj       -
for          for                SCONJ  IN   8  mark       -
Mali         Mali               PROPN  NNP  8  nsubjpass  GPE
to           to                 PART   TO   8  aux        -
be           be                 AUX    VB   8  auxpass    -
ruled        rule               VERB   VBN  3  acl        -
jointly      jointly            ADV    RB   8  advmod     -
by           by                 ADP    IN   8  agent      -
France       France             PROPN  NNP  10 pobj       GPE
and          and                CCONJ  CC   11 cc         -
Denmark      Denmark            PROPN  NNP  11 conj       GPE
.            .                  PUNCT  .    2  punct      -
"""


def test_what_a_rejected_plan_says_is_no_deed() -> None:
    acts = read_modal_acts(_plans("Voters", "rejected", "reject"))
    assert not {a for a in acts if a[0] in ("France", "Denmark")}


def test_what_a_proposed_plan_says_is_still_to_come() -> None:
    # guard: passes with or without the change
    acts = read_modal_acts(_plans("Ministers", "proposed", "propose"))
    assert ("France", "rule", "Mali", None, "will", False) in acts
