"""Lead, after wave 110: one analyst of a trade or field the wire quotes without a name ("an economist said",
"a lobbyist said") is the claim's source, as "one trader said" is: the deed reported is theirs by their
words (attributed_to), never the article's own fact. The parse is stated by hand (tests/hand_docs.py);
the sentence is ours."""

from __future__ import annotations

from geokg.extract.clauses.quotes import UNNAMED_SOURCE
from hand_docs import read

# "Peru will sue Chile, an economist said."
_ECONOMIST_SAID = """
Peru       Peru       PROPN NNP  3   nsubj     GPE
will       will       AUX   MD   3   aux       -
sue        sue        VERB  VB   8   ccomp     -
Chile      Chile      PROPN NNP  3   dobj      GPE
,          ,          PUNCT ,    8   punct     -
an         an         DET   DT   7   det       -
{noun}  {noun}  NOUN  NN   8   nsubj     -
said       say        VERB  VBD  0   ROOT      -
.          .          PUNCT .    8   punct     -
"""


def _sources(noun: str) -> set[str | None]:
    reading = read(_ECONOMIST_SAID.format(noun=noun))
    return {r.attributed_to for r in reading.relations if r.predicate == "sue"}


def test_an_economist_or_a_lobbyist_is_the_source() -> None:
    assert _sources("economist") == {f"{UNNAMED_SOURCE}economist"}
    assert _sources("lobbyist") == {f"{UNNAMED_SOURCE}lobbyist"}
