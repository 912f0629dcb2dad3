"""The confidence policy's numbers, read from data/confidence.tsv (see extract/clauses/scoring.py).

A rule's base confidence is measured: the share of its triples that are right in human audits of unseen
news, smoothed towards the share over all rules scaled by the rule's standing on the development gold
(a Beta prior), as `geokg eval --calibration --audit ... --fit` writes it. A rule the table does not
list (a new rule, not yet measured) gets the table's `*` row: the pooled estimate, the best guess for a
rule of unknown quality. The discounts for
an argument found indirectly (`via`) and for a reported fact (`attribution`) are numbers of the same
table.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from geokg.extract.lexicon.loader import LexiconError, Row, data_path, parse_table

CONFIDENCE_FILE = "confidence.tsv"
COLUMNS = ("factor", "name", "value", "judged", "right", "audited", "audit_right")
# The header of tables fitted before audits were evidence (still read, e.g. with `--policy`).
DEV_COLUMNS = COLUMNS[:5]
FACTORS = ("rule", "via", "attribution")
ANY_RULE = "*"  # the row for rules the table does not list
REPORTED = "reported"  # the attribution row: a fact the article reports from someone


@dataclass(frozen=True)
class ConfidencePolicy:
    """Base confidence per rule name (with a default for unlisted rules) and the policy's discounts."""

    bases: Mapping[str, float]
    default: float
    via: Mapping[str, float]
    attribution: float
    # The evidence behind each measured rule's base: (judged triples, triples matching a gold fact).
    evidence: Mapping[str, tuple[int, int]]

    def base(self, rule_name: str) -> float:
        return self.bases.get(rule_name, self.default)

    def measured(self, rule_name: str) -> bool:
        return rule_name in self.bases


def _value(row: Row) -> float:
    try:
        value = float(row["value"])
    except ValueError:
        raise row.error(f"value must be a number in (0, 1], not {row['value']!r}") from None
    if not 0 < value <= 1:
        raise row.error(f"value must be in (0, 1], not {value}")
    return value


def _count(row: Row, column: str) -> int:
    try:
        count = int(row[column] or 0)
    except ValueError:
        raise row.error(f"{column!r} must be a whole number, not {row[column]!r}") from None
    if count < 0:
        raise row.error(f"{column!r} must not be negative")
    return count


def parse_policy(rows: Iterable[Row], file: str = CONFIDENCE_FILE) -> ConfidencePolicy:
    """The policy from table rows, refusing unknown factors, repeated names and numbers out of range."""
    bases: dict[str, float] = {}
    via: dict[str, float] = {}
    evidence: dict[str, tuple[int, int]] = {}
    default: float | None = None
    attribution: float | None = None
    seen: dict[tuple[str, str], int] = {}
    for row in rows:
        factor, name = row["factor"], row["name"]
        if factor not in FACTORS:
            raise row.error(f"factor is one of {', '.join(FACTORS)}, not {factor!r}")
        if (factor, name) in seen:
            raise row.error(f"{factor} {name!r} is listed twice (first at line {seen[factor, name]})")
        seen[factor, name] = row.line
        value = _value(row)
        judged, right = _count(row, "judged"), _count(row, "right")
        if right > judged:
            raise row.error(f"'right' ({right}) exceeds 'judged' ({judged})")
        if "audited" in row.cells and _count(row, "audit_right") > _count(row, "audited"):
            raise row.error("'audit_right' exceeds 'audited'")
        if factor == "rule" and name == ANY_RULE:
            default = value
        elif factor == "rule":
            bases[name] = value
            evidence[name] = (judged, right)
        elif factor == "via":
            via[name] = value
        elif name != REPORTED:
            raise row.error(f"the attribution row is named {REPORTED!r}, not {name!r}")
        else:
            attribution = value
    needed = (("rule *", default), (f"attribution {REPORTED}", attribution))
    missing = [what for what, got in needed if got is None]
    if missing:
        raise LexiconError(f"{file}: no row for {' or '.join(missing)}")
    if "name" not in via:
        raise LexiconError(f"{file}: no row for via 'name' (an argument named in the sentence)")
    assert default is not None and attribution is not None
    return ConfidencePolicy(bases, default, via, attribution, evidence)


def read_policy(path: Path) -> ConfidencePolicy:
    """The policy in a confidence table at `path` (a table `geokg eval --calibration --fit` wrote)."""
    columns = COLUMNS if _header(path) == COLUMNS else DEV_COLUMNS
    return parse_policy(parse_table(path, columns, ("factor", "name", "value")), path.name)


def _header(path: Path) -> tuple[str, ...]:
    """The cells of the first line that is neither blank nor a comment ("" when there is none)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ()  # parse_table says what is wrong
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            return tuple(cell.strip() for cell in line.split("\t"))
    return ()


@cache
def confidence_policy() -> ConfidencePolicy:
    """The package's policy, read once."""
    return read_policy(data_path(CONFIDENCE_FILE))
