"""The one reader of the lexicon files in data/: UTF-8 TSV, `#` comments, a header line, one entry a line.

Every table is checked as it is read; a problem is a `LexiconError` that names the file and line
("words.tsv:212: 'chain_verbs' lists 'refuse' twice (first at line 40)"), so a bad edit to a data file
stops the program at start-up with a message that says where to look.

Two shapes are read here:
- `read_table(file, columns)`: any table, as `Row`s (cells by column name, each row knowing its line);
- `read_lists(file)`: the word-list files (`list`, `entry`, `value` columns), as `WordList`s by name.
  A list is a set of entries, or a map when its entries carry values.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

DATA_PACKAGE = "geokg.extract.lexicon"
LIST_COLUMNS = ("list", "entry", "value")


class LexiconError(ValueError):
    """A lexicon file that cannot be used, with the file and line at fault."""


@dataclass(frozen=True, slots=True)
class Row:
    file: str
    line: int
    cells: Mapping[str, str]  # column -> stripped cell text ("" when empty or missing)

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"

    def __getitem__(self, column: str) -> str:
        return self.cells[column]

    def error(self, message: str) -> LexiconError:
        return LexiconError(f"{self.where}: {message}")


def data_path(file: str) -> Path:
    """Where a lexicon file of the installed package lives."""
    return Path(str(resources.files(DATA_PACKAGE).joinpath("data", file)))


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LexiconError(f"{path.name}: no such lexicon file ({path})") from None
    except UnicodeDecodeError as exc:
        raise LexiconError(f"{path.name}: not UTF-8 ({exc.reason} at byte {exc.start})") from None
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip() and not line.lstrip().startswith("#"):
            yield number, line


def parse_table(
    path: Path, columns: Sequence[str], required: Sequence[str] = (), name: str | None = None
) -> list[Row]:
    """Rows of a TSV file whose header names exactly `columns`; `required` cells may not be empty."""
    file = name or path.name
    rows: list[Row] = []
    header_seen = False
    for number, line in _lines(path):
        cells = [cell.strip() for cell in line.split("\t")]
        if not header_seen:
            if tuple(cells) != tuple(columns):
                raise LexiconError(
                    f"{file}:{number}: header should name the columns {'|'.join(columns)}, "
                    f"found {'|'.join(cells)}"
                )
            header_seen = True
            continue
        if len(cells) > len(columns):
            raise LexiconError(
                f"{file}:{number}: {len(cells)} cells, the header names {len(columns)}: {line!r}"
            )
        row = Row(file, number, dict(zip(columns, cells + [""] * (len(columns) - len(cells)), strict=True)))
        for column in required:
            if not row[column]:
                raise row.error(f"empty {column!r} cell: {line!r}")
        rows.append(row)
    if not header_seen:
        raise LexiconError(f"{file}: no header line (expected {'|'.join(columns)})")
    return rows


@cache
def header_of(file: str) -> tuple[str, ...]:
    """The columns a data file's header names, for a reader that needs only some of them."""
    for _, line in _lines(data_path(file)):
        return tuple(cell.strip() for cell in line.split("\t"))
    raise LexiconError(f"{file}: no header line")


@cache
def read_table(file: str, columns: tuple[str, ...], required: tuple[str, ...] = ()) -> tuple[Row, ...]:
    """A table from the package's data/ folder, read once."""
    return tuple(parse_table(data_path(file), columns, required, name=file))


@dataclass(frozen=True, slots=True)
class WordList:
    """One named list of a word-list file: its entries in file order, with their values and lines."""

    name: str
    rows: tuple[Row, ...]

    def as_set(self) -> frozenset[str]:
        valued = [row for row in self.rows if row["value"]]
        if valued:
            raise valued[0].error(f"{self.name!r} is a word set; entries take no value")
        return frozenset(row["entry"] for row in self.rows)

    def as_map(self) -> dict[str, str]:
        """Entry -> value; an empty value is allowed (it maps to "")."""
        return {row["entry"]: row["value"] for row in self.rows}


def parse_lists(rows: Sequence[Row], lowercase: bool) -> dict[str, WordList]:
    """Group word-list rows by list name, refusing duplicates (and, with `lowercase`, capitals)."""
    grouped: dict[str, list[Row]] = {}
    first_line: dict[tuple[str, str], int] = {}
    for row in rows:
        name, entry = row["list"], row["entry"]
        if not name.replace("_", "").isalpha() or not name.islower():
            raise row.error(f"list names are lower_case_words, not {name!r}")
        if lowercase and entry != entry.lower():
            raise row.error(f"entries of this file are lower case (matched to lower-cased words): {entry!r}")
        key = (name, entry)
        if key in first_line:
            raise row.error(f"{name!r} lists {entry!r} twice (first at line {first_line[key]})")
        first_line[key] = row.line
        grouped.setdefault(name, []).append(row)
    return {name: WordList(name, tuple(group)) for name, group in grouped.items()}


@cache
def read_lists(file: str, lowercase: bool = True) -> Mapping[str, WordList]:
    """The word lists of one data file (columns `list`, `entry`, `value`), by name, read once."""
    return parse_lists(read_table(file, LIST_COLUMNS, ("list", "entry")), lowercase)


class Lists:
    """Access to the lists of one word-list file; asking for a list it lacks names the file."""

    def __init__(self, file: str, lowercase: bool = True) -> None:
        self.file = file
        self.lists = read_lists(file, lowercase)
        self.used: set[str] = set()

    def _get(self, name: str) -> WordList:
        if name not in self.lists:
            raise LexiconError(f"{self.file}: no list named {name!r}")
        self.used.add(name)
        return self.lists[name]

    def words(self, name: str) -> frozenset[str]:
        return self._get(name).as_set()

    def mapping(self, name: str) -> dict[str, str]:
        return self._get(name).as_map()

    def check(self, name: str, valid: Callable[[str, str], bool], expected: str) -> None:
        """Refuse, at its line, an entry of list `name` for which `valid(entry, value)` fails."""
        for row in self._get(name).rows:
            if not valid(row["entry"], row["value"]):
                raise row.error(f"{name}: expected {expected}, found {row['entry']!r} {row['value']!r}")

    def unused(self) -> list[str]:
        """Lists in the file that no code asked for (a misspelt or forgotten list)."""
        return sorted(set(self.lists) - self.used)
