"""What a page shows: finding an entity by any name, ego graphs, the best-connected N, and the note."""

from __future__ import annotations

import networkx as nx
import pytest
from geokg.graph.views import EntityNotFound, best_connected, ego_graph, find_entity, select_view


def _graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    entities = [
        ("person:recep_tayyip_erdogan", "Recep Tayyip Erdoğan", "Person", "TUR", ["Erdoğan"], 3),
        ("person:ilham_aliyev", "Ilham Aliyev", "Person", "AZE", ["Aliyev"], 3),
        ("person:ali_khamenei", "Ali Khamenei", "Person", "IRN", [], 3),
        ("country:TUR", "Turkey", "Country", "TUR", ["Turkish", "Ankara"], 9),
        ("country:AZE", "Azerbaijan", "Country", "AZE", [], 5),
        ("country:ARM", "Armenia", "Country", "ARM", ["Armenian"], 5),
        ("country:IRN", "Iran", "Country", "IRN", ["Iranian"], 5),
        ("org:un", "United Nations", "Organization", None, ["UN"], 1),
        ("place:nowhere", "Nowhere", "Place", None, [], 1),
    ]
    for node, label, kind, country, aliases, mentions in entities:
        g.add_node(node, label=label, kind=kind, country=country, aliases=aliases, mentions=mentions)
    edges = [
        ("person:recep_tayyip_erdogan", "country:AZE"), ("country:TUR", "country:AZE"),
        ("country:AZE", "country:ARM"), ("person:ilham_aliyev", "country:ARM"),
        ("country:IRN", "country:ARM"), ("person:ali_khamenei", "country:IRN"),
        ("org:un", "country:ARM"), ("country:TUR", "country:ARM"),
    ]  # fmt: skip
    for u, v in edges:
        g.add_edge(u, v, key="is:x", predicate="x", negated=False, count=1, provenance=[])
    return g


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("country:TUR", "country:TUR"),  # an id
        ("Turkey", "country:TUR"),  # a label
        ("turkish", "country:TUR"),  # an alias, any case
        ("TUR", "country:TUR"),  # a country code means the country, not its people
        ("Erdogan", "person:recep_tayyip_erdogan"),  # without the accent
        ("Tayyip", "person:recep_tayyip_erdogan"),  # a word of the name
        ("Armen", "country:ARM"),  # a prefix
        ("nited Nat", "org:un"),  # anywhere in the name
    ],
)
def test_an_entity_is_found_by_any_of_its_names(query, expected):
    assert find_entity(_graph(), query) == expected


def test_among_equal_matches_the_best_connected_wins():
    g = _graph()
    g.add_node("person:ali_x", label="Ali X", kind="Person", country=None, aliases=[], mentions=9)
    assert find_entity(g, "Ali") == "person:ali_khamenei"  # two prefix matches; Khamenei has a relation


def test_an_unknown_name_is_an_error_with_suggestions():
    with pytest.raises(EntityNotFound, match="Azerbaijan"):
        find_entity(_graph(), "Azerbajan")
    with pytest.raises(EntityNotFound):
        find_entity(_graph(), "  ")


def test_ego_graph_reaches_the_given_number_of_relations_either_way():
    g = _graph()
    assert set(ego_graph(g, "country:TUR", 0)) == {"country:TUR"}
    assert set(ego_graph(g, "country:TUR", 1)) == {"country:TUR", "country:AZE", "country:ARM"}
    two = ego_graph(g, "country:TUR", 2)
    assert {"person:ilham_aliyev", "country:IRN", "org:un", "person:recep_tayyip_erdogan"} <= set(two)
    assert "person:ali_khamenei" not in two
    assert two.number_of_edges() == 7


def test_best_connected_keeps_the_hubs_and_lists_the_rest():
    kept, dropped = best_connected(_graph(), 3)
    assert set(kept) == {"country:ARM", "country:AZE", "country:TUR"}
    assert kept.number_of_edges() == 3
    assert dropped[0] == "country:IRN" and len(dropped) == 6  # Iran ties Turkey on relations, not mentions


def test_select_view_says_what_it_leaves_out():
    g = _graph()
    everything = select_view(g, show_isolated=True)
    assert everything.graph is g and everything.note == ""
    related = select_view(g)
    assert "place:nowhere" not in related.graph and "1 entity without relations not shown." in related.note
    small = select_view(g, max_nodes=3)
    assert small.graph.number_of_nodes() == 3
    assert "Only the 3 best-connected entities are shown: 5 entities and 5 relations left out" in small.note
    assert "(the best-connected of them: Iran" in small.note
    focused = select_view(g, focus="Erdogan", hops=1)
    assert set(focused.graph) == {"person:recep_tayyip_erdogan", "country:AZE"}
    assert focused.note.startswith("Showing Recep Tayyip Erdoğan and its neighbourhood within 1 relation")
    assert (focused.total_nodes, focused.total_edges) == (9, 8)
