"""A merged graph of any size with the shape of a news graph, for layout and page-speed measurements.

A few hundred countries and organisations act as hubs; people and groups hang off them with a
heavy-tailed number of relations; many small pairs stand apart, as in a real corpus. Every value is
drawn from a seeded generator, so the same size gives the same graph.
"""

from __future__ import annotations

import random

import networkx as nx

PREDICATES = [
    ("meet with", "04"), ("condemn", "11"), ("attack", "19"), ("sign agreement with", "05"),
    ("impose sanctions on", "16"), ("urge", "02"), ("threaten", "13"), ("provide aid to", "07"),
    ("reject", "12"), ("visit", "04"), ("accuse", "11"), ("praise", None),
]  # fmt: skip
KINDS = [("person", "PERSON", "Person"), ("org", "ORG", "Organization"), ("group", "NORP", "Group")]


def synthetic_graph(nodes: int, *, seed: int = 1, dated: bool = True) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    hubs = max(10, nodes // 25)
    codes = [f"C{i:02d}" for i in range(hubs)]
    for code in codes:
        g.add_node(f"country:{code}", label=f"Country {code}", type="GPE", kind="Country", country=code,
                   aliases=[f"Country {code}", f"{code}ian"], mentions=rng.randint(5, 200), articles=5)
    ids = [f"country:{code}" for code in codes]
    for i in range(nodes - hubs):
        prefix, ent_type, kind = rng.choice(KINDS)
        node = f"{prefix}:n{i}"
        g.add_node(node, label=f"{kind} {i}", type=ent_type, kind=kind, country=rng.choice(codes),
                   aliases=[f"{kind} {i}"], mentions=rng.randint(1, 20), articles=1)
        ids.append(node)
    article = 0
    # Preferential attachment to hubs (weights ~ 1/rank), plus some stand-alone pairs.
    weights = [1.0 / (rank + 1) for rank in range(hubs)]
    for node in ids[hubs:]:
        partners = (
            [ids[hubs + rng.randrange(nodes - hubs)]]
            if rng.random() < 0.15
            else rng.choices(ids[:hubs], weights=weights, k=int(rng.paretovariate(1.8)))
        )
        for partner in partners:
            if partner == node:
                continue
            predicate, root = rng.choice(PREDICATES)
            negated = rng.random() < 0.05
            article += 1
            subj, obj = (node, partner) if rng.random() < 0.6 else (partner, node)
            facts = []
            for copy in range(int(rng.paretovariate(2.0))):
                facts.append({
                    "article": f"a{article + copy}", "source": f"a{article + copy}.txt",
                    "sentence": f"{g.nodes[subj]['label']} {'did not ' if negated else ''}{predicate} "
                                f"{g.nodes[obj]['label']} (report {article}).",
                    "start": 0, "end": 40, "extractor": "synthetic/1",
                    "attributed_to": None if rng.random() < 0.8 else "Spokesperson",
                    "confidence": round(rng.uniform(0.3, 0.95), 2),
                    "article_date": f"20{10 + article % 14:02d}-{1 + article % 12:02d}-{1 + article % 28:02d}"
                    if dated else None,
                    "event_date": None,
                })  # fmt: skip
            g.add_edge(subj, obj, key=f"{'not' if negated else 'is'}:{predicate}", predicate=predicate,
                       negated=negated, event_root=root, modality="will" if rng.random() < 0.05 else None,
                       confidence=max(f["confidence"] for f in facts), count=len(facts), provenance=facts)
    return g
