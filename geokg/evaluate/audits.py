"""Audit verdicts as calibration evidence: people's judgements of triples built from unseen news.

An audit (/work/team/audits/ROUND[/SAMPLE]/verdicts.tsv, written by the judging rules of round 0's
SUMMARY.md) has one row per triple of a build on articles the rules were not tuned on, with a verdict
(correct / partly / wrong), the problems found (`problem_category`, `;`-separated) and the extractor.
Audits judged under benchmarks/JUDGE.md are read too: a folder per judge with a triples.tsv (article, line,
verdict, core, reason) inside the audit's build, whose triples.jsonl gives each line's rule.

A verdict counts as **right** when the triple would count for precision under the gold's matching
(`GoldFact.matched_by`): both arguments resolve to the right entities through an alias that ends the label,
a relation word is in the predicate, the polarity is right. That matching reads neither countries, CAMEO
roots, entity types, nor the exact form of a label, so:

- "correct" is right;
- "partly" is right when every problem named is one of ATTRIBUTE_PROBLEMS (country, root, entity type,
  a title fused into a label or a short/alias label, a repeat of a right triple);
- "partly" with any other problem (truncated or malformed predicate, cut or split entity span, a wrong
  or generalised argument, a former office as current, a lost or spurious attribution, hedge or modality,
  a vague speech predicate for an accusation, …) is not right: the gold would not match it or would
  annotate another fact (a claim is the speaker's act; a former office is no current one);
- "wrong" is never right (a speech edge to someone merely named in the content, junk, adjuncts, …).

The rule is read from the `extractor` column ("geokg.svo/2" -> "svo"). Whether the triple was reported
from someone (the attribution discount) is read from the build's triples.jsonl beside the verdicts
(`triples.jsonl` or `out/triples.jsonl`, line = `triple_line`) when it is there and its labels agree.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from geokg.evaluate.calibration import DEV, Judged
from geokg.evaluate.reading import EvalError, _read_text
from geokg.extract.lexicon.confidence import ConfidencePolicy

VERDICTS_FILE = "verdicts.tsv"
# benchmarks/JUDGE.md's format: one judge's folder inside the audit's build (ROUND/A/triples.tsv beside
# ROUND/triples.jsonl), with no problem categories but a `core` column.
JUDGED_FILE = "triples.tsv"
JUDGED_COLUMNS = ("article", "line", "verdict", "core")
VERDICTS = ("correct", "partly", "wrong")
NEEDED_COLUMNS = ("article", "triple_line", "subject", "object", "verdict", "problem_category", "extractor")
# Problems of a "partly" triple that the gold's matching does not read: the triple still counts.
ATTRIBUTE_PROBLEMS = frozenset({
    "ok",
    "missing-country", "wrong-country",
    "missing-root", "wrong-root", "spurious-root",
    "wrong-entity-type",
    "fused-title-label",  # "Dr X": the alias "X" ends the label
    "non-canonical-label",  # "Kimura" beside "Hana Kimura": the gold lists the surname as an alias
    "duplicate",  # a repeat: calibration counts every line
    # A marker, not a problem: from audit round 4 a speech edge to what the statement is about is judged
    # as the gold annotates it (JUDGE.md's amendment), and the tag only lets the older rule be recounted.
    "speech-edge-to-content-subject",
    # JUDGE.md's judges name no categories; their `core` yes says subject, relation, object, direction and
    # polarity are right, which is what the gold's matching reads.
    "core-right",
})  # fmt: skip
BUILD_FILES = ("triples.jsonl", "out/triples.jsonl")


@dataclass(frozen=True, slots=True)
class Verdict:
    """One judged triple of an audit."""

    audit: str  # the audit's name (its directory, relative to what was given)
    article: str
    line: int
    rule: str
    verdict: str
    problems: tuple[str, ...]
    attributed: bool

    @property
    def right(self) -> bool:
        """Whether the triple would count for precision under the gold's matching (module docstring)."""
        if self.verdict == "correct":
            return True
        return self.verdict == "partly" and all(p in ATTRIBUTE_PROBLEMS for p in self.problems)


def _rule(extractor: str) -> str:
    return extractor.split("/", 1)[0].removeprefix("geokg.")


def _build_records(directory: Path) -> list[dict[str, object]] | None:
    """The build's triples.jsonl beside the verdicts, one record per line; None when there is none."""
    for name in BUILD_FILES:
        path = directory / name
        if path.is_file():
            records = []
            for number, line in enumerate(_read_text(path, "triples").splitlines(), start=1):
                try:
                    records.append(json.loads(line) if line.strip() else {})
                except json.JSONDecodeError as exc:
                    raise EvalError(f"{path}:{number}: not JSON ({exc.msg})") from exc
            return records
    return None


def _rows(path: Path, columns: Sequence[str], kind: str) -> Iterator[tuple[int, dict[str, str], str]]:
    """Each row of a tab-separated verdicts file with its line number and checked verdict; EvalError names
    the file (and line) of a missing column or a verdict that is none of VERDICTS."""
    text = _read_text(path, "audit verdicts")
    reader = csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    missing = [c for c in columns if c not in (reader.fieldnames or ())]
    if missing:
        raise EvalError(f"{path}: {kind} need the columns {', '.join(missing)}")
    for number, row in enumerate(reader, start=2):
        verdict = (row["verdict"] or "").strip()
        if verdict not in VERDICTS:
            raise EvalError(f"{path}:{number}: verdict is one of {', '.join(VERDICTS)}, not {verdict!r}")
        yield number, row, verdict


def _line_number(path: Path, number: int, value: str | None, what: str) -> int:
    try:
        return int(value or "")
    except ValueError:
        raise EvalError(f"{path}:{number}: {what} must be a line number") from None


def read_verdicts(path: Path, audit: str | None = None) -> list[Verdict]:
    """The verdicts of one verdicts.tsv, in file order; EvalError names the file and line of a bad row."""
    records = _build_records(path.parent)
    name = audit or path.parent.name
    out = []
    for number, row, verdict in _rows(path, NEEDED_COLUMNS, "an audit's verdicts"):
        line = _line_number(path, number, row["triple_line"], "triple_line")
        if not (row["extractor"] or "").strip():
            raise EvalError(f"{path}:{number}: no extractor: the rule cannot be told")
        record = records[line - 1] if records is not None and 0 < line <= len(records) else {}
        agrees = record.get("subject") == row["subject"] and record.get("object") == row["object"]
        problems = tuple(p.strip() for p in (row["problem_category"] or "").split(";") if p.strip())
        out.append(
            Verdict(
                name, row["article"], line, _rule(row["extractor"].strip()), verdict, problems,
                bool(agrees and record.get("attributed_to")),
            )
        )  # fmt: skip
    return out


def read_judged(path: Path, audit: str | None = None) -> list[Verdict]:
    """The verdicts of one judge's triples.tsv (benchmarks/JUDGE.md), in file order. The rule and the
    attribution are read from the build's triples.jsonl in the judge's folder or the one above it, which
    must be there: the file itself names neither."""
    rows = _rows(path, JUDGED_COLUMNS, "a judge's triples")
    records = _build_records(path.parent) or _build_records(path.parent.parent)
    if records is None:
        raise EvalError(f"{path}: no triples.jsonl of the audit's build beside it or one folder up")
    name = audit or path.parent.parent.name
    out = []
    for number, row, verdict in rows:
        line = _line_number(path, number, row["line"], "line")
        if not 0 < line <= len(records) or not records[line - 1].get("extractor"):
            raise EvalError(f"{path}:{number}: line {line} is no triple of the audit's build")
        record = records[line - 1]
        core = (row["core"] or "").strip().lower() == "yes"
        problems = ("core-right",) if core else ("core-wrong",)
        out.append(
            Verdict(
                name, row["article"], line, _rule(str(record["extractor"])), verdict, problems,
                bool(record.get("attributed_to")),
            )
        )  # fmt: skip
    return out


def load_audit(path: Path, name: str | None = None) -> list[Verdict]:
    """The verdicts of an audit: a verdicts.tsv or a judge's triples.tsv, or a directory whose files of
    one of those kinds (at any depth, in path order) form one audit; named `name`, else by its directory."""
    path = Path(path)
    if path.is_dir():
        files = sorted(path.rglob(VERDICTS_FILE))
        if files:
            return [v for file in files for v in read_verdicts(file, name or path.name)]
        judged = sorted(p for p in path.rglob(JUDGED_FILE) if p.parent != path)
        if not judged:
            raise EvalError(f"{path}: no {VERDICTS_FILE}, nor a judge's folder with {JUDGED_FILE}, in it")
        return [v for file in judged for v in read_judged(file, name or path.name)]
    if not path.exists():
        raise EvalError(f"{path}: no such audit file")
    return read_judged(path, name) if path.name == JUDGED_FILE else read_verdicts(path, name)


def judged_from(verdicts: Iterable[Verdict], policy: ConfidencePolicy) -> list[Judged]:
    """The verdicts as judged triples for the fit: each gets the confidence `policy` gives a triple of its
    rule with named arguments (an audit's build need not have used this policy; see calibration.fit)."""
    out = []
    for v in verdicts:
        confidence = policy.base(v.rule) * (policy.attribution if v.attributed else 1.0)
        article = f"{v.audit}/{v.article}"
        out.append(Judged(article, v.rule, round(min(1.0, confidence), 3), v.right, v.attributed, v.audit))
    return out


def distinct_names(paths: Sequence[Path]) -> list[str]:
    """A name per audit given: its directory's (or file's parent's) name, made unique with a number."""
    names: list[str] = []
    for path in paths:
        path = Path(path)
        base = path.name if path.is_dir() else path.parent.name or path.stem
        name, n = base, 2
        while name in names or name == DEV:
            name, n = f"{base}-{n}", n + 1
        names.append(name)
    return names
