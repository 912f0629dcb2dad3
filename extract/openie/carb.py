"""Open information extraction: every relation a sentence states, as (relation, arg1, arg2, ...) tuples.

Unlike the entity-level triples of the graph pipeline, these tuples keep whole phrases as arguments
("the chairman of Acme", "in 1984") and cover every predicate, so they can be scored against Open IE
benchmarks such as CaRB. `write_carb` writes the benchmark's tab-separated format.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from geokg.extract.io.nlp import DEFAULT_MODEL, load_model
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
    """(sentence, its tuples) for each sentence, parsed in batches."""
    texts = list(sentences)
    docs = (_tokenize(nlp, text) for text in texts)
    for text, doc in zip(texts, nlp.pipe(docs, batch_size=BATCH_SIZE), strict=True):
        yield text, extract_doc(doc)


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


def read_sentences(path: Path) -> list[str]:
    """Non-blank lines of a one-sentence-per-line file, without their line ends."""
    with path.open(encoding="utf-8") as handle:
        return [line.rstrip("\r\n") for line in handle if line.strip()]


def write_carb(sentences_path: Path, out: Path | None, model: str = DEFAULT_MODEL) -> None:
    """Extract from each line of `sentences_path`; write `sentence TAB confidence TAB relation TAB args`."""
    nlp = load_model(model)
    sentences = read_sentences(sentences_path)
    lines = [
        extraction.to_carb(text)
        for text, extractions in extract_sentences(sentences, nlp)
        for extraction in extractions
    ]
    body = "".join(line + "\n" for line in lines)
    if out is None:
        sys.stdout.write(body)
    else:
        out.write_text(body, encoding="utf-8")
