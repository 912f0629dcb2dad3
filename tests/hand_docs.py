"""Docs built by hand, the way spaCy's own tests build them: a rule's test states the parse it reads, so
no model update can move it.

A parse is written one token a line, CoNLL-style:

    word  lemma  POS  tag  head  dep  entity

`head` is the 1-based position of the head token (0 for the root); `entity` is `-` outside entities, a
label (GPE, PERSON, ...) at an entity's first token and `I-<label>` on its following tokens. A token is
followed by a space unless the next one is punctuation; a hyphen tagged HYPH has no space on either side.

A reading holds the edges between actors only, as the tests written before wave 110 expect; the edges of a
speaker's claim to the thing it is about (rules.speech_topic, an object of no entity) are read where a test
asks for them (`read(..., topics=True)`).
"""

from __future__ import annotations

from dataclasses import replace

import spacy
from geokg.extract.clauses.arguments import TOPIC_ID_PREFIX, topic_label
from geokg.extract.clauses.registry import RULES
from geokg.extract.clauses.relations import Relation
from geokg.extract.pipeline import Reading, read_doc
from spacy.tokens import Doc

VOCAB = spacy.blank("en").vocab
NO_SPACE_BEFORE = {".", ",", "'s", ";", ":", "?", "!"}


def parse(table: str) -> Doc:
    rows = [line.split() for line in table.strip().splitlines() if line.strip()]
    for n, row in enumerate(rows, start=1):
        if len(row) != 7:
            raise ValueError(f"token {n}: expected word lemma POS tag head dep entity, got {row}")
    words = [row[0] for row in rows]
    # a hyphen tagged HYPH joins its words without spaces ("Vienna-based", "vice-president")
    joined = {n for n, row in enumerate(rows) if row[3] == "HYPH"}
    ents: list[str] = []
    for row in rows:
        label = row[6]
        ents.append("O" if label == "-" else label if label.startswith("I-") else f"B-{label}")
    return Doc(
        VOCAB,
        words=words,
        spaces=[
            i + 1 < len(words) and words[i + 1] not in NO_SPACE_BEFORE and not {i, i + 1} & joined
            for i in range(len(words))
        ],
        lemmas=[row[1] for row in rows],
        pos=[row[2] for row in rows],
        tags=[row[3] for row in rows],
        heads=[int(row[4]) - 1 if row[4] != "0" else i for i, row in enumerate(rows)],
        deps=[row[5] for row in rows],
        ents=ents,
    )


def with_title_line(table: str) -> Doc:
    """The parse with its "¶" token made the line break after the title (headline) line."""
    doc = parse(table)
    return Doc(
        doc.vocab,
        words=[t.text if t.text != "¶" else "\n\n" for t in doc],
        spaces=[bool(t.whitespace_) for t in doc],
        lemmas=[t.lemma_ for t in doc],
        pos=[t.pos_ for t in doc],
        tags=[t.tag_ for t in doc],
        heads=[t.head.i for t in doc],
        deps=[t.dep_ for t in doc],
        ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in doc],
    )


def read(table: str, day: str | None = None, *, topics: bool = False) -> Reading:
    """The reading of a hand-built parse, of an article of `day` where one is given; with `topics`, the
    edges to what a claim is about too (module docstring)."""
    reading = read_doc(parse(table), scope="hand-built", day=day)
    if topics:
        return reading
    actors = [r for r in reading.relations if not r.object.entity_id.startswith(TOPIC_ID_PREFIX)]
    return replace(reading, relations=actors)


def by_rule(reading: Reading, name: str) -> list[Relation]:
    """The relations one rule read, before the pipeline keeps the best reading of each fact."""
    assert name in RULES, f"no rule named {name!r}"
    return [r for r in reading.relations if r.rule.name == name]


def facts(reading: Reading, name: str) -> set[tuple[str, str, str]]:
    """(subject label, predicate, object label) of each relation the rule read."""
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in by_rule(reading, name)
    }


def read_modal_acts(table: str) -> set[tuple[str, str, str, str | None, str | None, bool]]:
    """(subject label, predicate, object label, CAMEO root, modality, negated) of every relation read from a
    hand-built parse."""
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (
            label[r.subject.entity_id],
            r.predicate,
            label[r.object.entity_id],
            r.event_root,
            r.modality,
            r.negated,
        )
        for r in reading.relations
    }


def country_of(reading: Reading, label: str) -> str | None:
    """The country of the one entity with this label."""
    [entity] = [e for e in reading.entities.entities() if e.label == label]
    return entity.country


def then_abroad(table: str) -> str:
    """The parse with "Canada objected." after it: a story that names a second state, so that no rule
    reads it as set in one state only (affiliations/story_state.py)."""
    n = sum(1 for line in table.strip().splitlines() if line.strip())
    return (
        table.rstrip()
        + f"""
    Canada   Canada   PROPN NNP {n + 2} nsubj GPE
    objected object   VERB  VBD 0 ROOT -
    .        .        PUNCT .   {n + 2} punct -
    """
    )


def read_triples(table: str) -> set[tuple[str, str, str]]:
    """(subject label, predicate, object label) of every relation read from a hand-built parse."""
    return {fact[:3] for fact in facts_with_roots(table)}


def roots_between(table: str, subject: str, obj: str) -> set[str | None]:
    """The CAMEO roots of the relations read from a hand-built parse between two labels."""
    return {fact[3] for fact in facts_with_roots(table) if fact[0] == subject and fact[2] == obj}


def codes_between(table: str, subject: str, obj: str) -> set[str | None]:
    """The CAMEO codes of the relations read from a hand-built parse between two labels."""
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        r.event_code
        for r in reading.relations
        if label[r.subject.entity_id] == subject and label[r.object.entity_id] == obj
    }


def facts_with_roots(table: str) -> set[tuple[str, str, str, str | None]]:
    """(subject label, predicate, object label, CAMEO root) of every relation read from a hand-built parse."""
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (label[r.subject.entity_id], r.predicate, label[r.object.entity_id], r.event_root)
        for r in reading.relations
    }


def facts_with_content(table: str) -> set[tuple[str, str, str, str | None]]:
    """(subject label, predicate, object label, reported content) of every relation read from a hand-built
    parse."""
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (label[r.subject.entity_id], r.predicate, label[r.object.entity_id], r.content)
        for r in reading.relations
    }


def read_attributed(table: str) -> set[tuple[str, str, str, str | None]]:
    """(subject label, predicate, object label, label of whom it is attributed to) of every relation read
    from a hand-built parse."""
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (
            label[r.subject.entity_id],
            r.predicate,
            label[r.object.entity_id],
            label.get(r.attributed_to) if r.attributed_to else None,
        )
        for r in reading.relations
    }


NamedEdge = tuple[str, str, str, str, str | None, str | None, bool, str | None]


def named_edges(table: str) -> set[NamedEdge]:
    """(rule, subject, predicate, object, content, modality, negated, root) of every relation read from a
    hand-built parse, topics' edges too; a topic's label is its words."""
    reading = read(table, topics=True)
    label = {e.id: e.label for e in reading.entities.entities()}

    def name(entity_id: str) -> str:
        return topic_label(entity_id) if entity_id.startswith(TOPIC_ID_PREFIX) else label[entity_id]

    return {
        (
            r.rule.name,
            name(r.subject.entity_id),
            r.predicate,
            name(r.object.entity_id),
            r.content,
            r.modality,
            r.negated,
            r.event_root,
        )
        for r in reading.relations
    }
