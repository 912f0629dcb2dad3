"""The extraction pipeline: parsed article -> entities, roles, references, clauses -> triple records."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import islice
from typing import TypeVar

from geokg.extract.clauses.arguments import (
    TOPIC_ID_PREFIX,
    ArgumentResolver,
    Ref,
    article_topic,
    topic_label,
)
from geokg.extract.clauses.quotes import (
    UNNAMED_SOURCE,
    find_quotes,
    first_person_antecedents,
    topic_antecedents,
)
from geokg.extract.clauses.registry import registered
from geokg.extract.clauses.relations import Relation, read_relations
from geokg.extract.clauses.turns import interview_turns
from geokg.extract.dates import article_date, stamp_dates
from geokg.extract.entities.actors import sector_of_noun
from geokg.extract.entities.affiliations import find_affiliations
from geokg.extract.entities.clusters import DocEntities, MentionClusters, slug
from geokg.extract.entities.coref import party_memberships, resolve_references
from geokg.extract.entities.past_offices import mark_past_offices
from geokg.extract.entities.roles import find_roles, pronoun_roles
from geokg.extract.io.cache import ParseCache
from geokg.extract.io.nlp import ParseFailure, parse_texts
from geokg.extract.io.reader import Article
from geokg.extract.io.turns import speaker_labels
from geokg.extract.lexicon.regions import is_region, region_contains
from geokg.extract.lexicon.words import (
    ATTENDED_MEETING_NOUNS,
    OCCASION_TOPIC_PREPS,
    REQUEST_VERBS,
    ROUTE_PREPS,
    SPEECH_VERBS,
)
from geokg.extract.records import ArticleResult
from geokg.extract.triples import Triple
from spacy.language import Language
from spacy.tokens import Doc, Span

T = TypeVar("T")
_RULES_BY_EXTRACTOR = {rule.extractor: rule for rule in registered().values()}


class _Labeller:
    def __init__(self, entities: DocEntities) -> None:
        self.entities = entities
        self._sentences: dict[int, tuple[str, int, int]] = {}

    def fields(self, entity_id: str) -> tuple[str, str, str | None]:
        if entity_id.startswith(TOPIC_ID_PREFIX):
            return topic_label(entity_id), "TOPIC", None  # what a claim is about: no entity, no state
        entity = self.entities.entity(entity_id)
        if entity is None:
            return entity_id, "ORG", None
        return entity.label, entity.type, entity.country

    def sector(self, ref: Ref, doc: Doc) -> str | None:
        """The CAMEO sector of one side of a fact: its entity's ("Turkish military" -> MIL), else, for a
        state, what the noun that names it says ("Iraqi officials" are Iraq, GOV)."""
        entity = self.entities.entity(ref.entity_id)
        if entity is not None and entity.sector:
            return entity.sector
        token = doc[ref.token]
        # ("the Reagan Administration", a name, stands for its state as an organ: GOV)
        named_organ = token.pos_ == "PROPN" and ref.via == "organ"
        if (token.pos_ != "NOUN" and not named_organ) or not ref.entity_id.startswith("country:"):
            return None
        return sector_of_noun(token)

    def sentence(self, span: Span) -> tuple[str, int, int]:
        """The sentence's text without surrounding space and its character offsets, worked out once per
        sentence (a long sentence can carry thousands of facts)."""
        if span.start not in self._sentences:
            text = span.text
            start = span.start_char + len(text) - len(text.lstrip())
            self._sentences[span.start] = (text.strip(), start, span.start_char + len(text.rstrip()))
        return self._sentences[span.start]


def _attribution(labels: _Labeller, speaker: str | None) -> tuple[str | None, str]:
    """The label and the entity id a fact is attributed to; a source the text names by its words only
    ("a senior official") is those words, with no id."""
    if speaker is None:
        return None, ""
    if speaker.startswith(UNNAMED_SOURCE):
        return speaker.removeprefix(UNNAMED_SOURCE), ""
    return labels.fields(speaker)[0], speaker


def _triple(article: Article, labels: _Labeller, rel: Relation) -> Triple:
    s_label, s_type, s_country = labels.fields(rel.subject.entity_id)
    o_label, o_type, o_country = labels.fields(rel.object.entity_id)
    sentence, start, end = labels.sentence(rel.sentence)
    attributed_to, attributed_to_id = _attribution(labels, rel.attributed_to)
    return Triple(
        subject=s_label,
        subject_type=s_type,
        subject_country=s_country,
        predicate=rel.predicate,
        object=o_label,
        object_type=o_type,
        object_country=o_country,
        negated=rel.negated,
        modality=rel.modality,
        attributed_to=attributed_to,
        event_root=rel.event_root,
        confidence=rel.confidence,
        source=article.source,
        article=article.id,
        sentence=sentence,
        start=start,
        end=end,
        extractor=rel.rule.extractor,
        subject_id=rel.subject.entity_id,
        object_id=rel.object.entity_id,
        attributed_to_id=attributed_to_id,
        subject_sector=labels.sector(rel.subject, rel.sentence.doc),
        object_sector=labels.sector(rel.object, rel.sentence.doc),
        event_code=rel.event_code,
        predicate_text=rel.predicate_text,
        content=rel.content,
    )


def _precedence(t: Triple) -> float:
    """How strongly a triple's reading is preferred over another rule's reading of the same fact: its
    rule's precedence, discounted as its confidence is (the calibrated base confidences of two rules can
    differ by noise of the gold; which reading is kept should not follow it)."""
    rule = _RULES_BY_EXTRACTOR.get(t.extractor)
    if rule is None:
        return t.confidence
    return round(rule.precedence * t.confidence / rule.confidence, 3)


def _deduplicate(triples: list[Triple]) -> list[Triple]:
    """One triple per fact and sentence: the reading of the rule with the highest precedence wins."""
    best: dict[tuple, Triple] = {}
    for t in triples:
        key = (t.subject_id, t.predicate, t.object_id, t.negated, t.start)
        if key not in best or _precedence(t) > _precedence(best[key]):
            best[key] = t
    kept = sorted(best.values(), key=lambda t: (t.start, -t.confidence, t.subject, t.predicate, t.object))
    return _repeated_sentences_once(_roles_once(kept))


def _first_of(triples: list[Triple], key: Callable[[Triple], tuple | None]) -> list[Triple]:
    """The triples less every one whose key (None: never dropped) an earlier triple had."""
    seen: set[tuple] = set()
    kept: list[Triple] = []
    for t in triples:
        k = key(t)
        if k is not None:
            if k in seen:
                continue
            seen.add(k)
        kept.append(t)
    return kept


def _repeated_sentences_once(triples: list[Triple]) -> list[Triple]:
    """Wire copy may repeat a paragraph word for word (an editor's slip, or a lead restated): a fact read
    from a sentence identical to one read before says nothing new, and is kept once, from the first (the
    graph would count the repetition as more evidence)."""
    return _first_of(
        triples,
        lambda t: (
            t.subject_id,
            t.predicate,
            t.object_id,
            t.negated,
            t.modality,
            t.attributed_to,
            t.sentence,
        ),
    )


def _roles_once(triples: list[Triple]) -> list[Triple]:
    """A role a title or apposition states ("President X" -> president of Y) is a standing fact of the
    article, not an event of each sentence that repeats the title: it is kept once, from the first
    sentence that states it (the graph would count each repetition as more evidence)."""

    def role_key(t: Triple) -> tuple | None:
        rule = _RULES_BY_EXTRACTOR.get(t.extractor)
        if rule is None or rule.reads != "role":
            return None
        return (t.subject_id, t.predicate, t.object_id, t.negated)

    return _first_of(triples, role_key)


@dataclass(frozen=True, slots=True)
class Reading:
    """One parsed article read by every stage: its final entities, and the relations rules found."""

    entities: DocEntities
    relations: list[Relation]


def read_doc(doc: Doc, scope: str, day: str | None = None) -> Reading:
    """Run the stages in order: mentions and clusters, roles and the other evidence of affiliation (which
    fix the entity ids), coreference, quotations, then the rules over every frame. `scope` names the
    article, which qualifies institutions no state is named for ("Parliament" of this article); `day` is
    the article's date, which tells who held an office then."""
    clusters = MentionClusters(doc, scope=scope, day=day)
    found = find_affiliations(doc, clusters, find_roles(doc, clusters, day), day)
    mark_past_offices(found, clusters, doc, day)  # "President Gerald Ford" of 1975 is a former president
    # Ids depend on the affiliations roles find ("Parliament, the legislature of Serbia"), so the
    # entities are fixed only now, before anything refers to them by id.
    entities = clusters.finalise(found.affiliations, found.sectors, found.types)
    role_facts = found.facts(entities.id_of_cluster)
    labels = speaker_labels(doc)  # an interview's turns: who speaks each paragraph
    parties = party_memberships(role_facts.roles, entities)
    antecedents = resolve_references(
        doc, entities, role_facts.descriptions, labels, parties, role_facts.affiliated_people
    )
    resolver = ArgumentResolver(
        entities,
        antecedents,
        role_facts.affiliated_people,
        role_facts.descriptions,
        setting=found.setting,
        paragraph_states=found.paragraph_states,
        day=day,
    )
    # Quotations before interview turns: a quotation inside an answer speaks for its own speaker.
    quotes = find_quotes(doc, resolver) + interview_turns(doc, entities, labels)
    people = {e.id for e in entities.entities() if e.type == "PERSON"}
    antecedents.update(first_person_antecedents(doc, quotes, people))
    antecedents.update(topic_antecedents(doc, quotes, {e.id: e.type for e in entities.entities()}))
    roles = role_facts.roles + pronoun_roles(doc, role_facts, antecedents, entities)
    relations = read_relations(doc, resolver, quotes, roles)
    # an unnamed source ("a senior official said") is whom facts are attributed to, never a side of one
    kept = [
        _articles_topic(r, slug(scope or "unknown"))
        for r in relations
        if not _unnamed_side(r) and not _own_region(r, entities) and not _region_of_a_meeting(r, entities)
    ]
    return Reading(entities, kept)


def _articles_topic(rel: Relation, scope: str) -> Relation:
    """The relation with a topic it names made its article's (arguments.article_topic): the same words in
    two stories are two topics."""
    subject, obj = (
        replace(ref, entity_id=article_topic(ref.entity_id, scope)) for ref in (rel.subject, rel.object)
    )
    return rel if (subject, obj) == (rel.subject, rel.object) else replace(rel, subject=subject, object=obj)


def _unnamed_side(rel: Relation) -> bool:
    return any(ref.entity_id.startswith(UNNAMED_SOURCE) for ref in (rel.subject, rel.object))


def _region_of_a_meeting(rel: Relation, entities: DocEntities) -> bool:
    """ "stressed its support for an international peace conference on the Middle East": a region
    (data/regions.tsv) a meeting is on (attended_meeting_nouns, occasion_topic_preps) is its topic, as "a
    Middle East peace conference" names it, no party the subject reaches through the meeting."""
    words = rel.predicate.split()
    if len(words) < 2 or words[-1] not in OCCASION_TOPIC_PREPS or words[-2] not in ATTENDED_MEETING_NOUNS:
        return False
    region = entities.entity(rel.object.entity_id)
    if region is None or region.country is not None or region.type == "ORG":
        return False
    return is_region((region.label, *region.aliases))


def _own_region(rel: Relation, entities: DocEntities) -> bool:
    """ "Denmark, Norway and Sweden proposed deregulating air fares between Scandinavia and the U.S.": a
    region or informal group of states (data/regions.tsv) that contains the subject's own state is no target
    or partner of it (the fares are Scandinavia's own). An organisation of states is a body its members act
    on ("Britain blocked the EC budget"), and is kept; so are a role ("a member of"), a region's people or
    things ("criticised Europe's debtors": read through the possessor), a route ("the airline transports
    arms across the Middle East": where, not to whom) and words said or appeals made to it ("Nigeria called
    on Africa to boycott the games": a state addresses its own region's states)."""
    if rel.rule.reads == "role" or rel.object.via == "possessor" or rel.object.entity_id.startswith("org:"):
        return False
    if rel.predicate.split()[0] in REQUEST_VERBS | SPEECH_VERBS:
        return False
    if rel.predicate.rpartition(" ")[2] in ROUTE_PREPS:
        return False
    subject, region = entities.entity(rel.subject.entity_id), entities.entity(rel.object.entity_id)
    if subject is None or region is None or subject.country is None or region.country is not None:
        return False
    return region.type != "ORG" and region_contains((region.label, *region.aliases), subject.country)


def extract_doc(doc: Doc, article: Article) -> ArticleResult:
    """All triples of one parsed article, with the entities they connect."""
    article = replace(article, date=article_date(article.date, article.source, article.text))
    reading = read_doc(doc, article.id, article.date)
    labels = _Labeller(reading.entities)
    triples = [_triple(article, labels, r) for r in reading.relations]
    triples = stamp_dates(doc, article.date, article.url, _deduplicate(triples))
    return ArticleResult(article=article, entities=tuple(reading.entities.entities()), triples=tuple(triples))


def extract_articles(
    articles: Iterable[Article],
    nlp: Language,
    n_process: int = 1,
    batch_size: int = 16,
    cache: ParseCache | None = None,
) -> Iterator[ArticleResult]:
    """Parse and extract articles, in input order, `batch_size` at a time: memory stays flat however many
    articles come (no list of the corpus's Docs is ever held).

    With a `cache`, articles parsed before are read back instead of parsed, and new parses are stored.
    An article that cannot be parsed or extracted comes back with `problem` set; the others go on.
    With `n_process` > 1 the pipeline is loaded again (from `nlp.path`) in that many worker processes,
    which parse and extract and send back only the results (see geokg.extract.workers).
    """
    if n_process > 1:
        if nlp.path is None:
            raise ValueError("n_process > 1 needs a pipeline loaded from a package or folder")
        from geokg.extract.workers import ProcessRunner, WorkerSetup, extract_stream

        setup = WorkerSetup(
            model=str(nlp.path), parse_cache=str(cache.folder) if cache else None, batch_size=batch_size
        )
        yield from extract_stream(articles, lambda: ProcessRunner(setup, n_process), batch_size=batch_size)
        return
    for batch in batched(articles, batch_size):
        for doc, article in zip(parse_batch(batch, nlp, cache, batch_size), batch, strict=True):
            yield extract_safely(doc, article)


def extract_safely(doc: Doc | ParseFailure, article: Article) -> ArticleResult:
    """extract_doc, with a failure (to parse or to extract) reported on the article's result instead of
    raised."""
    if isinstance(doc, ParseFailure):
        return ArticleResult(article=article, entities=(), triples=(), problem=doc.reason)
    try:
        return extract_doc(doc, article)
    except Exception as exc:  # one odd article must not cost the user the whole batch
        return ArticleResult(
            article=article,
            entities=(),
            triples=(),
            problem=f"extraction failed ({type(exc).__name__}: {exc})",
        )


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def parse_batch(
    articles: Sequence[Article], nlp: Language, cache: ParseCache | None = None, batch_size: int = 16
) -> list[Doc | ParseFailure]:
    """The Docs of a few articles, from the cache where it has them, parsed (and cached) otherwise; an
    article the pipeline fails on gets a ParseFailure, and long texts are parsed in pieces
    (geokg.extract.io.nlp.parse_texts)."""
    cached = [cache.load(article.text) if cache else None for article in articles]
    missing = [(article.text, i) for i, (article, doc) in enumerate(zip(articles, cached, strict=True))
               if doc is None]  # fmt: skip
    fresh = iter(parse_texts(nlp, missing, batch_size=batch_size))
    docs: list[Doc | ParseFailure] = []
    for doc in cached:
        if doc is None:
            parsed, _ = next(fresh)
            if cache is not None and not isinstance(parsed, ParseFailure):
                cache.save(parsed)
            docs.append(parsed)
        else:
            docs.append(doc)
    return docs


def extract_text(text: str, nlp: Language, article_id: str = "text", source: str = "") -> ArticleResult:
    """Convenience for notebooks and tests: extract from a string."""
    article = Article(id=article_id, text=text, source=source or article_id)
    return extract_doc(nlp(text), article)
