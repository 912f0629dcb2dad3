"""The lexicon loader: data files are read once, checked, and every problem names its file and line."""

from __future__ import annotations

from pathlib import Path

import pytest
from geokg.extract.entities import countries, titles
from geokg.extract.lexicon import cameo, entity_words, loader, words
from geokg.extract.lexicon.loader import LIST_COLUMNS, LexiconError, data_path, parse_lists, parse_table


def _file(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "sample.tsv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_comments_and_blank_lines_are_skipped_and_missing_cells_are_empty(tmp_path: Path) -> None:
    path = _file(tmp_path, "# a comment", "", "list\tentry\tvalue", "# another", "verbs\tsay")
    [row] = parse_table(path, LIST_COLUMNS)
    assert (row["list"], row["entry"], row["value"], row.where) == ("verbs", "say", "", "sample.tsv:5")


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (("list\tword",), "sample.tsv:1: header should name the columns list|entry|value"),
        (("# only comments",), "sample.tsv: no header line"),
        (("list\tentry\tvalue", "verbs\tsay\tx\ty"), "sample.tsv:2: 4 cells"),
        (("list\tentry\tvalue", "\tsay"), "sample.tsv:2: empty 'list' cell"),
    ],
)
def test_table_problems_name_file_and_line(tmp_path: Path, lines: tuple[str, ...], message: str) -> None:
    with pytest.raises(LexiconError, match=message):
        parse_table(_file(tmp_path, *lines), LIST_COLUMNS, ("list", "entry"))


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (("verbs\tsay", "verbs\tsay"), r"sample.tsv:3: 'verbs' lists 'say' twice \(first at line 2"),
        (("verbs\tSay",), "sample.tsv:2: entries of this file are lower case"),
        (("Verbs\tsay",), "sample.tsv:2: list names are lower_case_words"),
    ],
)
def test_list_problems_name_file_and_line(tmp_path: Path, lines: tuple[str, ...], message: str) -> None:
    rows = parse_table(_file(tmp_path, "list\tentry\tvalue", *lines), LIST_COLUMNS)
    with pytest.raises(LexiconError, match=message):
        parse_lists(rows, lowercase=True)


def test_a_set_refuses_values_and_a_map_keeps_them(tmp_path: Path) -> None:
    rows = parse_table(_file(tmp_path, "list\tentry\tvalue", "modals\two\twill", "modals\tsha"), LIST_COLUMNS)
    modals = parse_lists(rows, lowercase=True)["modals"]
    assert modals.as_map() == {"wo": "will", "sha": ""}
    with pytest.raises(LexiconError, match=r"sample.tsv:2: 'modals' is a word set"):
        modals.as_set()


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("X\tsay\t\t\t010", "sample.tsv:2: pos is V or N"),
        ("V\tsay\t\t\t990", "sample.tsv:2: not a CAMEO code"),
        ("V\tsay\t\t\t", "sample.tsv:2: a row without a particle, argument or code needs a note"),
        ("V\tleave\t\tobject\t160", "sample.tsv:2: argument is object=WORD"),
        ("V\tleave\t\tobject=@WHAT\t160", "sample.tsv:2: unknown class '@WHAT'"),
        ("V\tleave\t\tobject=@ORG\t160\nV\tleave\t\tobject=@ORG\t161", "sample.tsv:3: duplicate entry"),
    ],
)
def test_cameo_rows_are_checked(tmp_path: Path, line: str, message: str) -> None:
    rows = parse_table(_file(tmp_path, "\t".join(cameo.COLUMNS), line), cameo.COLUMNS)
    with pytest.raises(LexiconError, match=message):
        cameo.parse_lexicon(rows)


def test_country_codes_are_checked_where_they_are_read() -> None:
    with pytest.raises(LexiconError, match=r"countries.tsv:\d+: names: expected a code"):
        countries._COUNTRIES.check("names", lambda _entry, code: code == "never", "a code")


def test_every_list_in_the_data_files_is_read_by_the_code() -> None:
    assert words.unused_lists() == []
    assert entity_words.unused_lists() == []
    assert titles._TITLES.unused() == []
    assert countries._COUNTRIES.unused() == []


@pytest.mark.parametrize("path", sorted(data_path("words.tsv").parent.glob("*.tsv")), ids=lambda p: p.name)
def test_every_data_file_follows_the_convention_and_reads(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    header = next(line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#"))
    columns = tuple(cell.strip() for cell in header.split("\t"))
    assert len(columns) > 1 and header == header.lower(), f"{path.name}: header line {header!r}"
    assert parse_table(path, columns), f"{path.name} has no entries"


def test_a_reader_of_some_columns_takes_the_header_from_the_file() -> None:
    assert {"phrase", "sector", "head"} <= set(loader.header_of("sectors.tsv"))
    assert cameo.sector_of("troops") == "MIL"
