"""Merging per-article results into one graph: canonical nodes, one edge per fact and polarity."""

from __future__ import annotations

import networkx as nx
from geokg.extract.io.reader import Article
from geokg.extract.records import ArticleResult, Entity
from geokg.graph.merge import article_key, edge_key, fallback_id, merge_results


def _snapshot(g: nx.MultiDiGraph) -> tuple[dict, dict]:
    return dict(g.nodes(data=True)), {(u, v, k): d for u, v, k, d in g.edges(keys=True, data=True)}


def test_one_node_per_canonical_entity_with_merged_attributes(sample_results):
    g = merge_results(sample_results)
    assert set(g.nodes) == {"person:john_kerry", "country:IRQ", "country:USA", "org:united_nations"}
    kerry = g.nodes["person:john_kerry"]
    assert kerry["label"] == "John Kerry"
    assert kerry["type"] == "PERSON"
    assert kerry["kind"] == "Person"
    assert kerry["country"] == "USA"
    assert kerry["mentions"] == 5
    assert kerry["articles"] == 2
    assert kerry["aliases"] == sorted(kerry["aliases"])
    assert {"Kerry", "Secretary Kerry", "John Kerry"} <= set(kerry["aliases"])
    iraq = g.nodes["country:IRQ"]
    assert (iraq["kind"], iraq["country"], iraq["mentions"], iraq["articles"]) == ("Country", "IRQ", 3, 2)
    assert g.nodes["country:USA"]["articles"] == 1


def test_node_known_only_from_a_triple_is_built_from_its_fields(sample_results):
    un = merge_results(sample_results).nodes["org:united_nations"]
    assert un["label"] == "United Nations"
    assert un["type"] == "ORG"
    assert un["kind"] == "Organization"
    assert un["mentions"] == 0
    assert un["articles"] == 1


def test_same_fact_from_two_articles_is_one_edge_with_both_sentences(sample_results):
    g = merge_results(sample_results)
    edges = g.get_edge_data("person:john_kerry", "country:IRQ")
    assert list(edges) == [edge_key("meet with", False)]
    met = edges[edge_key("meet with", False)]
    assert met["count"] == 2
    assert met["confidence"] == 0.9
    assert met["event_root"] == "meet"
    assert met["negated"] is False
    assert [p["article"] for p in met["provenance"]] == ["a1", "a2"]
    assert met["provenance"][1] == {
        "article": "a2", "source": "a2.txt", "sentence": "John Kerry met Iraq's prime minister.",
        "start": 5, "end": 42, "extractor": "test", "attributed_to": None, "confidence": 0.9,
        "article_date": None, "event_date": None, "article_url": None,
        "article_key": article_key(sample_results[1].article.text), "attributed_to_id": "", "content": None,
        "also_in": [],
    }


def test_provenance_carries_dates_and_the_speakers_id(make_triple):
    said = make_triple("country:USA", "support", "country:IRQ", article_date="2019-01-23",
                       event_date="2019-01", article_url="https://x.example/a", attributed_to="Kerry",
                       attributed_to_id="person:kerry")  # fmt: skip
    full = Entity("person:john_kerry", "John Kerry", "PERSON", "USA", (), 1)
    short = Entity("person:kerry", "Kerry", "PERSON", "USA", (), 1)
    g = merge_results([
        ArticleResult(Article(id="a1", text="One.", source="a1.txt", date="2019-01-23"), (short,), (said,)),
        ArticleResult(Article(id="a2", text="Two.", source="a2.txt"), (full,), ()),
    ])  # fmt: skip
    (prov,) = g.edges["country:USA", "country:IRQ", edge_key("support", False)]["provenance"]
    assert (prov["article_date"], prov["event_date"], prov["article_url"]) == (
        "2019-01-23", "2019-01", "https://x.example/a")
    assert prov["attributed_to_id"] == "person:john_kerry"  # the speaker follows the cross-article merge
    assert g.graph["articles"][article_key("One.")] == {
        "id": "a1", "source": "a1.txt", "title": "", "date": "2019-01-23", "url": None}


def test_an_identical_sentence_in_another_article_is_one_piece_of_evidence(sample_results):
    first = sample_results[0]
    update = ArticleResult(Article(id="a1-v2", text=first.article.text + "\nUpdated.", source="a1-v2.txt"),
                           first.entities, first.triples)  # fmt: skip
    g = merge_results([*sample_results, update])
    met = g.edges["person:john_kerry", "country:IRQ", edge_key("meet with", False)]
    assert met["count"] == 2  # the two different sentences, not three
    reprinted = next(p for p in met["provenance"] if p["article"] == "a1")
    assert reprinted["also_in"] == [article_key(update.article.text)]
    assert g.nodes["person:john_kerry"]["articles"] == 3  # the entity is still mentioned in all three


def test_the_same_text_under_another_name_counts_once(sample_results):
    first = sample_results[0]
    renamed = ArticleResult(Article(id="copy", text=first.article.text, source="copy.txt"),
                            first.entities, first.triples)  # fmt: skip
    assert _snapshot(merge_results([*sample_results, renamed])) == _snapshot(merge_results(sample_results))
    assert len(merge_results([*sample_results, renamed]).graph["articles"]) == 2


def test_negated_and_asserted_versions_of_a_fact_stay_apart(sample_results, make_triple):
    extra = ArticleResult(
        Article(id="a3", text="Article three.", source="a3.txt"),
        (),
        (make_triple("country:USA", "support", "country:IRQ", subject_type="GPE",
                     sentence="The US supports Iraq."),),
    )
    g = merge_results([*sample_results, extra])
    edges = g.get_edge_data("country:USA", "country:IRQ")
    assert set(edges) == {edge_key("support", True), edge_key("support", False)}
    negated = edges[edge_key("support", True)]
    assert negated["negated"] is True
    assert negated["modality"] == "will"
    assert negated["provenance"][0]["attributed_to"] == "John Kerry"
    assert edges[edge_key("support", False)]["negated"] is False


def test_merging_the_same_results_twice_changes_nothing(sample_results):
    once = merge_results(sample_results)
    twice = merge_results(sample_results + sample_results)
    assert _snapshot(twice) == _snapshot(once)


def test_same_article_id_from_another_file_is_a_different_article(sample_results):
    first = sample_results[0]
    copy = ArticleResult(Article(id="a1", text="Other text.", source="elsewhere/a1.txt"), first.entities, ())
    g = merge_results([first, copy])
    assert g.nodes["person:john_kerry"]["mentions"] == 6
    assert g.nodes["person:john_kerry"]["articles"] == 2


def test_label_type_and_country_follow_the_majority_of_mentions():
    art = [Article(id=f"a{i}", text=f"Article {i}.", source=f"a{i}.txt") for i in range(3)]
    results = [
        ArticleResult(art[0], (Entity("org:hamas", "Hamas movement", "ORG", None, (), 1),), ()),
        ArticleResult(art[1], (Entity("org:hamas", "Hamas", "ORG", "PSE", (), 4),), ()),
        ArticleResult(art[2], (Entity("org:hamas", "Hamas", "NORP", None, (), 1),), ()),
    ]
    node = merge_results(results).nodes["org:hamas"]
    assert (node["label"], node["type"], node["country"]) == ("Hamas", "ORG", "PSE")
    assert node["aliases"] == ["Hamas", "Hamas movement"]


def test_triple_without_ids_joins_the_entity_with_the_same_canonical_id(sample_results, make_triple):
    assert fallback_id("John Kerry", "PERSON") == "person:john_kerry"
    loose = make_triple("person:x", "visit", "country:IRQ", subject="John Kerry", subject_id="",
                        object="Baghdad", object_id="", sentence="John Kerry visited Baghdad.")
    extra = ArticleResult(Article(id="a9", text="Article nine.", source="a9.txt"), (), (loose,))
    g = merge_results([*sample_results, extra])
    assert g.has_edge("person:john_kerry", "place:baghdad")
    assert g.nodes["place:baghdad"]["kind"] == "Place"
    assert g.nodes["person:john_kerry"]["articles"] == 3


def test_empty_input_gives_an_empty_graph():
    g = merge_results([])
    assert isinstance(g, nx.MultiDiGraph)
    assert g.number_of_nodes() == 0


def test_a_surname_in_one_article_joins_the_full_name_in_another() -> None:
    from geokg.graph.merge import same_person

    ids = ["person:donald_trump", "person:trump", "person:kim", "person:kim_jong_un", "person:bush",
           "person:george_bush", "person:jeb_bush", "country:USA"]
    mapping = same_person(ids)
    assert mapping["person:trump"] == "person:donald_trump"
    assert mapping["person:kim"] == "person:kim_jong_un"
    assert "person:bush" not in mapping  # two different Bushes: no guess
    assert "country:USA" not in mapping and "person:donald_trump" not in mapping


def test_merge_joins_a_surname_node_to_the_full_name_from_another_article(make_triple) -> None:
    first = Article(id="a1", text="Article one.", source="a1.txt")
    second = Article(id="a2", text="Article two.", source="a2.txt")
    full = Entity("person:donald_trump", "Donald Trump", "PERSON", "USA", ("Donald Trump",), 2)
    short = Entity("person:trump", "Trump", "PERSON", None, ("Trump",), 1)
    iran = Entity("country:IRN", "Iran", "GPE", "IRN", ("Iran",), 1)
    threat = make_triple("person:trump", "threaten", "country:IRN", article="a2", source="a2.txt")
    g = merge_results([ArticleResult(first, (full,), ()), ArticleResult(second, (short, iran), (threat,))])
    assert "person:trump" not in g
    assert g.has_edge("person:donald_trump", "country:IRN")
    assert {"Donald Trump", "Trump"} <= set(g.nodes["person:donald_trump"]["aliases"])


def _same_person_by_pairs(ids: list[str]) -> dict[str, str]:
    """The definition of same_person, checked pair by pair (quadratic; the reference for the index)."""
    people = {i: i.split(":", 1)[1].split("_") for i in ids if i.startswith("person:")}
    mapping = {}
    for short, sw in people.items():
        longer = [
            i for i, w in people.items()
            if len(w) > len(sw) and (w[-len(sw):] == sw or (len(sw) == 1 and w[0] == sw[0]))
        ]
        if not longer:
            continue
        longest = max(longer, key=lambda i: len(people[i]))
        if all(people[i] == people[longest][-len(people[i]):] for i in longer):
            mapping[short] = longest
    return mapping


def test_same_person_by_index_agrees_with_the_pairwise_definition() -> None:
    import random

    from geokg.graph.merge import same_person

    words = ["kim", "jong", "un", "trump", "donald", "bush", "george", "jeb", "smith", "al", "bin", "laden"]
    rng = random.Random(7)
    for _ in range(300):
        ids = {
            "person:" + "_".join(rng.choice(words) for _ in range(rng.randint(1, 3)))
            for _ in range(rng.randint(1, 30))
        }
        ids.add("org:kim")
        assert same_person(sorted(ids)) == _same_person_by_pairs(sorted(ids))


def test_streaming_merger_equals_merge_results_and_combines_renamed_people(make_triple) -> None:
    from geokg.graph.merge import GraphMerger

    arts = [Article(id=f"a{i}", text=f"Article {i}.", source=f"a{i}.txt") for i in range(3)]
    short = Entity("person:trump", "Trump", "PERSON", None, ("Trump",), 3)
    full = Entity("person:donald_trump", "Donald Trump", "PERSON", "USA", ("Donald Trump",), 1)
    iran = Entity("country:IRN", "Iran", "GPE", "IRN", ("Iran",), 1)
    early = make_triple("person:trump", "threaten", "country:IRN", article="a0", source="a0.txt",
                        sentence="Trump threatened Iran.", event_root="13", modality="may")
    later = make_triple("person:donald_trump", "threaten", "country:IRN", article="a2", source="a2.txt",
                        sentence="Donald Trump threatened Iran again.", event_root="13", confidence=0.9)
    results = [
        ArticleResult(arts[0], (short, iran), (early,)),
        ArticleResult(arts[1], (iran,), ()),
        ArticleResult(arts[2], (full, iran), (later,)),
    ]
    merger = GraphMerger()
    for result in results:
        merger.add(result)
    streamed = merger.graph()
    assert _snapshot(streamed) == _snapshot(merge_results(results))
    # The short name came first, so the joined node stands where it stood; the edges of both names are
    # one edge whose sentences keep their arrival order.
    assert next(iter(streamed.nodes)) == "person:donald_trump"
    person = streamed.nodes["person:donald_trump"]
    assert (person["label"], person["mentions"], person["articles"]) == ("Trump", 4, 2)
    threat = streamed.get_edge_data("person:donald_trump", "country:IRN")[edge_key("threaten", False)]
    assert [p["article"] for p in threat["provenance"]] == ["a0", "a2"]
    assert (threat["count"], threat["confidence"], threat["modality"]) == (2, 0.9, "may")
    # The merger goes on taking results after a graph was made.
    merger.add(ArticleResult(Article(id="a3", text="Article 3.", source="a3.txt"), (iran,), ()))
    assert merger.graph().nodes["country:IRN"]["articles"] == 4


def test_two_spellings_of_one_verb_are_one_relation() -> None:
    assert edge_key("criticise", False) == edge_key("criticize", False)
    assert edge_key("refuse to recognise", False) == edge_key("refuse to recognize", False)
    assert edge_key("promise", False) != edge_key("criticise", False)
    assert edge_key("criticise", True) != edge_key("criticize", False)
