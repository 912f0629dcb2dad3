"""Lending cut off (wave 86 G): a lending body that declares a state ineligible for loans, suspends or cuts
off its lending (loans, credit) or bars it from loans reduces or stops aid (162), no statement (01), no
cut in relations (160) nor an embargo (163), and the predicate says so ("declare ineligible for loan").
Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read

DECLARED = """
The        the        DET   DT  2 det      -
IMF        IMF        PROPN NNP 3 nsubj    ORG
declared   declare    VERB  VBD 0 ROOT     -
Peru       Peru       PROPN NNP 5 nsubj    GPE
ineligible ineligible ADJ   JJ  3 ccomp    -
for        for        ADP   IN  5 prep     -
new        new        ADJ   JJ  8 amod     -
loans      loan       NOUN  NNS 6 pobj     -
.          .          PUNCT .   3 punct    -
"""

SUSPENDED = """
The        the        DET   DT  2 det      -
IMF        IMF        PROPN NNP 3 nsubj    ORG
{verb}     {lemma}    VERB  VBD 0 ROOT     -
{object}   {object_lemma} {pos} {tag} 3 dobj -
to         to         ADP   IN  4 prep     -
Peru       Peru       PROPN NNP 5 pobj     GPE
.          .          PUNCT .   3 punct    -
"""


def _facts(table: str) -> set[tuple[str, str, str, str | None]]:
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (label[r.subject.entity_id], r.predicate, label[r.object.entity_id], r.event_code)
        for r in reading.relations
    }


def test_a_lender_declaring_a_state_ineligible_for_loans_stops_aid() -> None:
    facts = {f for f in _facts(DECLARED) if f[2] == "Peru"}
    assert facts and all(code == "162" for *_, code in facts), facts
    assert any(predicate == "declare ineligible for loan" for _, predicate, _, _ in facts), facts


def test_suspending_lending_or_loans_stops_aid() -> None:
    for verb, lemma, obj, obj_lemma, pos, tag in (
        ("suspended", "suspend", "lending", "lend", "VERB", "VBG"),
        ("halted", "halt", "loans", "loan", "NOUN", "NNS"),
        ("suspended", "suspend", "credit", "credit", "NOUN", "NN"),
    ):
        table = SUSPENDED.format(verb=verb, lemma=lemma, object=obj, object_lemma=obj_lemma, pos=pos, tag=tag)
        codes = {code for _, predicate, o, code in _facts(table) if o == "Peru"}
        assert codes == {"162"}, (verb, obj, codes)
