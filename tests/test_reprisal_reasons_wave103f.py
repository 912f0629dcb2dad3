"""Wave 103 F: a report of advice is no criticism of its maker. The wrong a reprisal is for
("whether to impose penalties on Chile for unfair subsidies": a "for" on an act with an
acted_against_preps party) is the one's it is done to, and a noun the writer does not vouch for ("purported
unfair subsidies": allegation_adjectives) is someone's allegation: neither judges the one the report
speaks of (stance.judgement).
Each test states its parse by hand (tests/hand_docs.py); the sentences and names are ours."""

from __future__ import annotations

from geokg.extract.clauses.stance import stance
from hand_docs import parse, read_attributed

# "The Andean Council sent advice to Jan Bolt on whether to impose penalties on Chile for unfair subsidies,
# Peruvian officials said."
PENALTIES_FOR = """
The         the         DET   DT   3   det       -
Andean      Andean      PROPN NNP  3   compound  ORG
Council     Council     PROPN NNP  4   nsubj     I-ORG
sent        send        VERB  VBD  22  ccomp     -
advice      advice      NOUN  NN   4   dobj      -
to          to          ADP   IN   4   prep      -
Jan         Jan         PROPN NNP  8   compound  PERSON
Bolt        Bolt        PROPN NNP  6   pobj      I-PERSON
on          on          ADP   IN   5   prep      -
whether     whether     SCONJ IN   12  mark      -
to          to          PART  TO   12  aux       -
impose      impose      VERB  VB   9   pcomp     -
penalties   penalty     NOUN  NNS  12  dobj      -
on          on          ADP   IN   12  prep      -
Chile       Chile       PROPN NNP  14  pobj      GPE
for         for         ADP   IN   12  prep      -
unfair      unfair      ADJ   JJ   18  amod      -
subsidies   subsidy     NOUN  NNS  16  pobj      -
,           ,           PUNCT ,    22  punct     -
Peruvian    peruvian    ADJ   JJ   21  amod      NORP
officials   official    NOUN  NNS  22  nsubj     -
said        say         VERB  VBD  0   ROOT      -
.           .           PUNCT .    22  punct     -
"""

# "Mark Roe said the Andean Council had examined purported unfair subsidies."
EXAMINED_PURPORTED = """
Mark        Mark        PROPN NNP  2   compound  PERSON
Roe         Roe         PROPN NNP  3   nsubj     I-PERSON
said        say         VERB  VBD  0   ROOT      -
the         the         DET   DT   6   det       -
Andean      Andean      PROPN NNP  6   compound  ORG
Council     Council     PROPN NNP  8   nsubj     I-ORG
had         have        AUX   VBD  8   aux       -
examined    examine     VERB  VBN  3   ccomp     -
purported   purported   ADJ   JJ   11  amod      -
unfair      unfair      ADJ   JJ   11  amod      -
subsidies   subsidy     NOUN  NNS  8   dobj      -
.           .           PUNCT .    3   punct     -
"""


def _criticised(table: str) -> set[str]:
    return {o for _, p, o, _ in read_attributed(table) if p == "criticise"}


def test_the_wrong_a_reprisal_is_for_is_not_its_advisers() -> None:
    made = parse(PENALTIES_FOR)[3]
    # the officials' stance toward the council, whose advice they report: none; the advice stays
    assert stance(made, own=False, scope=made) is None
    assert "Andean Council" not in _criticised(PENALTIES_FOR)
    assert ("Andean Council", "send advice to", "Jan Bolt", "Peru") in read_attributed(PENALTIES_FOR)


def test_an_alleged_wrong_judges_nobody() -> None:
    assert "Andean Council" not in _criticised(EXAMINED_PURPORTED)
    assert ("Mark Roe", "say", "Andean Council", None) in read_attributed(EXAMINED_PURPORTED)  # still read
