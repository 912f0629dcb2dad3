"""Per-article extraction results merged into one networkx graph: a node per entity, an edge per fact."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
from geokg.extract.io.text import strip_accents
from geokg.extract.records import ArticleResult, Entity
from geokg.extract.triples import Triple

# Entity types (spaCy NER labels) grouped into the few kinds the graph shows and types in RDF.
_KIND_BY_TYPE = {
    "PERSON": "Person",
    "ORG": "Organization",
    "NORP": "Group",
    "GPE": "Place",
    "LOC": "Location",
    "FAC": "Location",
    "EVENT": "Event",
    "TOPIC": "Topic",  # what a named speaker's claim is about, no actor (rules.speech_topic)
}
KINDS = ("Country", "Person", "Organization", "Group", "Place", "Location", "Event", "Topic", "Other")


def entity_kind(entity_id: str, entity_type: str) -> str:
    """The broad class of an entity; a GPE is a Country only when its canonical id says it is one."""
    if entity_id.startswith("country:"):
        return "Country"
    return _KIND_BY_TYPE.get(entity_type.upper(), "Other")


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by underscores ("Hoshyar Zebari" -> "hoshyar_zebari")."""
    ascii_text = strip_accents(text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")


def fallback_id(label: str, entity_type: str) -> str:
    """An id for a triple argument that came without one; the type prefix keeps "Georgia" the
    state apart from "Georgia" the person."""
    # Imported here: the entity module needs spaCy, which merging never does otherwise.
    from geokg.extract.entities.clusters import entity_id

    return entity_id(label, entity_type)


# A triple keeps its article's spelling of a verb ("criticise", "criticize"): readers and gold search the
# words as written. The merged graph folds the two spellings into one relation.
_ISE_SPELLING = re.compile(r"(?<=[a-z]{3})ise\b")


def edge_key(predicate: str, negated: bool) -> str:
    """Edges merge by (subject, object, key); the key holds what makes two facts the same fact."""
    return f"{'not' if negated else 'is'}:{_ISE_SPELLING.sub('ize', predicate)}"


class _Tally:
    """Counts per value, remembering when each value was first seen, so that accumulators kept apart
    while articles stream in can be combined later exactly as if they had been one."""

    __slots__ = ("counts",)

    def __init__(self) -> None:
        self.counts: dict[Any, list[int]] = {}  # value -> [count, first seen]

    def add(self, value: Any, count: int, seen: int) -> None:
        entry = self.counts.get(value)
        if entry is None:
            self.counts[value] = [count, seen]
        else:
            entry[0] += count

    @classmethod
    def combined(cls, tallies: list[_Tally]) -> _Tally:
        if len(tallies) == 1:
            return tallies[0]
        out = cls()
        for tally in tallies:
            for value, (count, seen) in tally.counts.items():
                entry = out.counts.get(value)
                if entry is None:
                    out.counts[value] = [count, seen]
                else:
                    entry[0] += count
                    entry[1] = min(entry[1], seen)
        out.counts = dict(sorted(out.counts.items(), key=lambda item: item[1][1]))
        return out

    def most_common(self, fallback: Any = None, *, positive_only: bool = False) -> Any:
        """The most frequent value; ties go to the value seen first."""
        best, best_count = fallback, None
        for value, (count, _) in self.counts.items():
            if positive_only and count <= 0:
                continue
            if best_count is None or count > best_count:
                best, best_count = value, count
        return best


@dataclass
class _NodeAcc:
    first: int
    labels: _Tally = field(default_factory=_Tally)
    types: _Tally = field(default_factory=_Tally)
    countries: _Tally = field(default_factory=_Tally)
    aliases: set[str] = field(default_factory=set)
    mentions: int = 0
    articles: set[Hashable] = field(default_factory=set)


@dataclass
class _Evidence:
    """One supporting sentence of an edge, in arrival order."""

    seen: int
    provenance: dict[str, Any]  # the speaker's id as extracted: same_person applies in graph()
    event_root: str | None
    modality: str | None
    confidence: float
    # (arrival, article key) of each later arrival of the same sentence: a reprint, an updated version
    repeats: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class _EdgeAcc:
    first: int
    predicate: str
    negated: bool
    # Identical provenance means the same sentence was merged twice, not a second piece of evidence.
    evidence: dict[tuple[Any, ...], _Evidence] = field(default_factory=dict)


def article_key(text: str) -> str:
    """An article's identity: a hash of its text, so the same article under another name is one article."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _provenance(t: Triple, key: str, speaker: str) -> dict[str, Any]:
    return {
        "article": t.article,
        "source": t.source,
        "sentence": t.sentence,
        "start": t.start,
        "end": t.end,
        "extractor": t.extractor,
        "attributed_to": t.attributed_to,
        "confidence": t.confidence,
        # Dates for filters (OWNERS.md): event_date when the text fixes it, else article_date.
        "article_date": t.article_date,
        "event_date": t.event_date,
        "article_url": t.article_url,
        "article_key": key,
        "attributed_to_id": speaker,
        # what a speaker said of the object (`X -say-> Y` from "X said Y would …"), as the text's words
        "content": t.content,
        # Keys of the other articles that carry the very same sentence (a reprint, an updated version):
        # the sentence is one piece of evidence, kept once.
        "also_in": [],
    }


class GraphMerger:
    """Merges per-article results one at a time, as they stream in, into one graph.

    Accumulators are kept under each entity's own id; a short person name is joined to the fuller name
    it stands for (see `same_person`), and a place of no known state to the one place of its name in a
    state (`same_place`), only when the graph is made, because the fuller name may come in a later
    article. The graph is the same whatever the order of `add` calls that do not change input order
    and however often a result is added.
    """

    def __init__(self) -> None:
        self._seen = 0  # a clock: which accumulator and which value came first
        self.nodes: dict[str, _NodeAcc] = {}
        self.edges: dict[tuple[str, str, str], _EdgeAcc] = {}
        self.entity_ids: set[str] = set()
        # (article, entity) pairs already counted, so a result fed twice does not double mentions.
        self.entity_seen: set[tuple[Hashable, str]] = set()
        # article key -> what the RDF says about the article (the first name its text came under).
        self.articles: dict[str, dict[str, Any]] = {}
        self.added = 0  # results added, repeats included

    def _tick(self) -> int:
        self._seen += 1
        return self._seen

    def _node(self, node_id: str, seen: int) -> _NodeAcc:
        acc = self.nodes.get(node_id)
        if acc is None:
            acc = self.nodes[node_id] = _NodeAcc(first=seen)
        return acc

    def add(self, result: ArticleResult) -> None:
        """Add one article's result; an article whose text was added before, under any name, adds
        nothing but its entities' names to the cross-article name matching."""
        self.added += 1
        self.entity_ids.update(ent.id for ent in result.entities)
        key = article_key(result.article.text)
        article = (result.article.source, result.article.id)
        known = self.articles.setdefault(key, _article_record(result))
        if (known["source"], known["id"]) != article:
            return
        for ent in result.entities:
            self._add_entity(article, ent)
        for t in result.triples:
            self._add_triple(article, t, key)

    def _add_entity(self, article: Hashable, ent: Entity) -> None:
        if (article, ent.id) in self.entity_seen:
            return
        self.entity_seen.add((article, ent.id))
        seen = self._tick()
        acc = self._node(ent.id, seen)
        weight = max(ent.mentions, 1)
        acc.labels.add(ent.label, weight, seen)
        acc.types.add(ent.type, weight, seen)
        if ent.country:
            acc.countries.add(ent.country, weight, seen)
        acc.aliases.update(a for a in ent.aliases if a)
        acc.aliases.add(ent.label)
        acc.mentions += ent.mentions
        acc.articles.add(article)

    def _add_argument(
        self, article: Hashable, node_id: str, label: str, entity_type: str, country: str | None
    ) -> None:
        seen = self._tick()
        acc = self._node(node_id, seen)
        if label:
            acc.aliases.add(label)
        acc.articles.add(article)
        # Triple fields only describe a node that no article listed as an entity (see _node_attributes).
        acc.labels.add(label, 0, seen)
        acc.types.add(entity_type, 0, seen)
        if country:
            acc.countries.add(country, 0, seen)

    def _add_triple(self, article: Hashable, t: Triple, text_key: str) -> None:
        subj = t.subject_id or fallback_id(t.subject, t.subject_type)
        obj = t.object_id or fallback_id(t.object, t.object_type)
        self._add_argument(article, subj, t.subject, t.subject_type, t.subject_country)
        self._add_argument(article, obj, t.object, t.object_type, t.object_country)
        seen = self._tick()
        key = (subj, obj, edge_key(t.predicate, t.negated))
        acc = self.edges.get(key)
        if acc is None:
            acc = self.edges[key] = _EdgeAcc(first=seen, predicate=t.predicate, negated=t.negated)
        prov = _provenance(t, text_key, t.attributed_to_id)
        # The same sentence again, from this article or another, is not a second piece of evidence.
        sentence = " ".join(t.sentence.split())
        prov_key = ("sentence", sentence) if sentence else tuple(map(str, prov.values()))
        known = acc.evidence.get(prov_key)
        if known is None:
            acc.evidence[prov_key] = _Evidence(seen, prov, t.event_root, t.modality, t.confidence)
        else:
            known.repeats.append((seen, text_key))

    def graph(self) -> nx.MultiDiGraph:
        """The merged graph of everything added so far (the merger can go on taking results)."""
        renamed = same_person(self.entity_ids) | same_place(self.entity_ids)
        g = nx.MultiDiGraph(articles=dict(self.articles))
        node_groups: dict[str, list[_NodeAcc]] = {}
        for node_id, acc in self.nodes.items():  # in order of first appearance, as are the groups
            node_groups.setdefault(renamed.get(node_id, node_id), []).append(acc)
        for node_id, accs in node_groups.items():
            g.add_node(node_id, **_node_attributes(node_id, accs))
        edge_groups: dict[tuple[str, str, str], list[_EdgeAcc]] = {}
        for (subj, obj, key), acc in self.edges.items():
            edge_groups.setdefault((renamed.get(subj, subj), renamed.get(obj, obj), key), []).append(acc)
        for (subj, obj, key), accs in edge_groups.items():
            g.add_edge(subj, obj, key=key, **_edge_attributes(accs, renamed))
        return g


def _node_attributes(node_id: str, accs: list[_NodeAcc]) -> dict[str, Any]:
    labels = _Tally.combined([a.labels for a in accs])
    types = _Tally.combined([a.types for a in accs])
    countries = _Tally.combined([a.countries for a in accs])
    label = labels.most_common(positive_only=True) or labels.most_common() or node_id
    entity_type = types.most_common(positive_only=True) or types.most_common("")
    country = countries.most_common(positive_only=True) or countries.most_common()
    aliases: set[str] = set().union(*(a.aliases for a in accs))
    articles: set[Hashable] = set().union(*(a.articles for a in accs))
    return {
        "label": label,
        "type": entity_type,
        "kind": entity_kind(node_id, entity_type),
        "country": country,
        "aliases": sorted(aliases),
        "mentions": sum(a.mentions for a in accs),
        "articles": len(articles),
    }


def _edge_attributes(accs: list[_EdgeAcc], renamed: dict[str, str]) -> dict[str, Any]:
    if len(accs) == 1:
        items = list(accs[0].evidence.items())
    else:  # edges of a short and a full person name: one list, in arrival order
        items = sorted(((k, e) for acc in accs for k, e in acc.evidence.items()), key=lambda p: p[1].seen)
    same_sentence: dict[tuple[Any, ...], list[_Evidence]] = {}
    for prov_key, item in items:
        same_sentence.setdefault(prov_key, []).append(item)
    evidence: list[_Evidence] = []
    provenance: list[dict[str, Any]] = []
    for group in same_sentence.values():
        first = group[0]
        key = first.provenance["article_key"]
        arrivals = sorted([(e.seen, e.provenance["article_key"]) for e in group[1:]] +
                          [r for e in group for r in e.repeats])  # fmt: skip
        also_in: list[str] = []
        for _, other in arrivals:
            if other and other != key and other not in also_in:
                also_in.append(other)
        prov = dict(first.provenance)  # a copy: the merger may go on and make another graph
        speaker = prov["attributed_to_id"]
        prov["attributed_to_id"] = renamed.get(speaker, speaker)
        prov["also_in"] = also_in
        evidence.append(first)
        provenance.append(prov)
    event_roots, modalities = _Tally(), _Tally()
    for item in evidence:
        if item.event_root:
            event_roots.add(item.event_root, 1, item.seen)
        if item.modality:
            modalities.add(item.modality, 1, item.seen)
    return {
        "predicate": accs[0].predicate,
        "negated": accs[0].negated,
        "event_root": event_roots.most_common(),
        "modality": modalities.most_common(),
        "confidence": max((item.confidence for item in evidence), default=0.0),
        "count": len(provenance),
        "provenance": provenance,
    }


def merge_results(results: Iterable[ArticleResult]) -> nx.MultiDiGraph:
    """Merge per-article results into one graph.

    Nodes are keyed by canonical entity id and carry label, type, kind, country (ISO alpha-3 or None),
    aliases (sorted), mentions (summed over articles) and articles (how many mention the entity).
    Edges are keyed by (subject, object, edge_key(predicate, negated)) and carry predicate, negated,
    event_root, modality, confidence (the best supporting triple's), count and provenance (one dict per
    supporting sentence, with its article's key, date and url and its event date; an identical sentence
    in another article adds that article's key to `also_in`, not a second entry). The graph attribute
    `articles` maps each article key to its id, source, title, date and url. An article whose text was
    merged before, under any name, adds nothing.
    """
    merger = GraphMerger()
    for result in results:
        merger.add(result)
    return merger.graph()


def _article_record(result: ArticleResult) -> dict[str, Any]:
    a = result.article
    return {"id": a.id, "source": a.source, "title": a.title, "date": a.date, "url": a.url}


def _name_words(person_id: str) -> list[str]:
    return person_id.split(":", 1)[1].split("_")


def same_person(entity_ids: Iterable[str]) -> dict[str, str]:
    """Across articles, a short name joins the one longer name it can only be part of: "person:trump"
    (an article that never gave the first name) -> "person:donald_trump". Ambiguous short names stay.

    A short name's candidates are the longer names that end with it, and, for a one-word name, the longer
    names that begin with it ("person:kim" -> "person:kim_jong_un"). Both are looked up in indexes by
    name ending and first word, so the work grows with the number of people, not with its square.
    """
    words = {i: tuple(_name_words(i)) for i in set(entity_ids) if i.startswith("person:")}
    by_ending: dict[tuple[str, ...], list[str]] = {}
    by_first_word: dict[str, list[str]] = {}
    for person, name in words.items():
        for size in range(1, len(name)):
            by_ending.setdefault(name[-size:], []).append(person)
        if len(name) > 1:
            by_first_word.setdefault(name[0], []).append(person)
    mapping: dict[str, str] = {}
    for short, name in words.items():
        candidates = set(by_ending.get(name, ()))
        if len(name) == 1:
            candidates.update(by_first_word.get(name[0], ()))
        if not candidates:
            continue
        # The longest candidate wins when every other candidate is part of it; two longest candidates
        # of the same length differ, so neither is part of the other and the short name stays.
        longest = max(candidates, key=lambda i: len(words[i]))
        if all(words[i] == words[longest][-len(words[i]) :] for i in candidates):
            mapping[short] = longest
    return mapping


# A place's id ends in its state's code where the article placed it ("place:vienna-usa"), see
# entities/clusters.py; a slug has no hyphen, so the last one parts the name from the state.
_PLACE_IN_A_STATE = re.compile(r"(place:[a-z0-9_]+)-[a-z]{3}")


def same_place(entity_ids: Iterable[str]) -> dict[str, str]:
    """Across articles, a place no article placed joins the one place of its name that one did
    ("place:dc" -> "place:dc-usa"); a name placed in two states ("place:vienna-usa", "place:vienna-aut")
    leaves the unplaced one apart, as it cannot be told which it is."""
    known = set(entity_ids)
    placed: dict[str, list[str]] = {}
    for entity_id in known:
        match = _PLACE_IN_A_STATE.fullmatch(entity_id)
        if match:
            placed.setdefault(match[1], []).append(entity_id)
    return {name: ids[0] for name, ids in placed.items() if len(ids) == 1 and name in known}
