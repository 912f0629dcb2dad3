"""One node per place: a place's id carries the state it lies in ("Vienna, Va." and the Austrian capital
are two places of one name), a place of no known state keeps its name's id, and the merged graph joins an
unplaced name to the one place of that name in a state. Sentences of our own, parses by hand."""

from __future__ import annotations

from geokg.extract.io.reader import Article
from geokg.extract.records import ArticleResult, Entity
from geokg.graph.merge import merge_results, same_place
from geokg.graph.rdf import to_rdf
from geokg.graph.vocab import GEOKG, SCHEMA
from hand_docs import read
from rdflib import RDF, Literal, URIRef

VIENNA_VA = """
He     he     PRON  PRP 2 nsubj    -
lives  live   VERB  VBZ 0 ROOT     -
in     in     ADP   IN  2 prep     -
Vienna Vienna PROPN NNP 3 pobj     GPE
,      ,      PUNCT ,   4 punct    -
Va.    Va.    PROPN NNP 4 appos    GPE
.      .      PUNCT .   2 punct    -
"""

VIENNA_AUSTRIA = """
Talks  talk   NOUN  NNS 3 nsubjpass -
were   be     AUX   VBD 3 auxpass   -
held   hold   VERB  VBN 0 ROOT      -
in     in     ADP   IN  3 prep      -
Vienna Vienna PROPN NNP 4 pobj      GPE
,      ,      PUNCT ,   5 punct     -
Austria Austria PROPN NNP 5 appos   GPE
.      .      PUNCT .   3 punct     -
"""

NOWHERE = """
They   they   PRON  PRP  2 nsubj -
met    meet   VERB  VBD  0 ROOT  -
in     in     ADP   IN   2 prep  -
Zorvath Zorvath PROPN NNP 3 pobj GPE
.      .      PUNCT .    2 punct -
"""


def _place_ids(table: str) -> dict[str, str | None]:
    return {e.id: e.country for e in read(table).entities.entities() if e.id.startswith("place:")}


def test_a_place_s_id_carries_the_state_it_lies_in() -> None:
    assert _place_ids(VIENNA_VA)["place:vienna-usa"] == "USA"
    assert _place_ids(VIENNA_AUSTRIA) == {"place:vienna-aut": "AUT"}


def test_a_place_of_no_known_state_keeps_its_name_s_id() -> None:
    assert _place_ids(NOWHERE) == {"place:zorvath": None}


def _result(article: str, *places: tuple[str, str | None]) -> ArticleResult:
    entities = tuple(Entity(i, "Vienna", "GPE", country, ("Vienna",), 1) for i, country in places)
    return ArticleResult(Article(id=article, text=f"{article}\n\n...", source=f"{article}.txt"), entities, ())


def test_two_places_of_one_name_in_two_states_are_two_nodes() -> None:
    g = merge_results(
        [_result("a1", ("place:vienna-usa", "USA")), _result("a2", ("place:vienna-aut", "AUT"))]
    )
    assert {n: g.nodes[n]["country"] for n in g.nodes} == {
        "place:vienna-usa": "USA",
        "place:vienna-aut": "AUT",
    }


def test_an_unplaced_name_joins_the_one_place_of_that_name() -> None:
    g = merge_results([_result("a1", ("place:vienna-aut", "AUT")), _result("a2", ("place:vienna", None))])
    assert list(g.nodes) == ["place:vienna-aut"]
    assert (g.nodes["place:vienna-aut"]["articles"], g.nodes["place:vienna-aut"]["mentions"]) == (2, 2)


def test_an_unplaced_name_of_two_placed_ones_stays_apart() -> None:
    assert same_place(["place:vienna", "place:vienna-usa", "place:vienna-aut"]) == {}
    assert same_place(["place:vienna", "place:vienna-usa"]) == {"place:vienna": "place:vienna-usa"}


def test_the_rdf_has_one_place_resource_per_state() -> None:
    rdf = to_rdf(
        merge_results(
            [_result("a1", ("place:vienna-usa", "USA")), _result("a2", ("place:vienna-aut", "AUT"))]
        )
    )
    us_town = URIRef("https://geokg.dev/id/place/vienna-usa")
    capital = URIRef("https://geokg.dev/id/place/vienna-aut")
    assert (us_town, RDF.type, SCHEMA.Place) in rdf and (capital, RDF.type, SCHEMA.Place) in rdf
    assert rdf.value(us_town, GEOKG.countryCode) == Literal("USA")
    assert rdf.value(capital, GEOKG.countryCode) == Literal("AUT")
