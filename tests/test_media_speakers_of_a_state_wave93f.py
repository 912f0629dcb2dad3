"""One unnamed outlet of a state's press as a source (wave 93 F): "A Japanese daily paper said X would ...",
"a South Korean daily said", "French television said", "an Italian news agency reported". The speaker is the
state's media, a class actor of sector MED with the demonym's country ("Japanese media", as "Japanese
newspapers" already were), not the state itself: a paper speaks for no government. Parses are built by hand
as the parser gave them (tests/hand_docs.py); the sentences and the firm are ours."""

from __future__ import annotations

from hand_docs import read, read_attributed

DAILY_PAPER = """
A           a           DET   DT   4  det      -
Japanese    japanese    ADJ   JJ   4  amod     NORP
daily       daily       ADJ   JJ   4  amod     DATE
paper       paper       NOUN  NN   5  nsubj    -
said        say         VERB  VBD  0  ROOT     -
Velmora     Velmora     PROPN NNP  8  nsubj    ORG
would       would       AUX   MD   8  aux      -
move        move        VERB  VB   5  ccomp    -
production  production  NOUN  NN   8  dobj     -
to          to          ADP   IN   8  prep     -
Brazil      Brazil      PROPN NNP  10 pobj     GPE
.           .           PUNCT .    5  punct    -
"""

TELEVISION = """
French      french      ADJ   JJ   2  amod     NORP
television  television  NOUN  NN   3  nsubj    -
said        say         VERB  VBD  0  ROOT     -
Velmora     Velmora     PROPN NNP  6  nsubj    ORG
would       would       AUX   MD   6  aux      -
move        move        VERB  VB   3  ccomp    -
production  production  NOUN  NN   6  dobj     -
to          to          ADP   IN   6  prep     -
Brazil      Brazil      PROPN NNP  8  pobj     GPE
.           .           PUNCT .    3  punct    -
"""

NEWS_AGENCY = """
An          an          DET   DT   4  det      -
Italian     italian     ADJ   JJ   4  amod     NORP
news        news        NOUN  NN   4  compound -
agency      agency      NOUN  NN   5  nsubj    -
reported    report      VERB  VBD  0  ROOT     -
that        that        SCONJ IN   9  mark     -
Velmora     Velmora     PROPN NNP  9  nsubj    ORG
would       would       AUX   MD   9  aux      -
move        move        VERB  VB   5  ccomp    -
production  production  NOUN  NN   9  dobj     -
to          to          ADP   IN   9  prep     -
Brazil      Brazil      PROPN NNP  11 pobj     GPE
.           .           PUNCT .    5  punct    -
"""


def _source_entity(table: str) -> tuple[str, str | None, str | None]:
    """(label, country, sector) of whom the firm's move to Brazil is attributed to."""
    reading = read(table)
    entities = {e.id: e for e in reading.entities.entities()}
    (moved,) = [r for r in reading.relations if entities[r.object.entity_id].label == "Brazil"]
    source = entities[moved.attributed_to]
    return source.label, source.country, source.sector


def test_a_daily_paper_of_a_state_is_its_media() -> None:
    assert ("Velmora", "move production to", "Brazil", "Japanese media") in read_attributed(DAILY_PAPER)
    assert _source_entity(DAILY_PAPER) == ("Japanese media", "JPN", "MED")


def test_a_states_television_is_its_media() -> None:
    assert ("Velmora", "move production to", "Brazil", "French media") in read_attributed(TELEVISION)


def test_a_news_agency_of_a_state_is_its_media() -> None:
    assert ("Velmora", "move production to", "Brazil", "Italian media") in read_attributed(NEWS_AGENCY)
