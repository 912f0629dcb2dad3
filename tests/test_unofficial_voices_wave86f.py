"""Unofficial voices are not their state (wave 86 F): "American sources said Kenya would impose tariffs on
Chile" reports Kenya's act from the sources' words (attributed to "american sources", no entity), with no
"United States -say-> Kenya" edge; so does "Tokyo sources said". Officials and diplomats ("U.S. officials
said", "Japanese diplomats said") and a state's body named before the sources ("embassy sources") stay the
state's voice (arguments._unofficial_voice, words.tsv state_source_nouns). The parse is built by hand as
the parser gave it (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import parse

SOURCES = """
American   American   ADJ   JJ   2  amod     NORP
sources    source     NOUN  NNS  3  nsubj    -
said       say        VERB  VBD  0  ROOT     -
Kenya      Kenya      PROPN NNP  6  nsubj    GPE
would      would      AUX   MD   6  aux      -
impose     impose     VERB  VB   3  ccomp    -
tariffs    tariff     NOUN  NNS  6  dobj     -
on         on         ADP   IN   6  prep     -
Chile      Chile      PROPN NNP  8  pobj     GPE
.          .          PUNCT .    3  punct    -
"""

AMERICAN = "American   American   ADJ   JJ   2  amod     NORP"
CHILE = "Chile      Chile      PROPN NNP  8  pobj     GPE"
DIPLOMATS = SOURCES.replace(AMERICAN, "Japanese Japanese ADJ JJ 2 amod NORP")
DIPLOMATS = DIPLOMATS.replace("sources    source ", "diplomats  diplomat ")
CAPITAL = SOURCES.replace(AMERICAN, "Tokyo Tokyo PROPN NNP 2 compound GPE")
# "... on beef": the clause has no fact of its own, so a state speaking would say it of Kenya
BEEF = SOURCES.replace(CHILE, "beef beef NOUN NN 8 pobj -")
OFFICIALS = SOURCES.replace("sources    source ", "officials  official ")


def _read(rows: str) -> tuple[list[tuple[str, str, str]], str | None]:
    """The edges as (subject, predicate, object) labels, and the attribution of the tariffs."""
    reading = read_doc(parse(rows), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    edges = [(label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in reading.relations]
    imposed = [r for r in reading.relations if r.predicate == "impose tariff on"]
    return edges, imposed[0].attributed_to if imposed else None


def test_sources_with_a_state_adjective_are_no_state() -> None:
    edges, attributed = _read(SOURCES)
    assert edges == [("Kenya", "impose tariff on", "Chile")]
    assert attributed == "source:american sources"
    edges, _ = _read(BEEF)
    assert ("United States", "say", "Kenya") not in edges


def test_capital_sources_are_no_state_and_diplomats_stay_the_state() -> None:
    assert _read(CAPITAL)[1] == "source:Tokyo sources"
    # "Chilean diplomats told Bolivia ...": a state's diplomats speak for it
    assert _read(DIPLOMATS)[1] == "country:JPN"


def test_officials_stay_the_state() -> None:
    assert _read(OFFICIALS)[1] == "country:USA"
    # "... impose checks on beef": no fact of its own (a state's tariffs are one since wave 108 H2)
    no_fact = OFFICIALS.replace(CHILE, "beef beef NOUN NN 8 pobj -")
    no_fact = no_fact.replace("tariffs    tariff ", "checks check ")
    edges, _ = _read(no_fact)
    assert ("United States", "say", "Kenya") in edges
