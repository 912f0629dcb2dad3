"""Wave 103 F: a report of a recommendation is no criticism of its maker. The wrong a reprisal is for
("whether to retaliate against Chile for unfair practices": a "for" on an act with an
acted_against_preps party) is the one's it is done to, and a noun the writer does not vouch for ("alleged
unfair practices": allegation_adjectives) is someone's allegation: neither judges the one the report
speaks of (stance.judgement).
Each test states its parse by hand (tests/hand_docs.py); the sentences and names are ours."""

from __future__ import annotations

from geokg.extract.clauses.stance import stance
from hand_docs import parse, read_attributed

RETALIATE_FOR = """
The         the         DET   DT   3   det       -
Andean      Andean      PROPN NNP  3   compound  ORG
Council     Council     PROPN NNP  4   nsubj     I-ORG
made        make        VERB  VBD  22  ccomp     -
a           a           DET   DT   6   det       -
recommendation recommendation NOUN NN 4 dobj     -
to          to          ADP   IN   6   prep      -
Jan         Jan         PROPN NNP  9   compound  PERSON
Bolt        Bolt        PROPN NNP  7   pobj      I-PERSON
whether     whether     SCONJ IN   12  mark      -
to          to          PART  TO   12  aux       -
retaliate   retaliate   VERB  VB   6   acl       -
against     against     ADP   IN   12  prep      -
Chile       Chile       PROPN NNP  13  pobj      GPE
for         for         ADP   IN   12  prep      -
unfair      unfair      ADJ   JJ   17  amod      -
practices   practice    NOUN  NNS  15  pobj      -
,           ,           PUNCT ,    22  punct     -
Peruvian    peruvian    ADJ   JJ   20  amod      NORP
officials   official    NOUN  NNS  21  nsubj     -
said        say         VERB  VBD  0   ROOT      -
.           .           PUNCT .    21  punct     -
"""

STUDIED_ALLEGED = """
Mark        Mark        PROPN NNP  2   compound  PERSON
Roe         Roe         PROPN NNP  3   nsubj     I-PERSON
said        say         VERB  VBD  0   ROOT      -
the         the         DET   DT   6   det       -
Andean      Andean      PROPN NNP  6   compound  ORG
Council     Council     PROPN NNP  8   nsubj     I-ORG
had         have        AUX   VBD  8   aux       -
studied     study       VERB  VBN  3   ccomp     -
alleged     alleged     ADJ   JJ   11  amod      -
unfair      unfair      ADJ   JJ   11  amod      -
practices   practice    NOUN  NNS  8   dobj      -
.           .           PUNCT .    3   punct     -
"""


def _criticised(table: str) -> set[str]:
    return {o for _, p, o, _ in read_attributed(table) if p == "criticise"}


def test_the_wrong_a_reprisal_is_for_is_not_its_recommenders() -> None:
    made = parse(RETALIATE_FOR)[3]
    # the officials' stance toward the council, whose recommendation they report: none
    assert stance(made, own=False, scope=made) is None
    assert "Andean Council" not in _criticised(RETALIATE_FOR)


def test_an_alleged_wrong_judges_nobody() -> None:
    assert "Andean Council" not in _criticised(STUDIED_ALLEGED)
