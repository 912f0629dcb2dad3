"""The vocabularies of geokg's RDF: standard ones first, the project's own only for what none of them has.

| prefix | namespace | used for |
| --- | --- | --- |
| `schema:` | https://schema.org/ | entity and article classes, headline, datePublished, url |
| `skos:` | http://www.w3.org/2004/02/skos/core# | names (prefLabel, altLabel), Wikidata links (exactMatch) |
| `prov:` | http://www.w3.org/ns/prov# | provenance: wasDerivedFrom (article), wasAttributedTo (speaker) |
| `dcterms:` | http://purl.org/dc/terms/ | identifier, source (input path), date (of the event) |
| `geokg:` | https://geokg.dev/ns# | polarity, modality, event category, confidence, counts, offsets |
| `rel:` | https://geokg.dev/ns/rel# | one property per relation lemma phrase (`rel:meet_with`) |
| `id:` | https://geokg.dev/id/ | everything geokg names: entities, relations, evidence, articles |
| `country:`, `person:`, ... | https://geokg.dev/id/country/, ... | the same, one prefix per kind |
"""

from __future__ import annotations

from rdflib import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, Namespace, URIRef
from rdflib.namespace import DefinedNamespace

SCHEMA = Namespace("https://schema.org/")  # https only: http://schema.org/ would be a second vocabulary
WIKIDATA = Namespace("http://www.wikidata.org/entity/")
ENTITY_BASE = "https://geokg.dev/id/"
ID = Namespace(ENTITY_BASE)
# Relation predicates get their own namespace: a lemma such as "count" or "support" must never be
# mistaken for one of the vocabulary's own properties.
REL = Namespace("https://geokg.dev/ns/rel#")


class GEOKG(DefinedNamespace):
    """The geokg vocabulary: only what schema.org, SKOS, PROV-O and Dublin Core have no term for."""

    _NS = Namespace("https://geokg.dev/ns#")
    _fail = True

    # classes
    Group: URIRef  # a people, faith or movement (spaCy NORP): not an organisation, no schema.org class
    Topic: URIRef  # what a speaker's claim is about when it names no actor ("tin ore output")
    Relation: URIRef  # one merged fact between two entities (also an rdf:Statement)
    Provenance: URIRef  # one sentence supporting a relation
    # entities
    entityType: URIRef  # the spaCy entity label (PERSON, GPE, ORG, NORP, ...)
    countryCode: URIRef  # ISO 3166-1 alpha-3 of the country itself, or of the state an actor acts for
    country: URIRef  # the country entity a person or organisation acts for
    mentions: URIRef
    articleCount: URIRef
    # relations
    predicateLabel: URIRef
    negated: URIRef
    eventRoot: URIRef  # CAMEO root code, "01" .. "20"
    modality: URIRef
    confidence: URIRef
    count: URIRef  # supporting sentences
    provenance: URIRef  # relation -> geokg:Provenance
    # provenance
    sentence: URIRef
    content: URIRef  # what a speaker said of the relation's object, as the sentence's words
    start: URIRef  # character offsets of the sentence in the article text
    end: URIRef
    extractor: URIRef  # rule name and version
    attributedTo: URIRef  # the speaker's name, only for records made before speakers had ids
    # articles
    textHash: URIRef  # what articles are keyed by: the same text under another name is one article


PREFIXES: dict[str, str] = {
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "schema": str(SCHEMA),
    "wd": str(WIKIDATA),
    "geokg": str(GEOKG._NS),
    "rel": str(REL),
    "id": ENTITY_BASE,
}
# One prefix per kind of thing geokg names, so that IRIs read like entity ids: country:IRQ, person:john_kerry.
ID_KINDS = (
    "country", "person", "org", "group", "place", "thing", "topic", "article", "relation", "evidence",
)  # fmt: skip
PREFIXES.update({kind: f"{ENTITY_BASE}{kind}/" for kind in ID_KINDS})

# The class of each kind of entity (graph.merge.KINDS).
CLASS_BY_KIND: dict[str, URIRef] = {
    "Country": SCHEMA.Country,
    "Person": SCHEMA.Person,
    "Organization": SCHEMA.Organization,
    "Group": GEOKG.Group,
    "Place": SCHEMA.Place,
    "Location": SCHEMA.Place,
    "Event": SCHEMA.Event,
    "Topic": GEOKG.Topic,
    "Other": SCHEMA.Thing,
}


def sparql_prologue() -> str:
    """PREFIX lines for every prefix above, for queries written against geokg's RDF."""
    return "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in PREFIXES.items())
