"""A speaker's "it" (wave 26): inside quotation marks "it" stands for something of the speaker's own
words, a matter or an idea as often as a body, so it takes only an antecedent the same quotation names,
never the body the writer named last outside the marks.

Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.entities.coref import resolve_references
from geokg.extract.pipeline import read_doc
from hand_docs import parse


def _antecedents(table: str) -> dict[str, str]:
    """The word and position of each resolved "it" -> the label of its antecedent."""
    doc = parse(table)
    entities = read_doc(doc, scope="hand-built").entities
    label = {e.id: e.label for e in entities.entities()}
    found = resolve_references(doc, entities)
    return {f"{doc[i].text}@{i}": label[a.entity_id] for i, a in found.items() if doc[i].lower_ == "it"}


def test_a_quoted_it_does_not_take_the_body_named_before_the_quotation() -> None:
    """`Acme released a browser. "It is a fine gain for users," said Smith.`: "it" is the release, not
    Acme."""
    found = _antecedents("""
    Acme      Acme      PROPN NNP 2  nsubj  ORG
    released  release   VERB  VBD 0  ROOT   -
    a         a         DET   DT  4  det    -
    browser   browser   NOUN  NN  2  dobj   -
    .         .         PUNCT .   2  punct  -
    "         "         PUNCT ``  7  punct  -
    It        it        PRON  PRP 7  nsubj  -
    is        be        AUX   VBZ 16 ccomp  -
    a         a         DET   DT  11 det    -
    fine      fine      ADJ   JJ  11 amod   -
    gain      gain      NOUN  NN  7  attr   -
    for       for       ADP   IN  11 prep   -
    users     user      NOUN  NNS 12 pobj   -
    ,         ,         PUNCT ,   16 punct  -
    "         "         PUNCT ''  16 punct  -
    said      say       VERB  VBD 0  ROOT   -
    Smith     Smith     PROPN NNP 16 nsubj  PERSON
    .         .         PUNCT .   16 punct  -
    """)
    assert found == {}


def test_a_quoted_it_takes_the_body_the_same_quotation_names() -> None:
    """`"Peru has no navy, and it cannot reach Chile," said Smith.`: "it" is Peru, named in the quote."""
    found = _antecedents("""
    "         "         PUNCT ``  2  punct  -
    Peru      Peru      PROPN NNP 3  nsubj  GPE
    has       have      VERB  VBZ 15 ccomp  -
    no        no        DET   DT  5  det    -
    navy      navy      NOUN  NN  3  dobj   -
    ,         ,         PUNCT ,   3  punct  -
    and       and       CCONJ CC  3  cc     -
    it        it        PRON  PRP 10 nsubj  -
    cannot    can       AUX   MD  10 aux    -
    reach     reach     VERB  VB  3  conj   -
    Chile     Chile     PROPN NNP 10 dobj   GPE
    ,         ,         PUNCT ,   15 punct  -
    "         "         PUNCT ''  15 punct  -
    said      say       VERB  VBD 0  ROOT   -
    Smith     Smith     PROPN NNP 15 nsubj  PERSON
    .         .         PUNCT .   15 punct  -
    """)
    assert found == {"it@7": "Peru"}


def test_it_in_the_content_of_a_pledge_is_the_body_the_pledge_is_from() -> None:
    """`Smith cited "a pledge from Peru that it would not attack Chile."`: "it" is Peru, whose pledge the
    clause of "it" is, though Peru is no subject."""
    found = _antecedents("""
    Smith     Smith     PROPN NNP 2  nsubj  PERSON
    cited     cite      VERB  VBD 0  ROOT   -
    "         "         PUNCT ``  2  punct  -
    a         a         DET   DT  5  det    -
    pledge    pledge    NOUN  NN  2  dobj   -
    from      from      ADP   IN  5  prep   -
    Peru      Peru      PROPN NNP 6  pobj   GPE
    that      that      SCONJ IN  12 mark   -
    it        it        PRON  PRP 12 nsubj  -
    would     would     AUX   MD  12 aux    -
    not       not       PART  RB  12 neg    -
    attack    attack    VERB  VB  5  acl    -
    Chile     Chile     PROPN NNP 12 dobj   GPE
    .         .         PUNCT .   2  punct  -
    "         "         PUNCT ''  2  punct  -
    """)
    assert found == {"it@8": "Peru"}
