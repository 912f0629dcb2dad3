"""Wave 100 H: a report prepared by two bodies for a third. "the Zenith Planning Agency for the Kestrel
Review Committee": a part after "for" that opens with "the" and ends in a body's noun is a body of its own,
for which the first acts, not the rest of the first's name ("Center for Biological Diversity" stays one);
and an object "it" after a document named in its sentence ("The report was prepared ..., which released
it") is the document, not a state named before. The parses are stated by hand (tests/hand_docs.py); the
sentences are ours."""

from __future__ import annotations

from hand_docs import read, read_triples

# "Peru's growth slowed. The report was prepared by the Acme Research Agency and the Zenith Planning Agency
# for the Kestrel Review Committee, which released it."
_PREPARED_FOR = """
Peru       Peru       PROPN NNP  3   poss      GPE
's         's         PART  POS  1   case      -
growth     growth     NOUN  NN   4   nsubj     -
slowed     slow       VERB  VBD  0   ROOT      -
.          .          PUNCT .    4   punct     -
The        the        DET   DT   7   det       -
report     report     NOUN  NN   9   nsubjpass -
was        be         AUX   VBD  9   auxpass   -
prepared   prepare    VERB  VBN  9   ROOT      -
by         by         ADP   IN   9   agent     -
the        the        DET   DT   14  det       ORG
Acme       Acme       PROPN NNP  14  compound  I-ORG
Research   Research   PROPN NNP  14  compound  I-ORG
Agency     Agency     PROPN NNP  10  pobj      I-ORG
and        and        CCONJ CC   14  cc        -
the        the        DET   DT   19  det       ORG
Zenith     Zenith     PROPN NNP  19  compound  I-ORG
Planning   Planning   PROPN NNP  19  compound  I-ORG
Agency     Agency     PROPN NNP  14  conj      I-ORG
for        for        ADP   IN   19  prep      -
the        the        DET   DT   24  det       ORG
Kestrel    Kestrel    PROPN NNP  24  compound  I-ORG
Review     Review     PROPN NNP  24  compound  I-ORG
Committee  Committee  PROPN NNP  20  pobj      I-ORG
,          ,          PUNCT ,    24  punct     -
which      which      PRON  WDT  27  nsubj     -
released   release    VERB  VBD  24  relcl     -
it         it         PRON  PRP  27  dobj      -
.          .          PUNCT .    9   punct     -
"""


def test_a_body_prepared_for_is_a_body_of_its_own() -> None:
    labels = {e.label for e in read(_PREPARED_FOR).entities.entities()}
    assert "Kestrel Review Committee" in labels
    assert not any("for" in label.split() for label in labels)


def test_it_after_a_report_is_the_report() -> None:
    assert not any(obj == "Peru" for _, _, obj in read_triples(_PREPARED_FOR))


def test_it_after_a_report_is_the_report_where_the_bodys_noun_is_in_lower_case() -> None:
    # (the lead, after wave 100) "for the Kestrel Review committee, which released it": the lower-case
    # noun inside the body's name is no thing "it" could be instead of the report
    proper = "Committee  Committee  PROPN NNP  20  pobj      I-ORG"
    table = _PREPARED_FOR.replace(proper, "committee  committee  NOUN  NN   20  pobj      I-ORG")
    assert not any(obj == "Peru" for _, _, obj in read_triples(table))
