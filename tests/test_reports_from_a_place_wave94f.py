"""Reports from a place are no state's word (wave 94 F): "Overnight reports from Lisbon said that the Bank
of Portugal had sold dollars to Chile" and "according to reports from Lisbon, ..." are the press's word
filed from there, an unnamed source by their words (attributed_to "overnight reports from Lisbon"), with no
"Portugal -say-> Bank of Portugal" edge, as "Lisbon sources said" is since wave 86 F; "a report from the
Bank of Portugal" still names its author (arguments.filed_from). The parses are built by hand as the parser
gave them (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read

REPORTS = """
Overnight  overnight  ADJ   JJ   2  amod     -
reports    report     NOUN  NNS  5  nsubj    -
from       from       ADP   IN   2  prep     -
Lisbon     Lisbon     PROPN NNP  3  pobj     GPE
said       say        VERB  VBD  0  ROOT     -
that       that       SCONJ IN   12 mark     -
the        the        DET   DT   8  det      ORG
Bank       Bank       PROPN NNP  12 nsubj    I-ORG
of         of         ADP   IN   8  prep     I-ORG
Portugal   Portugal   PROPN NNP  9  pobj     I-ORG
had        have       AUX   VBD  12 aux      -
sold       sell       VERB  VBN  5  ccomp    -
dollars    dollar     NOUN  NNS  12 dobj     -
to         to         ADP   IN   12 dative   -
Chile      Chile      PROPN NNP  14 pobj     GPE
.          .          PUNCT .    5  punct    -
"""

ACCORDING = """
According  accord     VERB  VBG  12 prep     -
to         to         ADP   IN   1  prep     -
reports    report     NOUN  NNS  2  pobj     -
from       from       ADP   IN   3  prep     -
Lisbon     Lisbon     PROPN NNP  4  pobj     GPE
,          ,          PUNCT ,    12 punct    -
the        the        DET   DT   8  det      ORG
Bank       Bank       PROPN NNP  12 nsubj    I-ORG
of         of         ADP   IN   8  prep     I-ORG
Portugal   Portugal   PROPN NNP  9  pobj     I-ORG
had        have       AUX   VBD  12 aux      -
sold       sell       VERB  VBN  0  ROOT     -
dollars    dollar     NOUN  NNS  12 dobj     -
to         to         ADP   IN   12 dative   -
Chile      Chile      PROPN NNP  14 pobj     GPE
.          .          PUNCT .    12 punct    -
"""

def _read(rows: str) -> tuple[set[tuple[str, str, str]], str | None]:
    """The edges as (subject, predicate, object) labels, and the attribution of the sale."""
    reading = read(rows)
    label = {e.id: e.label for e in reading.entities.entities()}
    edges = {(label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in reading.relations}
    sold = [r for r in reading.relations if r.predicate.startswith("sell")]
    return edges, sold[0].attributed_to if sold else None


def test_reports_from_a_city_are_an_unnamed_source() -> None:
    edges, attributed = _read(REPORTS)
    assert ("Bank of Portugal", "sell dollar to", "Chile") in edges
    assert attributed == "source:overnight reports from Lisbon"
    assert not any(subject == "Portugal" for subject, _, _ in edges)


def test_according_to_reports_from_a_city_is_no_state() -> None:
    edges, attributed = _read(ACCORDING)
    assert attributed == "source:reports from Lisbon"
    assert not any(subject == "Portugal" for subject, _, _ in edges)
