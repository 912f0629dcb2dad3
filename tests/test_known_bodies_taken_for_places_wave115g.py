"""Known organisations the tagger typed as places (wave 115 G): a name organisations.tsv lists that no
country table or gazetteer knows as a place ("Gazprom", "Bloomberg") is that organisation, of the table's
state, whether the tagger called it GPE or LOC. Each test states its parse by hand (tests/hand_docs.py);
the sentences are ours."""

from __future__ import annotations

from hand_docs import read

# "Norway signed a deal with {name}."
DEAL = """
Norway   Norway   PROPN NNP  2  nsubj     GPE
signed   sign     VERB  VBD  0  ROOT      -
a        a        DET   DT   4  det       -
deal     deal     NOUN  NN   2  dobj      -
with     with     ADP   IN   2  prep      -
{name}   {name}   PROPN NNP  5  pobj      {label}
.        .        PUNCT .    2  punct     -
"""


def _entity(name: str, label: str) -> tuple[str, str | None]:
    reading = read(DEAL.format(name=name, label=label))
    [entity] = [e for e in reading.entities.entities() if e.label == name]
    return entity.type, entity.country


def test_a_firm_of_the_table_tagged_a_state_is_the_firm() -> None:
    assert _entity("Gazprom", "GPE") == ("ORG", "RUS")


def test_a_news_agency_of_the_table_tagged_a_place_is_the_agency() -> None:
    assert _entity("Bloomberg", "LOC") == ("ORG", "USA")


def test_a_place_the_gazetteer_knows_stays_a_place() -> None:
    assert _entity("Bergen", "GPE") == ("GPE", "NOR")
