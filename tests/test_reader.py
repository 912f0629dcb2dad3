"""Reading hostile inputs: every bad file or line becomes one ReadProblem naming it, never an exception."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from geokg.extract.io.reader import Article, ReadProblem, expand_inputs, read_articles
from geokg.extract.io.text import UndecodableText, clean_text, decode_bytes, printable

BODY = "Iran criticised Iraq on Monday.\n"


def read(*paths: Path, **kwargs: object) -> tuple[list[Article], list[ReadProblem], list[str]]:
    notes: list[str] = []
    items = list(read_articles(paths, on_note=notes.append, **kwargs))
    articles = [i for i in items if isinstance(i, Article)]
    problems = [i for i in items if isinstance(i, ReadProblem)]
    assert len(articles) + len(problems) == len(items)
    return articles, problems, notes


# ------------------------------------------------------------------------------------------ encodings


@pytest.mark.parametrize(
    ("encoding", "guessed"),
    [("utf-8", None), ("utf-8-sig", None), ("utf-16", None), ("utf-32", None), ("cp1252", "cp1252")],
)
def test_encodings_are_decoded_and_the_byte_order_mark_dropped(encoding, guessed):
    text = "Café talks in Montréal\n\nFrance’s envoy met Germany’s.\n"
    decoded, used = decode_bytes(text.encode(encoding))
    assert decoded == text
    assert used == guessed


def test_binary_data_is_not_text():
    with pytest.raises(UndecodableText):
        decode_bytes(bytes(range(256)) * 8)


def test_bom_is_not_in_the_title_and_offsets_match_the_text(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(f"Talks\n\n{BODY}".encode("utf-8-sig"))
    (article,), _, _ = read(path)
    assert article.title == "Talks"
    assert article.text.index("Iran") == len("Talks\n\n")


def test_invisible_and_control_characters_are_cleaned():
    raw = "Ir\u200baq and \u2066Iran\u2069 met\x00 in Ge\u0301neva \U0001f600 x\ud800y\r z\u2028w"
    cleaned = clean_text(raw)
    assert cleaned == "Iraq and Iran met  in Géneva \U0001f600 x\ufffdy\n z\nw"
    assert clean_text(cleaned) == cleaned


def test_carriage_returns_of_archives_end_lines_and_reach_no_sentence():
    # "\r\n" and the "\r\r\n" of an archive converted twice end a line; "^M" is a carriage return written
    # out in caret notation ("said.^M"), which a name or a word may not hold ("A^Mx" stays)
    assert clean_text("Orvan Steel Corp said.\r\nKessel Bank Ltd agreed.\r\n") == (
        "Orvan Steel Corp said.\nKessel Bank Ltd agreed.\n"
    )
    assert (
        clean_text("Orvan said it\r\r\nwould sell.\r\r\n\r\r\nKessel")
        == "Orvan said it\nwould sell.\n\nKessel"
    )
    assert (
        clean_text("Orvan Steel Corp said.^M\nKessel agreed.^M") == "Orvan Steel Corp said.\nKessel agreed.\n"
    )
    assert clean_text("A^Mx") == "A^Mx"


def test_an_archive_with_carriage_returns_reads_as_prose(tmp_path):
    lines = [
        "Orvan Steel Corp said on Monday that it had agreed to buy",
        "a stake in Kessel Bank Ltd for 20 mln dlrs, the company",
        "said. Kessel Bank Ltd met with Orvan Steel Corp on Tuesday",
        "to discuss the terms of the deal, it said.^M",
    ]
    (tmp_path / "a.txt").write_text(
        "Orvan buys stake\r\r\n\r\r\n" + "\r\r\n".join(lines) + "\r\r\n", encoding="utf-8"
    )
    (article,), _, _ = read(tmp_path / "a.txt")
    assert "\r" not in article.text and "^M" not in article.text
    assert "company said. Kessel" in article.text.replace("  ", " ")


def test_printable_escapes_what_a_terminal_would_not_show():
    assert printable("a\nb\u202ec\ud800") == "a\\nb\\u202ec\\ud800"
    assert printable("x" * 500, limit=10).startswith("x" * 10 + "…")


# ------------------------------------------------------------------------------------------ JSONL


def write_jsonl(path: Path, *lines: str) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8", errors="surrogatepass")
    return path


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"text": 5}', "'text' must be a string, not a number"),
        ('{"text": null}', "'text' must be a string, not null"),
        ('{"id": "a"}', "no 'text' field"),
        ('{"text": "   "}', "'text' is empty"),
        ('{"id": {"a": 1}, "text": "Iran met Iraq."}', "'id' must be a string or a whole number"),
        ('{"id": true, "text": "Iran met Iraq."}', "'id' must be a string or a whole number"),
        ('{"id": ' + "9" * 400 + ', "text": "Iran met Iraq."}', "'id' is 400 characters long"),
        ('["text"]', "expected a JSON object"),
        ("{'text': 'x'}", "not JSON"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ],
)
def test_bad_jsonl_lines_are_reported_with_file_and_line(tmp_path, line, reason):
    path = write_jsonl(tmp_path / "a.jsonl", '{"text": "France met Spain."}', line)
    articles, (problem,), _ = read(path)
    assert [a.text for a in articles] == ["France met Spain."]
    assert problem.source == f"{path}:2"
    assert reason in problem.reason


def test_lone_surrogates_in_text_id_and_title_are_replaced(tmp_path):
    path = write_jsonl(
        tmp_path / "s.jsonl",
        '{"id": "a\\ud800", "title": "T\\udfff", "text": "Iran met Iraq \\ud800 today."}',
    )
    (article,), problems, _ = read(path)
    assert not problems
    for value in (article.id, article.title, article.text):
        assert "\ufffd" in value
        value.encode("utf-8")  # no surrogate left: every writer accepts it


def test_wrong_optional_fields_are_dropped_with_a_note(tmp_path):
    path = write_jsonl(tmp_path / "o.jsonl", '{"text": "Iran met Iraq.", "title": 7, "url": {"a": 1}}')
    (article,), _, notes = read(path)
    assert article.title == "" and article.url is None
    assert any("o.jsonl:1" in n and "'title'" in n for n in notes)


def test_an_overlong_line_is_refused_without_reading_it_whole(tmp_path):
    big = json.dumps({"text": "word " * 5000})
    path = write_jsonl(tmp_path / "big.jsonl", big, '{"text": "Iran met Iraq."}')
    articles, (problem,), _ = read(path, max_chars=1000)
    assert problem.source.endswith("big.jsonl:1") and "too long" in problem.reason
    assert [a.text for a in articles] == ["Iran met Iraq."]


def test_non_utf8_bytes_in_a_jsonl_line_cost_that_line_only(tmp_path):
    path = tmp_path / "b.jsonl"
    path.write_bytes(b'{"text": "caf\xe9"}\n{"text": "Iran met Iraq."}\n')
    articles, (problem,), _ = read(path)
    assert problem.source.endswith("b.jsonl:1") and "UTF-8" in problem.reason
    assert len(articles) == 1


# ------------------------------------------------------------------------------------------ files


def test_an_article_over_the_size_limit_is_refused_by_its_size(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text("T\n\n" + "Obama met Putin. " * 1000, encoding="utf-8")
    _, (problem,), _ = read(path, max_chars=2000)
    assert "split it into several articles" in problem.reason


def test_links_pipes_and_loops_are_reported_or_ignored(tmp_path):
    (tmp_path / "good.txt").write_text(f"T\n\n{BODY}", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "loop").symlink_to(tmp_path)
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "alias.txt").symlink_to(tmp_path / "good.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / ".hidden.txt").write_text(f"T\n\n{BODY}", encoding="utf-8")
    articles, problems, _ = read(tmp_path)
    assert [a.source for a in articles] == [str(tmp_path / "alias.txt")]  # the same file, read once
    reasons = {Path(p.source).name: p.reason for p in problems}
    assert reasons == {"dangling.txt": "broken symbolic link", "pipe.txt": "a named pipe (FIFO), not a file"}
    (fifo,) = expand_inputs([tmp_path / "pipe.txt"])
    assert isinstance(fifo, ReadProblem) and "FIFO" in fifo.reason


def test_an_unreadable_file_is_skipped(tmp_path):
    mem = Path("/proc/self/mem")
    if not mem.exists():
        pytest.skip("needs /proc/self/mem, a file that cannot be read even by root")
    (tmp_path / "unreadable.txt").symlink_to(mem)
    (tmp_path / "good.txt").write_text(f"T\n\n{BODY}", encoding="utf-8")
    articles, (problem,), _ = read(tmp_path / "unreadable.txt", tmp_path / "good.txt")
    assert len(articles) == 1 and "cannot read" in problem.reason


def test_output_folders_are_not_read_back(tmp_path):
    (tmp_path / "a.txt").write_text(f"T\n\n{BODY}", encoding="utf-8")
    for name in ("out", "old-out"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "triples.jsonl").write_text('{"subject": "x"}\n', encoding="utf-8")
        (tmp_path / name / "graph.ttl").write_text("", encoding="utf-8")
    (tmp_path / "out" / "graph.html").write_text("<p>Iran met Iraq.</p>", encoding="utf-8")
    articles, problems, _ = read(tmp_path, exclude=[tmp_path / "out"])
    assert [a.id for a in articles] == ["a"] and not problems


def test_a_folder_of_ten_thousand_small_files(tmp_path):
    for i in range(10_000):
        (tmp_path / f"{i:05d}.txt").write_text(f"Item {i}\n\nCountry {i} met country {i + 1}.\n")
    articles, problems, _ = read(tmp_path)
    assert len(articles) == 10_000 and not problems
    assert articles[0].id == "00000" and articles[-1].id == "09999"


def test_a_file_name_that_is_not_utf8_still_gives_valid_text(tmp_path):
    name = os.fsdecode(b"\xff-article.txt")
    (tmp_path / name).write_text(f"T\n\n{BODY}", encoding="utf-8")
    (article,), _, _ = read(tmp_path)
    article.source.encode("utf-8")
    article.id.encode("utf-8")


# ------------------------------------------------------------------------------------------ duplicates


def test_the_same_text_under_another_name_or_id_is_read_once(tmp_path):
    (tmp_path / "a.txt").write_text(f"Talks\n\n{BODY}", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"Talks\r\n\r\n{BODY}", encoding="utf-8")
    write_jsonl(tmp_path / "c.jsonl", json.dumps({"id": "x", "title": "Talks", "text": BODY}))
    articles, problems, notes = read(tmp_path)
    assert [a.id for a in articles] == ["a"] and not problems
    assert len(notes) == 2 and all("same text as" in n for n in notes)


def test_duplicate_ids_across_files_are_made_unique(tmp_path):
    write_jsonl(tmp_path / "a.jsonl", '{"id": "n1", "text": "Iran met Iraq."}')
    write_jsonl(tmp_path / "b.jsonl", '{"id": "n1", "text": "France met Spain."}')
    articles, _, notes = read(tmp_path)
    assert [a.id for a in articles] == ["n1", "n1~2"]
    assert any("n1~2" in n for n in notes)


# ------------------------------------------------------------------------------------------ HTML


PAGE = """<!doctype html><html><head><title>Leaders meet | News</title>
<meta property="og:title" content="Leaders meet"><script>var s = "Spain invaded Chile";</script>
<style>p { color: red }</style></head><body><nav><a href="/">Home</a> <a href="/w">World</a></nav>
<article><h1>Leaders meet</h1><p>GENEVA — The president of France met the chancellor of Germany in
Geneva on Wednesday. The two leaders agreed to return their ambassadors to their posts.</p>
<p>France said it would not tolerate attacks on its infrastructure. <b>Germany</b> denied any role in
the attacks, and both sides promised to meet again before the end of the year.</p></article>
<footer>Copyright. Subscribe to our newsletter.</footer></body></html>"""


def test_html_pages_give_their_text_without_markup(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (article,), _, _ = read(tmp_path)
    assert article.title == "Leaders meet"
    assert "chancellor of Germany" in article.text
    for leftover in ("<", "Spain invaded", "color: red", "Subscribe"):
        assert leftover not in article.text


def test_short_and_empty_pages(tmp_path):
    (tmp_path / "short.htm").write_text("<p>Iran met Iraq.</p>", encoding="utf-8")
    (tmp_path / "empty.html").write_text("<html><body><script>x()</script></body></html>", encoding="utf-8")
    articles, (problem,), _ = read(tmp_path)
    assert [a.text for a in articles] == ["Iran met Iraq."]
    assert problem.source.endswith("empty.html") and "no text" in problem.reason


# ------------------------------------------------------------------------------ character references


def test_character_references_in_plain_text_are_unescaped(tmp_path):
    (tmp_path / "dock.txt").write_text(
        "Strike at the docks &mdash; day two\n\nThe union&#8217;s leader said &quot;no deal&quot; to "
        "Procter &amp; Gamble, AT&T and Barnes&noble.\n",
        encoding="utf-8",
    )
    line = {"id": "x", "title": "Ports &amp; harbours", "text": "Lagos &ndash;Accra talks&#x2014;ended."}
    (tmp_path / "feed.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    articles, problems, _ = read(tmp_path)
    assert not problems
    by_id = {a.id: a for a in articles}
    assert by_id["dock"].title == "Strike at the docks — day two"
    body = 'The union’s leader said "no deal" to Procter & Gamble, AT&T and Barnes&noble.'
    assert body in by_id["dock"].text
    assert by_id["x"].title == "Ports & harbours"
    assert by_id["x"].text == "Ports & harbours\n\nLagos –Accra talks—ended."
