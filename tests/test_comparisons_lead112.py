"""Comparisons after "as" that elide their verb: no relation of the main subject to what they name."""

from __future__ import annotations

from geokg.extract.io.nlp import elliptic_comparisons
from geokg.extract.pipeline import read_doc
from hand_docs import parse, read_triples

# "Chile will keep growing, albeit more slowly, as will be the case in Peru.", as the parser gives it
AS_IS_THE_CASE = """
Chile          Chile          PROPN NNP  3   nsubj     GPE
will           will           AUX   MD   3   aux       -
keep           keep           VERB  VB   0   ROOT      -
growing        grow           VERB  VBG  3   xcomp     -
,              ,              PUNCT ,    4   punct     -
albeit         albeit         SCONJ IN   8   advmod    -
more           more           ADV   RBR  8   advmod    -
slowly         slowly         ADV   RB   3   advcl     -
,              ,              PUNCT ,    3   punct     -
as             as             SCONJ IN   12  mark      -
will           will           AUX   MD   12  aux       -
be             be             AUX   VB   3   advcl     -
the            the            DET   DT   14  det       -
case           case           NOUN  NN   12  attr      -
in             in             ADP   IN   14  prep      -
Peru           Peru           PROPN NNP  15  pobj      GPE
.              .              PUNCT .    3   punct     -
"""

# "Ana Ruiz will attend, as will newly elected Peruvian leader Juan Soto.", as the parser gives it: the
# participle the "as" clause's verb, the name its object
AS_WILL_NEWLY_ELECTED = """
Ana            Ana            PROPN NNP  2   compound  PERSON
Ruiz           Ruiz           PROPN NNP  4   nsubj     I-PERSON
will           will           AUX   MD   4   aux       -
attend         attend         VERB  VB   0   ROOT      -
,              ,              PUNCT ,    4   punct     -
as             as             SCONJ IN   9   mark      -
will           will           AUX   MD   9   aux       -
newly          newly          ADV   RB   9   advmod    -
elected        elect          VERB  VBN  4   advcl     -
Peruvian       peruvian       ADJ   JJ   11  amod      NORP
leader         leader         NOUN  NN   13  compound  -
Juan           Juan           PROPN NNP  13  compound  PERSON
Soto           Soto           PROPN NNP  9   dobj      I-PERSON
.              .              PUNCT .    4   punct     -
"""


def _triples(doc) -> set[tuple[str, str, str]]:
    reading = read_doc(doc, scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    return {(label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in reading.relations}


def test_as_is_the_case_relates_the_main_subject_to_nothing() -> None:
    assert not any(fact[0] == "Chile" and fact[2] == "Peru" for fact in read_triples(AS_IS_THE_CASE))


def test_newly_elected_after_as_will_modifies_the_name() -> None:
    doc = elliptic_comparisons(parse(AS_WILL_NEWLY_ELECTED))
    assert (doc[8].dep_, doc[8].head.text) == ("amod", "Soto")
    assert (doc[12].dep_, doc[12].head.text, doc[6].dep_) == ("nsubj", "will", "advcl")
    assert not any(fact[1] == "elect" for fact in _triples(doc))


def test_without_the_repair_the_first_subject_elects_the_name() -> None:
    assert ("Ana Ruiz", "elect", "Juan Soto") in _triples(parse(AS_WILL_NEWLY_ELECTED))
