"""The `geokg` command line: thin wrappers over library functions."""

from __future__ import annotations

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


@app.command()
def build(
    articles: Annotated[list[Path], typer.Argument(help="Article files (.txt, .jsonl) or folders of them.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder (created if missing).")] = Path(
        "out"
    ),
    model: Annotated[str, typer.Option(help="Installed spaCy pipeline to parse with.")] = DEFAULT_MODEL,
    processes: Annotated[int, typer.Option(help="Parser processes (1 = in this process).")] = 1,
    progress: Annotated[bool, typer.Option(help="Show a progress bar.")] = True,
    cache: Annotated[
        Path | None, typer.Option(help="Folder to keep parsed articles in, so a rebuild skips parsing.")
    ] = None,
) -> None:
    """Extract triples from ARTICLES and write triples.jsonl, graph.ttl and graph.html into --out."""
    from geokg.graph.build import BuildError, build_graph

    try:
        summary = build_graph(
            articles, out, model=model, processes=processes, progress=progress, cache_dir=cache
        )
    except BuildError as exc:
        typer.echo(f"geokg build: {exc}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(summary.describe())
    if summary.articles == 0:
        raise typer.Exit(1)


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
    from geokg.extract.openie.carb import write_carb

    if output_format != "carb":
        typer.echo(f"geokg extract: unknown format {output_format!r} (supported: carb)", err=True)
        raise typer.Exit(2)
    if not sentences.is_file():
        typer.echo(f"geokg extract: {sentences}: no such file", err=True)
        raise typer.Exit(2)
    try:
        write_carb(sentences, out, model=model)
    except ModelNotFound as exc:
        typer.echo(f"geokg extract: {exc}", err=True)
        raise typer.Exit(2) from exc


@app.command(
    "eval",
    context_settings={"allow_extra_args": True, "ignore_unknown_options": True, "help_option_names": []},
    add_help_option=False,
)
def evaluate(ctx: typer.Context) -> None:
    """Score triples against gold facts: --gold GOLD.json... --pred triples.jsonl... [--show-misses] [--json]
    [--attributes]

    Like the shared scorer, --gold and --pred each take one or more files, so shell globs work.
    """
    import argparse

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
    try:
        args = parser.parse_args(ctx.args)
    except SystemExit as exc:
        raise typer.Exit(int(exc.code or 0)) from None
    try:
        text = run_eval(
            args.gold,
            args.pred,
            show_misses=args.show_misses,
            as_json=args.as_json,
            attributes=args.attributes,
        )
    except EvalError as exc:
        typer.echo(f"geokg eval: {exc}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(text)


if __name__ == "__main__":
    app()
