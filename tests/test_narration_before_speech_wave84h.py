"""Narration joined to a speaker's words (wave 84 H): in "Ghana, Kenya and others rejected such action and
Freedonian trade minister Ann Roe merely said, ..." the parser may hang the first clause on "said" as what
the minister reports, with the "and" (and the minister's title) inside it, so that she says something of
Ghana and Kenya. A clause joined by "and" before a speaker is the reporter's narration, never the speaker's
words (io/nlp.py coordinated_clauses, _narration_before_speaker). Parses are built by hand as the parser gave
them (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.io.nlp import coordinated_clauses
from geokg.extract.pipeline import read_doc
from hand_docs import parse

# Ghana, Kenya and others rejected such action and Freedonian trade minister Ann Roe merely said, "We are
# sure the problems will be temporary."
JOINED = """
Ghana      Ghana      PROPN NNP  6  nsubj    GPE
,          ,          PUNCT ,    1  punct    -
Kenya      Kenya      PROPN NNP  1  conj     GPE
and        and        CCONJ CC   3  cc       -
others     other      NOUN  NNS  3  conj     -
rejected   reject     VERB  VBD  16 ccomp    -
such       such       ADJ   JJ   8  amod     -
action     action     NOUN  NN   6  dobj     -
and        and        CCONJ CC   8  cc       -
Freedonian freedonian ADJ   JJ   12 amod     NORP
trade      trade      NOUN  NN   12 compound -
minister   minister   NOUN  NN   8  conj     -
Ann        Ann        PROPN NNP  14 compound PERSON
Roe        Roe        PROPN NNP  16 nsubj    I-PERSON
merely     merely     ADV   RB   16 advmod   -
said       say        VERB  VBD  0  ROOT     -
,          ,          PUNCT ,    16 punct    -
"          "          PUNCT ``   16 punct    -
We         we         PRON  PRP  20 nsubj    -
are        be         AUX   VBP  16 ccomp    -
sure       sure       ADJ   JJ   20 acomp    -
the        the        DET   DT   23 det      -
problems   problem    NOUN  NNS  25 nsubj    -
will       will       AUX   MD   25 aux      -
be         be         AUX   VB   21 ccomp    -
temporary  temporary  ADJ   JJ   25 acomp    -
.          .          PUNCT .    16 punct    -
"          "          PUNCT ''   16 punct    -
"""

# "Ghana and Kenya rejected such action, Ann Roe said.": set off by a comma, the clause is what she reports
REPORTED = """
Ghana      Ghana      PROPN NNP  4  nsubj    GPE
and        and        CCONJ CC   1  cc       -
Kenya      Kenya      PROPN NNP  1  conj     GPE
rejected   reject     VERB  VBD  10 ccomp    -
such       such       ADJ   JJ   6  amod     -
action     action     NOUN  NN   4  dobj     -
,          ,          PUNCT ,    10 punct    -
Ann        Ann        PROPN NNP  9  compound PERSON
Roe        Roe        PROPN NNP  10 nsubj    I-PERSON
said       say        VERB  VBD  0  ROOT     -
.          .          PUNCT .    10 punct    -
"""


def _edges(doc) -> set[tuple[str, str, str]]:
    reading = read_doc(doc, scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    return {(label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in reading.relations}


def test_a_clause_joined_before_the_speaker_is_no_content_of_hers() -> None:
    doc = coordinated_clauses(parse(JOINED))
    assert doc[5].dep_ == "ROOT"
    assert (doc[15].dep_, doc[15].head.i) == ("conj", 5)
    assert (doc[8].dep_, doc[8].head.i) == ("cc", 5)
    assert (doc[11].dep_, doc[11].head.text) == ("compound", "Roe")  # her title is hers again
    # neither does she speak of Ghana, nor do Ghana and Kenya reject her
    assert not any({"Ann Roe", "Ghana"} <= {subject, obj} for subject, _, obj in _edges(doc))
    assert not any({"Ann Roe", "Kenya"} <= {subject, obj} for subject, _, obj in _edges(doc))
    # set off by a comma, with no "and", the clause before the speaker stays what she reports
    doc = coordinated_clauses(parse(REPORTED))
    assert (doc[3].dep_, doc[3].head.i) == ("ccomp", 9)
    assert ("Ann Roe", "say", "Ghana") in _edges(doc)
