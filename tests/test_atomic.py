"""Atomic writing and the parse cache: a failure never leaves a half-written or stale-but-broken file."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from geokg.extract.io.atomic import remove_stale_temporaries, write_all_atomic, write_text_atomic
from geokg.extract.io.cache import ParseCache
from spacy.tokens import Doc, DocBin


def test_a_failing_writer_leaves_every_target_as_it_was(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("old a", encoding="utf-8")
    b.write_text("old b", encoding="utf-8")

    def fail(path):
        path.write_text("half", encoding="utf-8")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        write_all_atomic({a: lambda p: p.write_text("new a", encoding="utf-8"), b: fail})
    assert (a.read_text(), b.read_text()) == ("old a", "old b")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]

    write_all_atomic({a: lambda p: p.write_text("new a"), b: lambda p: p.write_text("new b")})
    assert (a.read_text(), b.read_text()) == ("new a", "new b")


def test_temporaries_of_dead_writers_are_removed_and_live_ones_kept(tmp_path):
    code = "import os; print(os.getpid())"
    dead_pid = int(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout)
    stale = tmp_path / f".graph.ttl.{dead_pid}.abc123.tmp"
    live = tmp_path / f".graph.ttl.{os.getpid()}.def456.tmp"
    other = tmp_path / ".notes.tmp"
    for path in (stale, live, other):
        path.write_text("x")
    assert remove_stale_temporaries(tmp_path) == 1
    assert not stale.exists() and live.exists() and other.exists()


def test_write_text_atomic_replaces_whole(tmp_path):
    target = tmp_path / "out.tsv"
    write_text_atomic(target, "one\n")
    write_text_atomic(target, "two\n")
    assert target.read_text() == "two\n" and [p.name for p in tmp_path.iterdir()] == ["out.tsv"]


TEXT = "Kerry met Zebari in Baghdad."


@pytest.mark.parametrize(
    "damage",
    ["garbage", "truncated", "empty", "other text", "no parse"],
)
def test_a_damaged_cache_entry_is_parsed_again(tmp_path, nlp, damage):
    cache = ParseCache(tmp_path, nlp)
    cache.save(nlp(TEXT))
    (entry,) = tmp_path.glob("*.spacy")
    good = entry.read_bytes()
    if damage == "garbage":
        entry.write_bytes(os.urandom(len(good)))
    elif damage == "truncated":
        entry.write_bytes(good[: len(good) // 2])
    elif damage == "empty":
        entry.write_bytes(b"")
    elif damage == "other text":
        entry.write_bytes(DocBin(docs=[nlp("Iran met Iraq.")]).to_bytes())
    else:  # decompresses fine, holds the right text, but no parse
        entry.write_bytes(DocBin(docs=[nlp.make_doc(TEXT)]).to_bytes())
    fresh = ParseCache(tmp_path, nlp)
    assert fresh.load(TEXT) is None and fresh.damaged == 1
    fresh.save(nlp(TEXT))
    doc = ParseCache(tmp_path, nlp).load(TEXT)
    assert isinstance(doc, Doc) and doc.has_annotation("DEP")


def test_a_cache_that_cannot_be_written_is_reported_once_and_ignored(tmp_path, nlp, monkeypatch):
    import geokg.extract.io.cache as cache_module

    def full_disk(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cache_module, "write_bytes_atomic", full_disk)
    reports: list[str] = []
    cache = ParseCache(tmp_path, nlp, report=reports.append)
    cache.save(nlp(TEXT))
    cache.save(nlp("Iran met Iraq."))
    assert len(reports) == 1 and "No space left" in reports[0]
    assert not list(tmp_path.iterdir())


def test_cache_writers_never_share_a_temporary_name(tmp_path, nlp, monkeypatch):
    import geokg.extract.io.atomic as atomic

    names: list[str] = []
    real = atomic.tempfile.mkstemp

    def recording(*args, **kwargs):
        fd, name = real(*args, **kwargs)
        names.append(name)
        return fd, name

    monkeypatch.setattr(atomic.tempfile, "mkstemp", recording)
    doc = nlp(TEXT)
    for _ in range(3):
        ParseCache(tmp_path, nlp).save(doc)
    assert len(set(names)) == 3 and all(str(os.getpid()) in name for name in names)
