"""Wave 122 H: a quotation whose own reporting verb names its speaker by a description coreference cannot
resolve (`The retired envoy said: "I blame Chile."`) is that person's, never the words of whoever the
paragraph names next (`Ms Okafor called the speech "historic".`): only a quotation with no report of its own
waits for a speaker named later (sentences of our own, parses written by hand)."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import parse

ENVOY_THEN_OKAFOR = """
The        the        DET   DT   3  det      -
retired    retired    ADJ   JJ   3  amod     -
envoy      envoy      NOUN  NN   4  nsubj    -
said       say        VERB  VBD  0  ROOT     -
:          :          PUNCT :    4  punct    -
"          "          PUNCT ``   8  punct    -
I          I          PRON  PRP  8  nsubj    -
blame      blame      VERB  VBP  4  ccomp    -
Chile      Chile      PROPN NNP  8  dobj     GPE
.          .          PUNCT .    4  punct    -
"          "          PUNCT ''   4  punct    -
Ms         Ms         PROPN NNP  13 compound -
Okafor     Okafor     PROPN NNP  14 nsubj    PERSON
called     call       VERB  VBD  0  ROOT     -
the        the        DET   DT   16 det      -
speech     speech     NOUN  NN   14 dobj     -
"          "          PUNCT ``   18 punct    -
historic   historic   ADJ   JJ   14 oprd     -
"          "          PUNCT ''   18 punct    -
.          .          PUNCT .    14 punct    -
"""

QUOTE_THEN_OKAFOR = """
"          "          PUNCT ``   3  punct    -
I          I          PRON  PRP  3  nsubj    -
blame      blame      VERB  VBP  0  ROOT     -
Chile      Chile      PROPN NNP  3  dobj     GPE
.          .          PUNCT .    3  punct    -
"          "          PUNCT ''   3  punct    -
Ms         Ms         PROPN NNP  8  compound -
Okafor     Okafor     PROPN NNP  9  nsubj    PERSON
called     call       VERB  VBD  0  ROOT     -
the        the        DET   DT   11 det      -
speech     speech     NOUN  NN   9  dobj     -
"          "          PUNCT ``   13 punct    -
historic   historic   ADJ   JJ   9  oprd     -
"          "          PUNCT ''   13 punct    -
.          .          PUNCT .    9  punct    -
"""


def _edges(table: str) -> set[tuple[str, str, str]]:
    return {
        (r.subject.entity_id, r.predicate, r.object.entity_id) for r in read_doc(parse(table), "t").relations
    }


def test_a_described_speaker_keeps_the_quotation() -> None:
    assert not any(s == "person:okafor" for s, _, _ in _edges(ENVOY_THEN_OKAFOR))


def test_an_unreported_quotation_still_takes_the_speaker_named_next() -> None:
    assert any(s == "person:okafor" for s, _, _ in _edges(QUOTE_THEN_OKAFOR))
