"""Throw hostile inputs at the `geokg` command and tabulate what the user sees.

Each case is built in a scratch folder and run as a real process under `/usr/bin/time -v`, so the table
shows the exit status, the first line the user reads on stderr, the wall time and the peak memory.

    .venv/bin/python benchmarks/hostile_inputs.py [--only NAME...] [--timeout SECONDS] > table.md

Timings on a shared machine are noisy: read them as orders of magnitude.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
GEOKG = [sys.executable, "-m", "geokg.graph.cli"]
ARTICLE = "Talks in Geneva\n\nFrance criticised Germany on Monday. Iran did not attack Iraq.\n"

Case = Callable[[Path], list[str]]
CASES: dict[str, tuple[str, Case]] = {}


def case(name: str, what: str) -> Callable[[Case], Case]:
    def register(make: Case) -> Case:
        CASES[name] = (what, make)
        return make

    return register


def build(*inputs: Path | str, out: Path | str, extra: tuple[str, ...] = ()) -> list[str]:
    return [*GEOKG, "build", *map(str, inputs), "--out", str(out), "--no-progress", *extra]


def article(folder: Path, name: str = "good.txt", text: str = ARTICLE) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@case("empty", "an empty .txt beside a good article")
def _empty(d: Path) -> list[str]:
    (d / "in").mkdir()
    article(d / "in")
    (d / "in" / "empty.txt").write_bytes(b"")
    return build(d / "in", out=d / "out")


@case("binary", "random bytes named .txt")
def _binary(d: Path) -> list[str]:
    (d / "in").mkdir()
    article(d / "in")
    (d / "in" / "noise.txt").write_bytes(os.urandom(20_000))
    return build(d / "in", out=d / "out")


@case("cp1252", "Windows-1252 text")
def _cp1252(d: Path) -> list[str]:
    path = d / "latin.txt"
    path.write_bytes("Café talks\n\nFrance’s president criticised Germany in Montréal.\n".encode("cp1252"))
    return build(path, out=d / "out")


@case("utf16", "UTF-16 with BOM")
def _utf16(d: Path) -> list[str]:
    path = d / "wide.txt"
    path.write_bytes(ARTICLE.encode("utf-16"))
    return build(path, out=d / "out")


@case("odd-unicode", "NUL, zero-width, bidi, combining marks, emoji inside names")
def _odd(d: Path) -> list[str]:
    text = "T\u200b\n\nFra\u200bnce criticised Ge\u0301rmany\x00 on Monday \U0001f600. "
    text += "\u2066Iran\u2069 met Iraq.\n"
    return build(article(d, "odd.txt", text), out=d / "out")


@case("surrogates", "lone surrogates in JSONL text, id and title")
def _surrogates(d: Path) -> list[str]:
    path = d / "s.jsonl"
    path.write_text(
        '{"id": "a\\ud800", "title": "T\\udfff", "text": "France criticised Germany \\ud800 today."}\n',
        encoding="utf-8",
    )
    return build(path, out=d / "out")


@case("nested-json", "a JSON line nested 100,000 deep")
def _nested(d: Path) -> list[str]:
    path = d / "n.jsonl"
    path.write_text("[" * 100_000 + "]" * 100_000 + "\n" + json.dumps({"text": ARTICLE}) + "\n")
    return build(path, out=d / "out")


@case("json-types", "text 5 / null / missing, object and list ids, a 5,000-character id")
def _types(d: Path) -> list[str]:
    lines = [
        '{"text": 5}', '{"text": null}', '{"id": "x"}', '{"id": {"a": 1}, "text": "Iran met Iraq."}',
        '{"id": [1], "text": "Iran met Iraq."}', '{"id": "' + "x" * 5000 + '", "text": "Iran met Iraq."}',
        json.dumps({"id": "ok", "text": ARTICLE, "title": 7}),
    ]
    path = d / "t.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return build(path, out=d / "out")


@case("duplicate-ids", "two JSONL files using the same ids for different articles")
def _dup_ids(d: Path) -> list[str]:
    (d / "a.jsonl").write_text(json.dumps({"id": "n1", "text": ARTICLE}) + "\n")
    (d / "b.jsonl").write_text(json.dumps({"id": "n1", "text": "Spain met Italy in Rome."}) + "\n")
    return build(d / "a.jsonl", d / "b.jsonl", out=d / "out")


@case("same-text", "one article three times: another name, a JSONL copy with another id")
def _same_text(d: Path) -> list[str]:
    (d / "in").mkdir()
    article(d / "in", "a.txt")
    article(d / "in", "b.txt")
    title, _, body = ARTICLE.partition("\n")
    (d / "in" / "c.jsonl").write_text(json.dumps({"id": "z", "title": title, "text": body}) + "\n")
    return build(d / "in", out=d / "out")


@case("links", "a symlink loop, a broken link, a FIFO in the folder")
def _links(d: Path) -> list[str]:
    (d / "in" / "sub").mkdir(parents=True)
    article(d / "in")
    (d / "in" / "sub" / "loop").symlink_to(d / "in")
    (d / "in" / "broken.txt").symlink_to(d / "nowhere.txt")
    os.mkfifo(d / "in" / "pipe.txt")
    return build(d / "in", out=d / "out")


@case("fifo-arg", "a FIFO named on the command line")
def _fifo(d: Path) -> list[str]:
    os.mkfifo(d / "pipe.txt")
    return build(d / "pipe.txt", article(d), out=d / "out")


@case("unreadable", "a file that cannot be read (EIO), named on the command line")
def _unreadable(d: Path) -> list[str]:
    (d / "bad.txt").symlink_to("/proc/self/mem")
    return build(d / "bad.txt", article(d), out=d / "out")


@case("10k-files", "a folder of 10,000 small articles")
def _many(d: Path) -> list[str]:
    (d / "in").mkdir()
    for i in range(10_000):
        (d / "in" / f"{i:05d}.txt").write_text(f"Item {i}\n\nCountry{i} met Country{i + 1} in City{i}.\n")
    return build(d / "in", out=d / "out")


@case("out-inside", "OUT inside the input folder, built twice")
def _out_inside(d: Path) -> list[str]:
    (d / "in").mkdir()
    article(d / "in")
    subprocess.run(build(d / "in", out=d / "in" / "out"), capture_output=True, check=False)
    return build(d / "in", out=d / "in" / "out")


@case("html", "a web page with navigation, scripts and footer")
def _html(d: Path) -> list[str]:
    body = "".join(f"<p>{s}</p>" for s in ARTICLE.split("\n")[2:] * 4)
    page = (
        "<html><head><title>Talks | News</title><script>var x='Spain invaded Chile';</script></head>"
        f"<body><nav><a href='/'>Home</a></nav><article><h1>Talks</h1>{body}</article>"
        "<footer>Subscribe</footer></body></html>"
    )
    return build(article(d, "page.html", page), out=d / "out")


@case("1.2M-repeated", "a 1,190,004-character article (one sentence repeated 70,000 times)")
def _big_repeated(d: Path) -> list[str]:
    return build(article(d, "b.txt", "T\n\n" + "Obama met Putin. " * 70_000), out=d / "out")


@case("100MB", "a 100 MB article")
def _hundred_mb(d: Path) -> list[str]:
    with (d / "huge.txt").open("w") as fh:
        fh.write("T\n\n")
        for _ in range(100):
            fh.write("Obama met Putin. " * 61_681)
    return build(d / "huge.txt", article(d), out=d / "out")


@case("200k-sentence", "a 200,000-character sentence without punctuation")
def _long_sentence(d: Path) -> list[str]:
    words = " ".join(["France", "Germany", "talks", "with", "Iran", "and", "Iraq", "over"] * 4200)[:200_000]
    return build(article(d, "s.txt", f"T\n\n{words}\n"), out=d / "out")


@case("2.5M-json-line", "a JSONL line of 2,500,000 characters")
def _long_line(d: Path) -> list[str]:
    path = d / "l.jsonl"
    lines = [json.dumps({"text": "Obama met Putin. " * 150_000}), json.dumps({"text": ARTICLE})]
    path.write_text("\n".join(lines) + "\n")
    return build(path, out=d / "out")


@case("out-file", "--out naming an existing file")
def _out_file(d: Path) -> list[str]:
    (d / "taken").write_text("x")
    return build(article(d), out=d / "taken")


@case("out-spaces", "--out with spaces in the path")
def _out_spaces(d: Path) -> list[str]:
    return build(article(d), out=d / "my graphs" / "out 1")


@case("cache-damaged", "a --cache whose entries are random bytes and truncated")
def _cache_damaged(d: Path) -> list[str]:
    subprocess.run(build(article(d), out=d / "out", extra=("--cache", str(d / "c"))), capture_output=True)
    for entry in (d / "c").glob("*.spacy"):
        entry.write_bytes(entry.read_bytes()[:50])
    return build(article(d), out=d / "out", extra=("--cache", str(d / "c")))


@case("cache-is-file", "--cache naming a file")
def _cache_file(d: Path) -> list[str]:
    (d / "c").write_text("x")
    return build(article(d), out=d / "out", extra=("--cache", str(d / "c")))


@case("shared-cache", "two builds at once sharing one --cache (the second is measured)")
def _shared_cache(d: Path) -> list[str]:
    (d / "in").mkdir()
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copy(seed, d / "in" / seed.name)
    cmd = build(d / "in", out=d / "o1", extra=("--cache", str(d / "c")))
    threading.Thread(target=subprocess.run, args=(cmd,), kwargs={"capture_output": True}, daemon=True).start()
    return build(d / "in", out=d / "o2", extra=("--cache", str(d / "c")))


@case("extract-cp1252", "geokg extract on a Windows-1252 file")
def _extract_cp(d: Path) -> list[str]:
    (d / "s.txt").write_bytes("The café owners in Montréal met the mayor.\n".encode("cp1252"))
    return [*GEOKG, "extract", str(d / "s.txt")]


@case("extract-1.2M-line", "geokg extract on a line of 1,200,000 characters")
def _extract_long(d: Path) -> list[str]:
    (d / "s.txt").write_text("Obama met Putin and " * 60_000 + "x.\nIran criticised Iraq.\n")
    return [*GEOKG, "extract", str(d / "s.txt")]


@case("extract-chain", "geokg extract on a 1,000-clause chain (', which attacked …')")
def _extract_chain(d: Path) -> list[str]:
    chain = "Iran attacked Iraq, which attacked Syria" + ", which attacked Syria" * 1000
    (d / "s.txt").write_text(chain + ".\n")
    return [*GEOKG, "extract", str(d / "s.txt"), "--out", str(d / "o.tsv")]


@case("extract-out-folder", "geokg extract --out naming a folder")
def _extract_out(d: Path) -> list[str]:
    (d / "s.txt").write_text("Iran criticised Iraq.\n")
    (d / "folder").mkdir()
    return [*GEOKG, "extract", str(d / "s.txt"), "--out", str(d / "folder")]


def _gold(d: Path) -> Path:
    fact = {"id": "f1", "subject": "e1", "object": "e2", "relation": ["criticise"], "required": True}
    entities = {"e1": {"aliases": ["Iran"]}, "e2": {"aliases": ["Iraq"]}}
    gold = {"article": "a", "entities": entities, "facts": [fact]}
    (d / "g.gold.json").write_text(json.dumps(gold))
    return d / "g.gold.json"


@case("eval-nested", "geokg eval on a prediction line nested 100,000 deep")
def _eval_nested(d: Path) -> list[str]:
    (d / "p.jsonl").write_text("[" * 100_000 + "]" * 100_000 + "\n")
    return [*GEOKG, "eval", "--gold", str(_gold(d)), "--pred", str(d / "p.jsonl")]


@case("eval-surrogates", "geokg eval on predictions whose labels hold lone surrogates")
def _eval_surrogates(d: Path) -> list[str]:
    (d / "p.jsonl").write_text(
        '{"subject": "Iran\\ud800", "predicate": "criticise", "object": "Iraq", "source": "a.txt"}\n'
        '{"subject": "X\\udfff", "predicate": "y", "object": "Iraq", "source": "a.txt"}\n'
    )
    return [*GEOKG, "eval", "--gold", str(_gold(d)), "--pred", str(d / "p.jsonl"), "--show-misses"]


@case("eval-fifo", "geokg eval given a FIFO as predictions")
def _eval_fifo(d: Path) -> list[str]:
    os.mkfifo(d / "p.jsonl")
    return [*GEOKG, "eval", "--gold", str(_gold(d)), "--pred", str(d / "p.jsonl")]


@case("eval-malformed", "geokg eval on a gold file whose facts name unknown entities")
def _eval_bad(d: Path) -> list[str]:
    fact = {"id": "f", "subject": "e1", "object": "e9", "relation": ["x"]}
    gold = {"article": "a", "entities": {"e1": {"aliases": ["Iran"]}}, "facts": [fact]}
    (d / "g.gold.json").write_text(json.dumps(gold))
    (d / "p.jsonl").write_text("{}\n")
    return [*GEOKG, "eval", "--gold", str(d / "g.gold.json"), "--pred", str(d / "p.jsonl")]


_TIME = re.compile(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)")
_RSS = re.compile(r"Maximum resident set size \(kbytes\): (\d+)")


def _seconds(clock: str) -> float:
    parts = [float(p) for p in clock.split(":")]
    return sum(p * 60**i for i, p in enumerate(reversed(parts)))


def run_case(name: str, timeout: float) -> str:
    what, make = CASES[name]
    with tempfile.TemporaryDirectory(prefix="geokg-hostile-") as scratch:
        command = make(Path(scratch))
        started = time.monotonic()
        # A session of its own, so that a timeout stops the measured command too, not only `time`.
        with subprocess.Popen(
            ["/usr/bin/time", "-v", *command], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL, text=True, errors="replace", start_new_session=True,
        ) as child:
            try:
                stdout, stderr = child.communicate(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.killpg(child.pid, signal.SIGKILL)
                child.communicate()
                return f"| {name} | {what} | (still running after {timeout:.0f} s) | timeout | – | – |"
        proc = subprocess.CompletedProcess(child.args, child.returncode, stdout, stderr)
        elapsed = time.monotonic() - started
        clock, rss = _TIME.search(proc.stderr), _RSS.search(proc.stderr)
        user_lines = [
            line for line in proc.stderr.splitlines()
            if line.startswith("geokg ") or "Traceback" in line or "Error" in line.split(":")[0]
        ] or [line for line in proc.stdout.splitlines() if line.startswith(("Read", "No articles"))][:1]
        seen = " / ".join(line.replace(scratch, "…").replace("|", "\\|")[:160] for line in user_lines[:3])
        if len(user_lines) > 3:
            seen += f" (+{len(user_lines) - 3} more lines)"
        if "Traceback" in proc.stderr:
            seen = "TRACEBACK: " + seen
        status = proc.returncode
        seconds = _seconds(clock.group(1)) if clock else elapsed
        peak = f"{int(rss.group(1)) / 1024:.0f} MB" if rss else "–"
        return f"| {name} | {what} | {seen or '(nothing)'} | {status} | {seconds:.1f} s | {peak} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="case names to run (default: all)")
    parser.add_argument("--timeout", type=float, default=900)
    args = parser.parse_args()
    names = args.only or list(CASES)
    print("| case | input | what the user sees (stderr, first lines) | exit | time | peak RSS |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name in names:
        print(run_case(name, args.timeout), flush=True)


if __name__ == "__main__":
    main()
