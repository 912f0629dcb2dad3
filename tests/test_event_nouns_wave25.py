"""Events told as nouns between two named parties (wave 25): one canonical verb predicate with the verb's
CAMEO code, the noun kept as the sentence's words. Hand-built parses of sentences of our own, then
sentences through the model."""

from __future__ import annotations

import pytest
from extraction_helpers import Run, none, one
from hand_docs import read


def _facts(table: str) -> set[tuple[str, str, str, str | None, str]]:
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (label[r.subject.entity_id], r.predicate, label[r.object.entity_id], r.event_root, r.predicate_text)
        for r in reading.relations
    }


def test_a_merger_with_a_company_is_merging_with_it() -> None:
    assert _facts("""
    Norcorp   Norcorp   PROPN NNP 3 poss      ORG
    's        's        PART  POS 1 case      -
    merger    merger    NOUN  NN  7 nsubjpass -
    with      with      ADP   IN  3 prep      -
    Valtek    Valtek    PROPN NNP 4 pobj      ORG
    was       be        AUX   VBD 7 auxpass   -
    approved  approve   VERB  VBN 0 ROOT      -
    .         .         PUNCT .   7 punct     -
    """) == {("Norcorp", "merge with", "Valtek", "06", "merger with")}


def test_the_merger_of_two_companies_is_their_merging_with_each_other() -> None:
    facts = _facts("""
    The       the       DET   DT  2 det       -
    merger    merger    NOUN  NN  8 nsubjpass -
    of        of        ADP   IN  2 prep      -
    Norcorp   Norcorp   PROPN NNP 3 pobj      ORG
    and       and       CCONJ CC  4 cc        -
    Valtek    Valtek    PROPN NNP 4 conj      ORG
    was       be        AUX   VBD 8 auxpass   -
    approved  approve   VERB  VBN 0 ROOT      -
    .         .         PUNCT .   8 punct     -
    """)
    assert {f[:4] for f in facts} == {("Norcorp", "merge with", "Valtek", "06")}


def test_the_arrest_of_two_people_is_no_act_of_one_on_the_other() -> None:
    # only an event the parties do with each other pairs the coordinated "of"
    assert not _facts("""
    The       the       DET   DT  2 det       -
    arrest    arrest    NOUN  NN  8 nsubjpass -
    of        of        ADP   IN  2 prep      -
    Norcorp   Norcorp   PROPN NNP 3 pobj      ORG
    and       and       CCONJ CC  4 cc        -
    Valtek    Valtek    PROPN NNP 4 conj      ORG
    was       be        AUX   VBD 8 auxpass   -
    reported  report    VERB  VBN 0 ROOT      -
    .         .         PUNCT .   8 punct     -
    """)


TAKEOVER = """
Norcorp   Norcorp   PROPN NNP 3 poss      ORG
's        's        PART  POS 1 case      -
takeover  takeover  NOUN  NN  7 nsubjpass -
of        of        ADP   IN  3 prep      -
{name}    {name}    PROPN NNP 4 pobj      {type}
was       be        AUX   VBD 7 auxpass   -
completed complete  VERB  VBN 0 ROOT      -
.         .         PUNCT .   7 punct     -
"""


def test_a_takeover_of_a_company_is_taking_it_over() -> None:
    facts = _facts(TAKEOVER.format(name="Valtek", type="ORG"))
    assert facts == {("Norcorp", "take over", "Valtek", "06", "takeover of")}


def test_a_takeover_of_a_city_is_no_acquisition() -> None:
    assert not _facts(TAKEOVER.format(name="Lima", type="GPE"))


def test_a_by_agent_hung_on_the_expelled_is_the_expeller() -> None:
    facts = _facts("""
    The        the        DET   DT  2 det    -
    expulsion  expulsion  NOUN  NN  9 nsubj  -
    of         of         ADP   IN  2 prep   -
    Peru       Peru       PROPN NNP 6 poss   GPE
    's         's         PART  POS 4 case   -
    envoys     envoy      NOUN  NNS 3 pobj   -
    by         by         ADP   IN  6 prep   -
    Chile      Chile      PROPN NNP 7 pobj   GPE
    angered    anger      VERB  VBD 0 ROOT   -
    Lima       Lima       PROPN NNP 9 dobj   GPE
    .          .          PUNCT .   9 punct  -
    """)
    assert ("Chile", "expel", "Peru", "17") in {f[:4] for f in facts}


def test_a_by_phrase_on_a_thing_names_its_maker_not_the_doer() -> None:
    facts = _facts("""
    The        the        DET   DT  2 det    -
    seizure    seizure    NOUN  NN  7 nsubj  -
    of         of         ADP   IN  2 prep   -
    paintings  painting   NOUN  NNS 3 pobj   -
    by         by         ADP   IN  4 prep   -
    Picasso    Picasso    PROPN NNP 5 pobj   PERSON
    angered    anger      VERB  VBD 0 ROOT   -
    Chile      Chile      PROPN NNP 7 dobj   GPE
    .          .          PUNCT .   7 punct  -
    """)
    assert not {f for f in facts if f[0] == "Picasso"}


@pytest.mark.parametrize(
    ("text", "subject", "word", "obj"),
    [
        ("The merger of Exxon and Mobil was approved in 1999.", "Exxon", "merge with", "Mobil"),
        ("Exxon's takeover of Mobil was completed in 1999.", "Exxon", "take over", "Mobil"),
        ("The expulsion of Peru's diplomats by Chile drew a protest.", "Chile", "expel", "Peru"),
        ("The Senate's approval of Jane Roe came on Wednesday.", "Senate", "approve", "Jane Roe"),
    ],
)
def test_nominal_events_through_the_model(run: Run, text: str, subject: str, word: str, obj: str) -> None:
    one(run(text), subject, word, obj)


def test_a_rebel_takeover_of_a_city_is_no_acquisition_through_the_model(run: Run) -> None:
    none(run("Chile's takeover of Arica was swift."), "Chile", "Arica")
