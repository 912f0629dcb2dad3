"""A past verb of speech with no subject but its own hearer or words, which the parser hung as a conjunct
on the clause another verb of speech reports ("Chile denied it intended to attack Peru and warned Bolivia
any move would meet a response"), is the speaker's next act: the warning is Chile's and not denied
(nlp.coordinated_clauses, _report_after_report). The parse is built by hand as the parser gave it
(tests/hand_docs.py); the sentence is ours."""

from __future__ import annotations

from geokg.extract.io.nlp import coordinated_clauses
from geokg.extract.pipeline import read_doc
from hand_docs import parse

WARNED = """
Chile     Chile     PROPN NNP 2  nsubj  GPE
denied    deny      VERB  VBD 0  ROOT   -
it        it        PRON  PRP 4  nsubj  -
intended  intend    VERB  VBD 2  ccomp  -
to        to        PART  TO  6  aux    -
attack    attack    VERB  VB  4  xcomp  -
Peru      Peru      PROPN NNP 6  dobj   GPE
and       and       CCONJ CC  4  cc     -
warned    warn      VERB  VBD 4  conj   -
Bolivia   Bolivia   PROPN NNP 9  dative GPE
any       any       DET   DT  12 det    -
move      move      NOUN  NN  14 nsubj  -
would     would     AUX   MD  14 aux    -
meet      meet      VERB  VB  9  ccomp  -
a         a         DET   DT  16 det    -
response  response  NOUN  NN  14 dobj   -
.         .         PUNCT .   2  punct  -
"""


def test_a_second_report_hung_on_the_first_ones_words_is_not_denied() -> None:
    doc = coordinated_clauses(parse(WARNED))
    assert doc[8].head.i == 1
    reading = read_doc(doc, scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    warned = [r for r in reading.relations if r.predicate == "warn" and label[r.object.entity_id] != "Peru"]
    assert warned and not any(r.negated for r in warned), warned
    attacked = [r for r in reading.relations if "attack" in r.predicate]
    assert all(r.negated for r in attacked)


# "Chile denied reports that it planned to attack Peru and said any Bolivian move would meet a strong
# response, Radio Santiago said.": the second report is joined to the first, a report itself: both Chile's
RELAYED = """
Chile    Chile    PROPN NNP 2  nsubj    GPE
denied   deny     VERB  VBD 23 ccomp    -
reports  report   NOUN  NNS 2  dobj     -
that     that     SCONJ IN  6  mark     -
it       it       PRON  PRP 6  nsubj    -
planned  plan     VERB  VBD 3  acl      -
to       to       PART  TO  8  aux      -
attack   attack   VERB  VB  6  xcomp    -
Peru     Peru     PROPN NNP 8  dobj     GPE
and      and      CCONJ CC  2  cc       -
said     say      VERB  VBD 2  conj     -
any      any      DET   DT  14 det      -
Bolivian bolivian ADJ   JJ  14 amod     NORP
move     move     NOUN  NN  16 nsubj    -
would    would    AUX   MD  16 aux      -
meet     meet     VERB  VB  11 ccomp    -
a        a        DET   DT  19 det      -
strong   strong   ADJ   JJ  19 amod     -
response response NOUN  NN  16 dobj     -
,        ,        PUNCT ,   23 punct    -
Radio    Radio    PROPN NNP 22 compound ORG
Santiago Santiago PROPN NNP 23 nsubj    I-ORG
said     say      VERB  VBD 0  ROOT     -
.        .        PUNCT .   23 punct    -
"""


def test_a_second_report_joined_to_a_first_report_stays_with_it() -> None:
    doc = coordinated_clauses(parse(RELAYED))
    assert doc[10].head.i == 1  # still the conjunct of "denied", not of the radio's "said"
