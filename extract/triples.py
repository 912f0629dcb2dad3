"""The triple record: one extracted fact with its provenance, written as one line of triples.jsonl."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from typing import Any

# Fields may be added to the record over time; existing ones are never renamed, because
# triples.jsonl files written by older versions must stay readable.


@dataclass(frozen=True, slots=True)
class Triple:
    subject: str
    subject_type: str
    predicate: str
    object: str
    object_type: str
    negated: bool = False
    modality: str | None = None
    attributed_to: str | None = None
    event_root: str | None = None
    confidence: float = 0.5
    subject_country: str | None = None
    object_country: str | None = None
    source: str = ""
    article: str = ""
    sentence: str = ""
    start: int = 0
    end: int = 0
    extractor: str = ""
    # Stable canonical ids (e.g. "country:IRQ", "person:john_kerry") so that graphs merge across articles.
    subject_id: str = ""
    object_id: str = ""
    # Time (see extract/dates.py): ISO dates whose length is their granularity (day, month or year).
    article_date: str | None = None  # the article's publication day, YYYY-MM-DD
    article_url: str | None = None
    event_date: str | None = None  # when the reported event took place, where the text fixes it
    attributed_to_id: str = ""  # canonical id of the `attributed_to` speaker, "" when none
    # CAMEO actor sector of each side as the sentence names it: "Turkish troops" -> MIL, "Iraqi officials"
    # -> GOV (the state itself, speaking through its government), "a Kenyan court" -> JUD; else null.
    subject_sector: str | None = None
    object_sector: str | None = None
    event_code: str | None = None  # the full CAMEO code ("0874", "163"); `event_root` is its first two digits
    # `predicate` is the relation's canonical lemma phrase ("meet with"); these are the sentence's own words
    # for it ("held talks with"), or the predicate itself where it has none (a title).
    predicate_text: str = ""
    # Of a speaker's word about someone (`X -say-> Y` from "X said Y would ..."): what was said, as the
    # text's words without the complementiser, quotation marks and closing punctuation; null otherwise.
    content: str | None = None

    def to_dict(self) -> dict[str, Any]:
        # Every field is a scalar: a shallow dict, without asdict's deep copies (millions of records).
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Triple:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


def read_triples(path: str) -> list[Triple]:
    """Load a triples.jsonl file written by `geokg build`."""
    out: list[Triple] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                out.append(Triple.from_dict(json.loads(line)))
    return out


def write_triples(triples: list[Triple], path: str) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for t in triples:
            fh.write(t.to_json() + "\n")
