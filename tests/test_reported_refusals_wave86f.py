"""A clause reported by "officials and delegates" that refuses a state's demands (wave 86 F): "Peru now
accepts greater controls on loans, but is unwilling to countenance U.S. demands, officials and delegates
said." A comparative ("greater controls") measures and praises no one, so the speaker's word about Peru
is no praise (stance.judgement); "unwilling to" is a refusal, negated with no "may" (words.tsv
refusing_predicates, frame._on_schedule; "reluctant to" still weighs it: may); and a bare "officials"
joined with people of no state's sector ("and delegates") is a mixed group: neither the officials the text
named before nor the story's state (coref.officials_named_before, actors._alone) but an unnamed source.
Parses are built by hand as the parser gave them (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import facts, parse, read, read_modal_acts

COMPARATIVE = """
Chile      Chile      PROPN NNP  2  nsubj    GPE
said       say        VERB  VBD  0  ROOT     -
Peru       Peru       PROPN NNP  4  nsubj    GPE
accepts    accept     VERB  VBZ  2  ccomp    -
greater    great      ADJ   JJR  6  amod     -
controls   control    NOUN  NNS  4  dobj     -
.          .          PUNCT .    2  punct    -
"""

UNWILLING = """
Peru       Peru       PROPN NNP  2  nsubj    GPE
is         be         AUX   VBZ  0  ROOT     -
unwilling  unwilling  ADJ   JJ   2  acomp    -
to         to         PART  TO   5  aux      -
recognise  recognise  VERB  VB   3  xcomp    -
Chile      Chile      PROPN NNP  5  dobj     GPE
.          .          PUNCT .    2  punct    -
"""

MIXED = """
U.S.       U.S.       PROPN NNP  2  compound GPE
officials  official   NOUN  NNS  3  nsubj    -
want       want       VERB  VBP  0  ROOT     -
more       more       ADJ   JJR  5  amod     -
votes      vote       NOUN  NNS  3  dobj     -
.          .          PUNCT .    3  punct    -
Peru       Peru       PROPN NNP  10 nsubj    GPE
will       will       AUX   MD   10 aux      -
not        not        PART  RB   10 neg      -
recognise  recognise  VERB  VB   16 ccomp    -
Chile      Chile      PROPN NNP  10 dobj     GPE
,          ,          PUNCT ,    16 punct    -
officials  official   NOUN  NNS  16 nsubj    -
and        and        CCONJ CC   13 cc       -
delegates  delegate   NOUN  NNS  13 conj     -
said       say        VERB  VBD  0  ROOT     -
.          .          PUNCT .    16 punct    -
"""


def test_a_comparative_in_a_reported_clause_is_no_praise() -> None:
    assert facts(read(COMPARATIVE), "speech_content") == {("Chile", "say", "Peru")}


def test_unwilling_to_is_a_refusal_with_no_may() -> None:
    assert ("Peru", "recognise", "Chile", "05", None, True) in read_modal_acts(UNWILLING)
    # a reluctance only weighs the deed: may
    reluctant = UNWILLING.replace("unwilling  unwilling ", "reluctant  reluctant ")
    assert ("Peru", "recognise", "Chile", "05", "may", True) in read_modal_acts(reluctant)


def test_officials_joined_with_delegates_are_no_state_named_before() -> None:
    reading = read_doc(parse(MIXED), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    refused = [r for r in reading.relations if r.predicate == "recognise"]
    assert [(label[r.subject.entity_id], r.negated) for r in refused] == [("Peru", True)]
    assert refused[0].attributed_to == "source:officials"
