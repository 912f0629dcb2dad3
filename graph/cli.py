"""The `geokg` command line: thin wrappers over library functions."""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer
from geokg.extract.io.nlp import DEFAULT_MODEL, ModelNotFound

app = typer.Typer(
    help="Build geopolitical knowledge graphs from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


# Exit statuses of `geokg build` (documented in the README).
EXIT_OK = 0
EXIT_NOTHING_READ = 1
EXIT_CANNOT_BUILD = 2
EXIT_SOME_SKIPPED = 3
EXIT_INTERNAL_ERROR = 70
EXIT_INTERRUPTED = 130
_SURROGATES = re.compile("[\ud800-\udfff]")


def _echo(text: str, *, err: bool = False) -> None:
    # A label read from a hostile file may hold a lone surrogate, which no terminal encoding accepts.
    typer.echo(_SURROGATES.sub("\ufffd", text), err=err)


@contextlib.contextmanager
def _one_line_errors(command: str) -> Iterator[None]:
    """Whatever goes wrong, the user sees one line naming it, never a traceback (GEOKG_DEBUG=1 shows it)."""
    try:
        yield
    except typer.Exit:
        raise
    except KeyboardInterrupt:
        _echo(f"geokg {command}: interrupted; existing output files are unchanged", err=True)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except MemoryError:
        _echo(f"geokg {command}: out of memory; try fewer or smaller inputs", err=True)
        raise typer.Exit(EXIT_CANNOT_BUILD) from None
    except Exception as exc:
        if os.environ.get("GEOKG_DEBUG"):
            raise
        message = (str(exc).strip().splitlines() or [""])[0][:300]
        _echo(
            f"geokg {command}: internal error ({type(exc).__name__}: {message}); "
            "please report it, with GEOKG_DEBUG=1 for the traceback",
            err=True,
        )
        raise typer.Exit(EXIT_INTERNAL_ERROR) from None


@app.command()
def build(
    articles: Annotated[list[Path], typer.Argument(help="Article files (.txt, .jsonl) or folders of them.")],
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="Output folder (created if missing; default out/ unless --store)."),
    ] = None,
    model: Annotated[str, typer.Option(help="Installed spaCy pipeline to parse with.")] = DEFAULT_MODEL,
    processes: Annotated[
        int, typer.Option(help="Worker processes that parse and extract (1 = in this process).")
    ] = 1,
    progress: Annotated[bool, typer.Option(help="Show a progress bar.")] = True,
    cache: Annotated[
        Path | None,
        typer.Option(help="Folder to keep parses and results in, so a rebuild redoes only new articles."),
    ] = None,
    dask: Annotated[
        str | None,
        typer.Option(
            metavar="ADDRESS",
            help="Extract on the Dask cluster whose scheduler is at ADDRESS (tcp://host:8786), or "
            "'local' for a local cluster of --processes workers (needs the dask extra).",
        ),
    ] = None,
    store: Annotated[
        Path | None, typer.Option(help="Persistent store folder to add the articles to (see geokg query).")
    ] = None,
    since: Annotated[
        str | None, typer.Option(help="Keep facts dated on or after this YYYY, YYYY-MM or YYYY-MM-DD.")
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="Keep facts dated on or before this YYYY, YYYY-MM or YYYY-MM-DD.")
    ] = None,
    max_nodes: Annotated[
        int,
        typer.Option(help="graph.html shows at most this many entities, the best-connected (0: no limit)."),
    ] = 5000,
    focus: Annotated[
        str | None,
        typer.Option(help="graph.html shows this entity (name, alias, id, country code) and its neighbours."),
    ] = None,
    hops: Annotated[int, typer.Option(help="With --focus: how many relations away the page reaches.")] = 1,
    min_confidence: Annotated[
        float,
        typer.Option(
            help="Leave out of every output the triples less confident than this (0-1; a confidence is "
            "the probability, measured on audits of unseen news, that the triple is right)."
        ),
    ] = 0.0,
) -> None:
    """Extract triples from ARTICLES and write triples.jsonl, graph.ttl, graph.html and graph.json into --out.

    --max-nodes, --focus and --hops shape the page only; the other files always hold the whole graph.
    Exit status: 0 all inputs read; 3 outputs written but some inputs skipped (listed on stderr);
    1 no article could be read (nothing written); 2 the build could not start or write its outputs.
    """
    from geokg.extract.dates import parse_bound
    from geokg.graph.build import BuildError, build_graph

    try:
        since, until = (parse_bound(b) if b else None for b in (since, until))
    except ValueError as exc:
        _echo(f"geokg build: --since/--until: {exc}", err=True)
        raise typer.Exit(EXIT_CANNOT_BUILD) from exc
    if out is None and store is None:
        out = Path("out")
    with _one_line_errors("build"):
        try:
            summary = build_graph(
                articles, out, model=model, processes=processes, progress=progress, cache_dir=cache,
                store_dir=store, since=since, until=until,
                max_nodes=max_nodes or None, focus=focus, hops=hops, dask=dask,
                min_confidence=min_confidence,
            )  # fmt: skip
        except BuildError as exc:
            _echo(f"geokg build: {exc}", err=True)
            raise typer.Exit(EXIT_CANNOT_BUILD) from exc
        _echo(summary.describe())
    if summary.articles == 0:
        raise typer.Exit(EXIT_NOTHING_READ)
    if summary.problems:
        raise typer.Exit(EXIT_SOME_SKIPPED)


@app.command("query")
def query_store(
    store: Annotated[Path, typer.Argument(help="Store folder written by geokg build --store.")],
    sparql: Annotated[str | None, typer.Argument(help="The SPARQL query (or use --file).")] = None,
    file: Annotated[Path | None, typer.Option("--file", "-f", help="Read the query from this file.")] = None,
    output_format: Annotated[str, typer.Option("--format", help="table, csv, tsv or json.")] = "table",
) -> None:
    """Run a SPARQL query over a store. geokg's prefixes (schema, skos, prov, dcterms, geokg, rel, country,
    person, org, ...) need no PREFIX lines."""
    from geokg.graph.store import QUERY_FORMATS, GraphStore, StoreError

    if (sparql is None) == (file is None):
        typer.echo("geokg query: give the query either as an argument or with --file", err=True)
        raise typer.Exit(2)
    if output_format not in QUERY_FORMATS:
        typer.echo(f"geokg query: unknown format {output_format!r} ({', '.join(QUERY_FORMATS)})", err=True)
        raise typer.Exit(2)
    try:
        text = sparql if file is None else file.read_text(encoding="utf-8")
        graph_store = GraphStore(store, create=False, read_only=True)
        if graph_store.interrupted:
            typer.echo(f"geokg query: {store} has an unfinished update; run geokg build on it", err=True)
        answer = graph_store.query(text or "")
    except (OSError, UnicodeDecodeError, StoreError) as exc:
        typer.echo(f"geokg query: {exc}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(answer.to_string(output_format), nl=False)


@app.command("export")
def export_store(
    store: Annotated[Path, typer.Argument(help="Store folder written by geokg build --store.")],
    output_format: Annotated[
        str, typer.Option("--format", help="ttl, nt, trig, nq, jsonld, graphml or csv (nodes + edges).")
    ] = "ttl",
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="File to write (a folder for csv); default: stdout.")
    ] = None,
) -> None:
    """Write a store's graph in an RDF format, as GraphML (for Gephi) or as CSV tables."""
    from geokg.graph.exports import EXPORT_FORMATS, export, print_export
    from geokg.graph.store import GraphStore, StoreError

    if output_format not in EXPORT_FORMATS:
        known = ", ".join(EXPORT_FORMATS)
        typer.echo(f"geokg export: unknown format {output_format!r} (use {known})", err=True)
        raise typer.Exit(2)
    if output_format == "csv" and out is None:
        typer.echo("geokg export: csv writes nodes.csv and edges.csv: give a folder with --out", err=True)
        raise typer.Exit(2)
    try:
        graph_store = GraphStore(store, create=False, read_only=True)
        if out is None:
            print_export(graph_store, output_format)
        else:
            export(graph_store, output_format, out)
    except BrokenPipeError:
        # The reader went away (`geokg export ... | head`): not an error; silence the final flush too.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, StoreError) as exc:
        typer.echo(f"geokg export: {exc}", err=True)
        raise typer.Exit(2) from exc


@app.command("extract")
def extract_sentences(
    sentences: Annotated[Path, typer.Argument(help="Text file with one sentence per line.")],
    output_format: Annotated[str, typer.Option("--format", help="Output format: carb.")] = "carb",
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write here instead of standard output.")
    ] = None,
    model: Annotated[str, typer.Option(help="Installed spaCy pipeline to parse with.")] = DEFAULT_MODEL,
) -> None:
    """Open information extraction: every relation in each sentence, as CaRB-style tab-separated lines."""
    from geokg.extract.openie.carb import CarbError, write_carb

    if output_format != "carb":
        _echo(f"geokg extract: unknown format {output_format!r} (supported: carb)", err=True)
        raise typer.Exit(2)
    with _one_line_errors("extract"):
        try:
            skipped = write_carb(sentences, out, model=model, report=lambda line: _echo(line, err=True))
        except (ModelNotFound, CarbError) as exc:
            _echo(f"geokg extract: {exc}", err=True)
            raise typer.Exit(2) from exc
    if skipped:
        raise typer.Exit(EXIT_SOME_SKIPPED)


@app.command("rules")
def list_rules() -> None:
    """List the extraction rules: name, version, base confidence, the frame each reads, what it finds."""
    from geokg.extract.clauses.registry import rule_table

    typer.echo(rule_table())


@app.command(
    "eval",
    context_settings={"allow_extra_args": True, "ignore_unknown_options": True, "help_option_names": []},
    add_help_option=False,
)
def evaluate(ctx: typer.Context) -> None:
    """Score triples against gold facts: --gold GOLD.json... --pred triples.jsonl... [--show-misses] [--json]
    [--attributes] [--calibration [--fit TABLE.tsv] [--prior-strength N] [--audit VERDICTS]...]

    Like the shared scorer, --gold and --pred each take one or more files, so shell globs work.
    """
    from geokg.evaluate import EvalError, run_eval

    parser = argparse.ArgumentParser(
        prog="geokg eval",
        description="Score predicted triples against gold facts (recall, precision, contradictions, "
        "fragmentation; with --attributes also event roots and countries).",
    )
    parser.add_argument(
        "--gold", nargs="+", action="extend", required=True, type=Path, help="gold annotation JSON file(s)"
    )
    parser.add_argument(
        "--pred", nargs="+", action="extend", required=True, type=Path, help="triples.jsonl file(s) to score"
    )
    parser.add_argument("--show-misses", action="store_true", help="list missed facts and unmatched pairs")
    parser.add_argument("--json", dest="as_json", action="store_true", help="print one JSON summary")
    parser.add_argument(
        "--attributes",
        action="store_true",
        help="also score event roots and entity countries where the gold has them",
    )
    parser.add_argument(
        "--calibration",
        action="store_true",
        help="instead of the scores: how well confidences match precision (per rule, per confidence bin, "
        "ECE, Brier, a held-out check, recall and precision at minimum confidences) and the fitted policy",
    )
    parser.add_argument(
        "--fit", type=Path, metavar="TABLE", help="with --calibration: write the fitted confidence table here"
    )
    parser.add_argument(
        "--policy", type=Path, metavar="TABLE",
        help="with --calibration: the confidence table the triples were made with (default: this install's)",
    )  # fmt: skip
    parser.add_argument(
        "--prior-strength", type=float, default=None, metavar="N",
        help="with --calibration: the Beta prior's weight in triples (default 50)",
    )  # fmt: skip
    parser.add_argument(
        "--audit", action="append", type=Path, default=[], metavar="VERDICTS",
        help="with --calibration: an audit's verdicts.tsv (or a directory of them: one audit), evidence from "
        "unseen news; repeat for more audits, each then checked by a fit on the others",
    )  # fmt: skip
    parser.add_argument(
        "--audit-prior-strength", type=float, default=None, metavar="N",
        help="with --calibration --audit: the audit prior's weight in audited triples (default 5)",
    )  # fmt: skip
    try:
        args = parser.parse_args(ctx.args)
    except SystemExit as exc:
        raise typer.Exit(int(exc.code or 0)) from None
    tuning = (args.prior_strength, args.audit_prior_strength)
    if (args.fit or args.policy or args.audit or tuning != (None, None)) and not args.calibration:
        _echo("geokg eval: --fit, --policy, --audit and the prior strengths go with --calibration", err=True)
        raise typer.Exit(2)
    if args.calibration and (args.show_misses or args.attributes):
        _echo("geokg eval: --calibration replaces the scores; drop --show-misses/--attributes", err=True)
        raise typer.Exit(2)
    with _one_line_errors("eval"):
        if args.calibration:
            _echo(_calibration(args))
            return
        try:
            text = run_eval(
                args.gold,
                args.pred,
                show_misses=args.show_misses,
                as_json=args.as_json,
                attributes=args.attributes,
            )
        except EvalError as exc:
            _echo(f"geokg eval: {exc}", err=True)
            raise typer.Exit(2) from exc
        _echo(text)


def _calibration(args: argparse.Namespace) -> str:
    """`geokg eval --calibration`: the report (text or JSON), and the fitted table written to --fit."""
    from geokg.extract.lexicon.confidence import read_policy
    from geokg.extract.lexicon.loader import LexiconError

    from geokg.evaluate import EvalError
    from geokg.evaluate.calibration import DEFAULT_AUDIT_PRIOR_STRENGTH, DEFAULT_PRIOR_STRENGTH
    from geokg.evaluate.calibration_report import calibration_report, write_fitted_table

    strength = DEFAULT_PRIOR_STRENGTH if args.prior_strength is None else args.prior_strength
    audit_strength = args.audit_prior_strength
    try:
        policy = read_policy(args.policy) if args.policy is not None else None
        report = calibration_report(
            args.gold, args.pred, prior_strength=strength, policy=policy, audits=args.audit,
            audit_prior_strength=DEFAULT_AUDIT_PRIOR_STRENGTH if audit_strength is None else audit_strength,
        )  # fmt: skip
        if args.fit is not None:
            write_fitted_table(report, args.fit)
    except (EvalError, LexiconError) as exc:
        _echo(f"geokg eval: {exc}", err=True)
        raise typer.Exit(2) from exc
    except OSError as exc:
        _echo(f"geokg eval: cannot write {args.fit}: {exc.strerror or exc}", err=True)
        raise typer.Exit(2) from exc
    if args.as_json:
        return report.to_json()
    return report.to_text() + (f"\nWrote the fitted confidence table to {args.fit}." if args.fit else "")


if __name__ == "__main__":
    app()
