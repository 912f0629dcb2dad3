"""SHACL validation of geokg's RDF against its shapes (graph/data/shapes.ttl), with pyshacl."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

SHAPES_FILE = Path(__file__).parent / "data" / "shapes.ttl"


@dataclass(frozen=True)
class Validation:
    conforms: bool
    report: str  # pyshacl's text report: one block per violation, empty-handed when it conforms

    def __bool__(self) -> bool:
        return self.conforms


def shapes() -> Graph:
    return Graph().parse(SHAPES_FILE, format="turtle")


def validate(rdf: Graph) -> Validation:
    """Check an RDF graph against geokg's shapes. pyshacl is imported here: it is slow to import and only
    validation needs it."""
    from pyshacl import validate as shacl_validate

    conforms, _, text = shacl_validate(rdf, shacl_graph=shapes(), inference="none", advanced=False)
    return Validation(bool(conforms), str(text))
