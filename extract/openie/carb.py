"""Open information extraction: every relation a sentence states, as (relation, arg1, arg2, ...) tuples.

Unlike the entity-level triples of the graph pipeline, these tuples keep whole phrases as arguments
("the chairman of Acme", "in 1984") and cover every predicate, so they can be scored against Open IE
benchmarks such as CaRB. `write_carb` writes the benchmark's tab-separated format.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from geokg.extract.io.atomic import write_text_atomic
from geokg.extract.io.nlp import DEFAULT_MODEL, ParseFailure, load_model, parse_texts
from geokg.extract.io.text import UndecodableText, clean_text, decode_bytes, printable
from geokg.extract.lexicon.syntax import NOUNISH_POS
from geokg.extract.openie.clauses import Clause, clauses_for, is_clause_head, is_folded_xcomp
from geokg.extract.openie.nominal import NominalFact, appositions, name_titles, possessives
from geokg.extract.openie.spans import Phrase, render
from spacy.language import Language
from spacy.tokens import Doc, Token

BATCH_SIZE = 64


@dataclass(frozen=True, slots=True)
class Extraction:
    """One Open IE tuple: `args[0]` is the subject, the rest are objects and modifiers in order."""

    relation: str
    args: tuple[str, ...]
    confidence: float
    # Which rule produced the tuple ("own" subject, "shared" by coordinated verbs, "appos", ...).
    rule: str = ""

    def to_carb(self, sentence: str) -> str:
        fields = [sentence, f"{self.confidence:.3f}", self.relation, *self.args]
        return "\t".join(f.replace("\t", " ") for f in fields)


# How far a tuple is trusted by the rule that found it: a verb with its own subject is the plainest
# case; subjects recovered through coordination, relative or participle clauses depend on more
# attachment decisions of the parser, and verbless readings (appositions, possessives) are guesses
# about what the writer meant.
_RULE_TRUST = {
    "own": 0.9,
    "shared": 0.85,
    "relative": 0.72,
    "control": 0.72,
    "participle": 0.6,
    "reduced-passive": 0.55,
    "appos": 0.55,
    "title": 0.5,
    "poss": 0.3,
}


def extract_doc(doc: Doc) -> list[Extraction]:
    """All tuples of a parsed text in the order their predicates appear, without duplicates."""
    found: list[Extraction] = []
    seen: set[tuple[str, tuple[str, ...]]] = set()
    for tok in doc:
        for extraction in _from_token(tok):
            key = (extraction.relation, extraction.args)
            if key not in seen:
                seen.add(key)
                found.append(extraction)
    return found


def _from_token(tok: Token) -> Iterator[Extraction]:
    if is_clause_head(tok) and not is_folded_xcomp(tok):
        for clause in clauses_for(tok):
            extraction = _from_clause(clause)
            if extraction is not None:
                yield extraction
    if tok.pos_ in NOUNISH_POS:
        for fact in [*appositions(tok), *name_titles(tok), *possessives(tok)]:
            yield _from_nominal(fact)


def _from_clause(clause: Clause) -> Extraction | None:
    if not clause.subject or not clause.relation:
        return None
    relation = render(clause.relation)
    if clause.relation_prefix:
        relation = f"{clause.relation_prefix} {relation}"
    args = [clause.subject]
    if clause.obj:
        args.append(clause.obj)
    args.extend(clause.extras)
    texts = tuple(render(a) for a in args)
    trust = _RULE_TRUST[clause.origin]
    return Extraction(relation, texts, _confidence(trust, args), clause.origin)


def _from_nominal(fact: NominalFact) -> Extraction:
    args = [fact.subject, fact.obj]
    texts = tuple(render(a) for a in args)
    return Extraction(fact.relation, texts, _confidence(_RULE_TRUST[fact.kind], args), fact.kind)


def _confidence(trust: float, args: list[Phrase]) -> float:
    """Lower the rule's trust where parses tend to go astray: long sentences, sprawling subjects,
    and tuples with a subject but nothing said about it."""
    sentence_length = len(args[0][0].sent)
    penalty = 0.004 * max(0, sentence_length - 20)
    penalty += 0.03 * max(0, len(args[0]) - 6)
    if len(args) < 2:
        penalty += 0.35
    return round(min(0.99, max(0.01, trust - min(penalty, 0.5))), 3)


def extract_sentences(sentences: Iterable[str], nlp: Language) -> Iterator[tuple[str, list[Extraction]]]:
    """(sentence, its tuples) for each sentence, parsed in batches; a sentence that cannot be parsed
    comes back with no tuples."""
    for text, extractions in _extract_all(sentences, nlp):
        yield text, extractions if isinstance(extractions, list) else []


def _extract_all(
    sentences: Iterable[str], nlp: Language
) -> Iterator[tuple[str, list[Extraction] | ParseFailure]]:
    texts = list(sentences)
    # The parse sees clean text (no NUL, zero-width or bidi characters); the output keeps the line as given.
    docs = ((_tokenize(nlp, clean_text(text)), text) for text in texts)
    for doc, text in parse_texts(nlp, docs, batch_size=BATCH_SIZE):
        yield text, doc if isinstance(doc, ParseFailure) else extract_doc(doc)


# Treebank-style quote marks, as found in pre-tokenised benchmark text.
_TREEBANK_QUOTES = ("``", "''")


def _tokenize(nlp: Language, text: str) -> Doc:
    """Tokens for the parser; treebank quotes (`` '') stay single tokens and read as plain quotes.

    spaCy splits `` into two backticks, which the tagger has rarely seen; as one token whose
    norm is a double quote it is parsed like the quote it stands for.
    """
    doc = nlp.make_doc(text)
    pairs = []
    i = 0
    while i + 1 < len(doc):
        if doc[i].text == "`" and doc[i + 1].text == "`" and not doc[i].whitespace_:
            pairs.append(doc[i : i + 2])
            i += 2
        else:
            i += 1
    with doc.retokenize() as retokenizer:
        for span in pairs:
            retokenizer.merge(span)
    for tok in doc:
        if tok.text in _TREEBANK_QUOTES:
            tok.norm_ = '"'
    return doc


# Longer lines are not sentences (a paste of a whole text, a log line); they are reported and skipped.
MAX_SENTENCE_CHARS = 100_000


class CarbError(RuntimeError):
    """The sentence file cannot be read or the output cannot be written."""


def read_sentences(path: Path, report: Callable[[str], None] | None = None) -> list[str]:
    """Non-blank lines of a one-sentence-per-line file, without their line ends.

    Text that is not UTF-8 is decoded as its detected encoding; a line longer than MAX_SENTENCE_CHARS is
    reported through `report` and left out.
    """
    return _read_lines(path, report)[0]


def _read_lines(path: Path, report: Callable[[str], None] | None) -> tuple[list[str], int]:
    if not path.exists():
        raise CarbError(f"{path}: no such file")
    if not path.is_file():
        raise CarbError(f"{path}: not a regular file")
    try:
        text, encoding = decode_bytes(path.read_bytes())
    except OSError as exc:
        raise CarbError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    except UndecodableText as exc:
        raise CarbError(f"{path}: {exc}") from exc
    if encoding and report:
        report(f"geokg extract: note: {path}: not UTF-8; read as {encoding}")
    sentences = []
    skipped = 0
    for lineno, line in enumerate(text.split("\n"), 1):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        if len(line) > MAX_SENTENCE_CHARS:
            if report:
                report(
                    f"geokg extract: {path}:{lineno}: skipped, a line of {len(line):,} characters "
                    f"is not one sentence (at most {MAX_SENTENCE_CHARS:,})"
                )
            skipped += 1
            continue
        sentences.append(line)
    return sentences, skipped


def write_carb(
    sentences_path: Path,
    out: Path | None,
    model: str = DEFAULT_MODEL,
    report: Callable[[str], None] | None = None,
) -> int:
    """Extract from each line of `sentences_path`; write `sentence TAB confidence TAB relation TAB args`.

    `out` is replaced atomically (a failed run leaves an older file as it was). Returns how many lines
    were skipped (too long, or failing to parse), each reported through `report`.
    """
    if out is not None and out.is_dir():
        raise CarbError(f"--out {out} is a folder; name a file")
    if out is not None and not out.parent.is_dir():
        raise CarbError(f"--out {out}: folder {out.parent} does not exist")
    nlp = load_model(model)
    sentences, skipped = _read_lines(sentences_path, report)
    lines = []
    for text, extractions in _extract_all(sentences, nlp):
        if isinstance(extractions, ParseFailure):
            skipped += 1
            if report:
                report(f"geokg extract: {sentences_path}: {printable(text, 80)}: {extractions.reason}")
            continue
        lines.extend(extraction.to_carb(text) for extraction in extractions)
    body = "".join(line + "\n" for line in lines)
    if out is None:
        sys.stdout.write(body)
    else:
        try:
            write_text_atomic(out, body)
        except OSError as exc:
            raise CarbError(f"cannot write {out}: {exc.strerror or exc}") from exc
    return skipped
