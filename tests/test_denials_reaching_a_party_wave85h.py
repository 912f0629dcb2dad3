"""A denial of a clause with no entity for a subject is about whom that clause reaches (wave 85 H): "Ann Roe,
a Ruritanian spokeswoman, denied that any signal was sent to Kenya" gives "Ann Roe -deny-> Kenya" with the
denied clause for content (objects._denied_reached, rules.speech_content). An explicit denial is a fact of
the article; a plain report of such a clause ("said that arms were sold to Kenya") stays about the arms. The
parse is built by hand as the parser gave it (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import facts, parse, read

DENIAL = """
Ann        Ann        PROPN NNP  2  compound PERSON
Roe        Roe        PROPN NNP  3  nsubj    I-PERSON
denied     deny       VERB  VBD  0  ROOT     -
that       that       SCONJ IN   9  mark     -
any        any        DET   DT   6  det      -
signal     signal     NOUN  NN   9  nsubjpass -
was        be         AUX   VBD  9  aux      -
being      be         AUX   VBG  9  auxpass  -
sent       send       VERB  VBN  3  ccomp    -
to         to         ADP   IN   9  dative   -
Kenya      Kenya      PROPN NNP  10 pobj     GPE
by         by         ADP   IN   9  agent    -
the        the        DET   DT   15 det      -
naval      naval      ADJ   JJ   15 amod     -
moves      move       NOUN  NNS  12 pobj     -
.          .          PUNCT .    3  punct    -
"""

REPORT = DENIAL.replace("denied     deny ", "said       say  ")
PLACE = DENIAL.replace("to         to         ADP   IN   9  dative", "in in ADP IN 9 prep")


def test_a_denial_is_about_whom_the_denied_clause_reaches() -> None:
    reading = read_doc(parse(DENIAL), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    denied = [r for r in reading.relations if r.rule.name == "speech_content"]
    assert [(label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in denied] == [
        ("Ann Roe", "deny", "Kenya")
    ]
    assert "sent to Kenya" in (denied[0].content or "")
    # a plain report of such a clause, or a clause placed in Kenya, is about no one named
    assert facts(read(REPORT), "speech_content") == set()
    assert facts(read(PLACE), "speech_content") == set()
