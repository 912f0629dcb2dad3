"""Grievances and measures put on hold or taken back (wave 85 G): suspending (dropping, withdrawing) a
complaint, a suit or a case against X yields to X (080), and suspending (dropping, withdrawing) sanctions,
a ban or an embargo against X eases them (085): a concession (08), never the grievance's disapproval (11),
the measure's sanction (163) nor a cut in relations (suspend 160). Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read

SUSPENDS = """
Peru       Peru       PROPN NNP 4 nsubj    GPE
is         be         AUX   VBZ 4 aux      -
temporarily temporarily ADV RB  4 advmod   -
{verb}     {lemma}    VERB  VBG 0 ROOT     -
its        its        PRON  PRP$ 6 poss    -
{noun}     {noun}     NOUN  NN  4 dobj     -
against    against    ADP   IN  6 prep     -
Chile      Chile      PROPN NNP 7 pobj     GPE
.          .          PUNCT .   4 punct    -
"""


def _verb_codes(verb: str, lemma: str, noun: str) -> set[str | None]:
    reading = read(SUSPENDS.format(verb=verb, lemma=lemma, noun=noun))
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        r.event_code
        for r in reading.relations
        if label[r.subject.entity_id] == "Peru"
        and label[r.object.entity_id] == "Chile"
        and r.predicate.startswith(lemma)
    }


def test_suspending_or_dropping_a_complaint_yields() -> None:
    for verb, lemma, noun in (
        ("suspending", "suspend", "complaint"),
        ("suspending", "suspend", "lawsuit"),
        ("dropping", "drop", "suit"),
    ):
        codes = _verb_codes(verb, lemma, noun)
        assert codes and all(c and c.startswith("08") for c in codes), (lemma, noun, codes)


def test_suspending_or_withdrawing_sanctions_eases_them() -> None:
    for verb, lemma, noun in (
        ("suspending", "suspend", "sanctions"),
        ("suspending", "suspend", "embargo"),
        ("withdrawing", "withdraw", "ban"),
    ):
        codes = _verb_codes(verb, lemma, noun)
        assert codes and all(c and c.startswith("08") for c in codes), (lemma, noun, codes)
