"""A speaker's next word conjoined inside what it hopes (wave 84 H): in "Kenyan cocoa growers are hoping the
proposed OPEC levy will not be imposed, but say Ghana is prepared to retaliate" the parser may hang "say" on
the hoped-for "imposed", so that the levy (and through it OPEC) says what the growers say. A finite verb of
speech conjoined to a reported verb under a modal cannot share the modal: it is the hoping subject's next act
(io/nlp.py reporters_conjuncts, _report_beyond_the_modal). The parse is built by hand as the parser gave it
(tests/hand_docs.py); the sentence is ours."""

from __future__ import annotations

from geokg.extract.io.nlp import reporters_conjuncts
from geokg.extract.pipeline import read_doc
from hand_docs import parse

HOPING = """
Kenyan     Kenyan     ADJ   JJ   3  amod     NORP
cocoa      cocoa      NOUN  NN   3  compound -
growers    grower     NOUN  NNS  5  nsubj    -
are        be         AUX   VBP  5  aux      -
hoping     hope       VERB  VBG  0  ROOT     -
the        the        DET   DT   9  det      -
proposed   propose    VERB  VBN  9  amod     -
OPEC       OPEC       PROPN NNP  9  compound ORG
levy       levy       NOUN  NN   13 nsubjpass -
will       will       AUX   MD   13 aux      -
not        not        PART  RB   13 neg      -
be         be         AUX   VB   13 auxpass  -
imposed    impose     VERB  VBN  5  ccomp    -
,          ,          PUNCT ,    13 punct    -
but        but        CCONJ CC   13 cc       -
say        say        VERB  VBP  13 conj     -
Ghana      Ghana      PROPN NNP  18 nsubj    GPE
is         be         AUX   VBZ  16 ccomp    -
prepared   prepared   ADJ   JJ   18 acomp    -
to         to         PART  TO   21 aux      -
retaliate  retaliate  VERB  VB   19 xcomp    -
.          .          PUNCT .    5  punct    -
"""


def _says(table: str) -> set[tuple[str, str]]:
    reading = read_doc(reporters_conjuncts(parse(table)), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (label[r.subject.entity_id], label[r.object.entity_id])
        for r in reading.relations
        if r.predicate == "say"
    }


def test_the_growers_say_it_not_the_levy_they_hope_against() -> None:
    doc = reporters_conjuncts(parse(HOPING))
    assert (doc[15].dep_, doc[15].head.i) == ("conj", 4)
    assert doc[14].head.i == 4
    says = _says(HOPING)
    assert not any(speaker == "OPEC" for speaker, _ in says)
    assert ("Kenyan growers", "Ghana") in says
    # a bare "say" (tagged VB) may share "will": it stays where the parser hung it
    bare = HOPING.replace("say        say        VERB  VBP", "say        say        VERB  VB ")
    assert reporters_conjuncts(parse(bare))[15].head.i == 12
